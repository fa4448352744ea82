using System.Reflection;

namespace DataGuard.Annotations.Tests;

// The analyzers find these types by metadata name, so names, targets and enum values are a contract.
public class AttributeContractTests
{
    [Fact]
    public void Contract_type_names_are_stable()
    {
        var assembly = typeof(Masking).Assembly;
        Assert.Equal("DataGuard.Annotations", assembly.GetName().Name);
        Assert.NotNull(assembly.GetType("DataGuard.PersonalFieldAttribute", throwOnError: true));
        Assert.NotNull(assembly.GetType("DataGuard.PersonalDataKind", throwOnError: true));
        Assert.NotNull(assembly.GetType("DataGuard.SanitizerAttribute", throwOnError: true));
        Assert.NotNull(assembly.GetType("DataGuard.Masking", throwOnError: true));
        Assert.True(typeof(Masking).IsAbstract && typeof(Masking).IsSealed, "Masking must be a static class");
    }

    [Fact]
    public void PersonalField_applies_to_properties_fields_parameters_and_return_values()
    {
        var usage = typeof(PersonalFieldAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;
        Assert.Equal(
            AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
            usage.ValidOn);
        Assert.False(usage.AllowMultiple);
    }

    [Fact]
    public void Sanitizer_applies_to_methods_only()
        => Assert.Equal(AttributeTargets.Method, typeof(SanitizerAttribute).GetCustomAttribute<AttributeUsageAttribute>()!.ValidOn);

    [Fact]
    public void PersonalField_kind_defaults_to_other_and_keeps_the_given_kind()
    {
        Assert.Equal(PersonalDataKind.Other, new PersonalFieldAttribute().Kind);
        Assert.Equal(PersonalDataKind.Plate, new PersonalFieldAttribute(PersonalDataKind.Plate).Kind);
    }

    [Fact]
    public void PersonalDataKind_values_never_change()
    {
        var expected = new Dictionary<string, int>
        {
            ["Other"] = 0, ["NationalId"] = 1, ["Name"] = 2, ["Phone"] = 3, ["Plate"] = 4,
            ["Address"] = 5, ["BirthDate"] = 6, ["Email"] = 7, ["ResidentCertificate"] = 8, ["Passport"] = 9,
        };
        var actual = Enum.GetValues<PersonalDataKind>().ToDictionary(kind => kind.ToString(), kind => (int)kind);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_public_masking_method_is_marked_as_sanitizer()
    {
        var methods = typeof(Masking).GetMethods(BindingFlags.Public | BindingFlags.Static);
        Assert.NotEmpty(methods);
        Assert.All(methods, method => Assert.NotNull(method.GetCustomAttribute<SanitizerAttribute>()));
    }

    [Fact]
    public void Attribute_is_readable_from_a_marked_property()
    {
        var property = typeof(SampleCitizen).GetProperty(nameof(SampleCitizen.IdentityCode))!;
        Assert.Equal(PersonalDataKind.NationalId, property.GetCustomAttribute<PersonalFieldAttribute>()!.Kind);
    }

    private sealed class SampleCitizen
    {
        [PersonalField(PersonalDataKind.NationalId)]
        public string IdentityCode { get; init; } = "";
    }
}
