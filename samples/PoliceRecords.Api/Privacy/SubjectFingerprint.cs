using DataGuard;
using Microsoft.Extensions.Options;

namespace PoliceRecords.Api.Privacy;

/// <summary>Options of the records system.</summary>
public sealed class RecordsOptions
{
    /// <summary>The HMAC key for subject fingerprints, base64 (at least 16 bytes; from a secret store in production).</summary>
    public string HashKeyBase64 { get; set; } = "";
}

/// <summary>
/// Turns a subject's national ID into a keyed fingerprint, so the query log can show that the same person
/// was looked up repeatedly without storing who it was.
/// </summary>
public sealed class SubjectFingerprint(IOptions<RecordsOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.HashKeyBase64);

    // Marked as a sanitizer: the analyzers stop tracking personal data at this call.
    [Sanitizer]
    public string Of(string nationalId) => Masking.Hash(nationalId, _key)[..16];
}
