namespace DataGuard;

/// <summary>
/// Marks the application's audit method: the call that writes a query-log row naming who looked up whose records and why
/// (日誌紀錄). A method that reads personal records satisfies rule DG1008 by calling a method marked with this attribute
/// on the same path, directly or through its own helpers. Methods in other assemblies can be named instead through the
/// <c>dataguard.audit_methods</c> option in <c>.editorconfig</c>.
/// </summary>
/// <example>
/// <code>
/// [AuditsPersonalDataAccess]
/// public void RecordLookup(string officerId, string purpose, string subjectFingerprint) { … }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AuditsPersonalDataAccessAttribute : Attribute
{
}
