namespace DataGuard;

/// <summary>
/// Marks a method that reads citizens' personal records (a repository look-up, a call into a registry or query system).
/// The DataGuard analyzers treat every call of such a method as a read that must be audited (rule DG1008), and do not
/// ask the method itself to audit: the duty moves to its callers, where the person and the purpose are known.
/// </summary>
/// <example>
/// <code>
/// [PersonalDataQuery]
/// public Task&lt;Citizen?&gt; FindByNationalIdAsync(string nationalId) => db.Citizens.SingleOrDefaultAsync(c => c.NationalId == nationalId);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataQueryAttribute : Attribute
{
}
