namespace DataGuard;

/// <summary>
/// Marks an application's own method whose return value no longer carries personal data
/// (a masking, hashing, tokenising or redaction wrapper). The DataGuard analyzers stop tracking
/// personal data at a call to such a method, exactly as they do for <see cref="Masking"/>.
/// </summary>
/// <remarks>
/// Methods in other assemblies can be declared sanitizers without changing them, through the
/// <c>dataguard.sanitizers</c> option in <c>.editorconfig</c>.
/// </remarks>
/// <example>
/// <code>
/// [Sanitizer]
/// public static string Pseudonymise(string nationalId) => tokenVault.GetToken(nationalId);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class SanitizerAttribute : Attribute
{
}
