// Stub of the DataGuard.Annotations contract from issue 4: PersonalFieldAttribute, Masking.Mask(string?), SanitizerAttribute.
using System;
namespace DataGuard
{
    public enum PersonalDataKind { Other, NationalId, Name, Phone, Plate, Address, BirthDate, Email }
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
    public sealed class PersonalFieldAttribute : Attribute
    {
        public PersonalFieldAttribute() { }
        public PersonalFieldAttribute(PersonalDataKind kind) { Kind = kind; }
        public PersonalDataKind Kind { get; }
    }
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class SanitizerAttribute : Attribute { }
    public static class Masking
    {
        public static string Mask(string? value) => value is null ? "" : new string('*', value.Length);
    }
}
