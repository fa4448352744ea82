using System.ClientModel;
using DataGuard.Screening;

namespace DataGuard.Client;

/// <summary>
/// Thrown by the in-process guards when the policy blocks a request: nothing was sent. The message is the explanation the
/// guard service gives staff (Traditional Chinese by default; see <see cref="BlockedMessage"/>): which kinds of data, where,
/// and what to do instead — never the values.
/// </summary>
/// <remarks>
/// It derives from <see cref="ClientResultException"/>, so code that already shows the message of a failed OpenAI or
/// Azure OpenAI call (for example the guard service's HTTP 400) shows this one too. <see cref="ClientResultException.Status"/>
/// is 0 because no response exists.
/// </remarks>
public sealed class PersonalDataBlockedException : ClientResultException
{
    /// <summary>The error code, the same as the guard service's blocked response (<c>error.code</c>).</summary>
    public const string ErrorCode = "dataguard_blocked";

    /// <summary>Creates the exception for a blocked request.</summary>
    /// <param name="message">The staff message (<see cref="BlockedMessage.Create(ScreeningDecision, System.Globalization.CultureInfo?, DataGuard.Detection.RecognizerRegistry?)"/>).</param>
    /// <param name="findings">Counts per type of what blocked the request.</param>
    /// <param name="param">Where the first blocked value is, e.g. <c>messages[1].content</c>.</param>
    public PersonalDataBlockedException(string message, IReadOnlyList<FindingCount> findings, string? param)
        : base(message)
    {
        Findings = findings ?? throw new ArgumentNullException(nameof(findings));
        Param = param;
    }

    /// <summary>Counts per type of what blocked the request (the guard's <c>error.findings</c>); never values.</summary>
    public IReadOnlyList<FindingCount> Findings { get; }

    /// <summary>Where the first blocked value is (the guard's <c>error.param</c>), e.g. <c>messages[1].content</c>.</summary>
    public string? Param { get; }

    /// <summary>Always <see cref="ErrorCode"/>.</summary>
    public string Code => ErrorCode;
}
