using System.Globalization;
using DataGuard.Screening;

namespace DataGuard.Client;

/// <summary>
/// Settings of the in-process guards that the guard service does not share (section <c>DataGuard:Client</c>).
/// The policy itself comes from <c>DataGuard:Policy</c> and the detection settings from <c>DataGuard:Detection</c>,
/// exactly as for the guard service, so one policy file serves both.
/// </summary>
public sealed class DataGuardClientOptions
{
    /// <summary>The configuration section under <c>DataGuard</c>.</summary>
    public const string SectionName = "Client";

    /// <summary>Language of the staff message when a request is blocked: <c>zh-TW</c> (default) or <c>en</c>.</summary>
    public string Language { get; set; } = "zh-TW";

    /// <summary>The culture of <see cref="Language"/> (English for <c>en*</c>, Traditional Chinese otherwise).</summary>
    public CultureInfo MessageCulture => BlockedMessage.CultureFor(Language);
}
