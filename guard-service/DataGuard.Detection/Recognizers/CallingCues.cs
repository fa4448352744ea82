using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-foreign45 (issue 9, sets U49, U50): what calls a number one to ring where no phone noun and no country stands by it —
/// a verb handing the caller on to it (再轉接 …, 改撥 …, 上游收水 …), an English call or contact verb with its "at"/"on"
/// (contact the officer in charge at …, call me on …), a messaging log's recipient key (send sms to=…, callee=…), or
/// another phone right before it in a list (Liên hệ 09… / …, 0958…/0227…/…); det-calls46: a party's role right before it
/// (雇主 012-808 1056) or a call record's row (來話 156 7726 7723 739秒). Asked by the readers of a foreign number in
/// national form (<see cref="UnnamedCountryNumbers"/>) and of a local number without its area code.
/// </summary>
internal static class CallingCues
{
    /// <summary>How far back in its clause a handing-on verb may stand (再轉接 …, 請他改撥 …).</summary>
    private const int VerbReach = 10;

    /// <summary>How far back in its clause an English call verb may stand before its "at" or "on".</summary>
    private const int EnglishVerbReach = 48;

    /// <summary>
    /// Verbs that hand a caller on to a line, or name the line a role is reached at (上游收水: the collector upstream), in
    /// Chinese and the languages of migrant workers' messages.
    /// </summary>
    private static readonly ContextWord[] HandingOnVerbs = ContextWord.All(new[]
    {
        "轉接", "轉給", "轉到", "轉撥", "改撥", "改打", "收水", "聯絡人", "聯繫人", "連絡人",
        "reach", "dial", "ring", "text", "whatsapp", "viber", "zalo", "telpon", "tawagan", "i-text", "nhắn", "โทร",
    });

    /// <summary>English verbs whose object is a person or a desk and whose line follows "at" or "on" (contact … at 2345-6789).</summary>
    private static readonly ContextWord[] EnglishCallVerbs = ContextWord.All(new[]
    {
        "contact", "call", "reach", "ring", "phone", "text", "dial", "message", "whatsapp", "telephone",
    });

    /// <summary>The prepositions that lead an English call verb's line (at, on).</summary>
    private static readonly string[] LinePrepositions = { "at", "on" };

    /// <summary>Keys of a messaging or calling log that hold the other end's number (to=, callee=, recipient:).</summary>
    private static readonly ContextWord[] RecipientKeys = ContextWord.All(new[]
    {
        "to", "from", "recipient", "recipients", "dest", "destination", "callee", "caller", "sender", "receiver", "target",
    });

    /// <summary>Words on a log's line that make its recipient key a phone's: a message or a call was sent (send sms to=…).</summary>
    private static readonly ContextWord[] MessagingWords = ContextWord.All(new[]
    {
        "sms", "mms", "otp", "call", "dial", "voice", "whatsapp", "line", "text", "message", "msg", "push", "簡訊", "撥號", "通話", "語音",
    });

    /// <summary>How far back on its line a log's messaging word may stand.</summary>
    private const int LogLineReach = 80;

    /// <summary>
    /// Whether the number at [<paramref name="start"/>, <paramref name="end"/>) is called a line to ring by a handing-on
    /// verb, an English call verb and its preposition, a messaging log's recipient key, or a phone listed right before it.
    /// </summary>
    public static bool Call(ReadOnlySpan<char> text, int start, int end) =>
        ContextScorer.IsLabelled(text, start, HandingOnVerbs, VerbReach) || FollowsEnglishCallVerb(text, start)
        || IsLogRecipient(text, start) || LocalNumberCues.ListedAfterPhone(text, start)
        || PartyRoles.NameLine(text, start, end) || CallRecordRows.HoldsOtherParty(text, start, end); // det-calls46: 雇主 012-…, 來話 156 …

    // "contact the officer in charge at 3241-4643", "call me on 0917 …": "at" or "on" right before the number, a call verb
    // earlier in its clause.
    private static bool FollowsEnglishCallVerb(ReadOnlySpan<char> text, int start)
    {
        int end = Spaces.StartBefore(text, start);
        foreach (var preposition in LinePrepositions)
        {
            int from = end - preposition.Length;
            if (from < 0 || !text.Slice(from, preposition.Length).Equals(preposition.AsSpan(), StringComparison.OrdinalIgnoreCase)
                || !WordEdges.Whole(text, from, end)) continue;
            return ContextScorer.IsLabelled(text, from, EnglishCallVerbs, EnglishVerbReach);
        }
        return false;
    }

    // "send sms to=0850-0911-915 status=OK", "callee: 010-…": a recipient key right before the number, a messaging word
    // earlier on its line.
    private static bool IsLogRecipient(ReadOnlySpan<char> text, int start)
    {
        if (!ContextScorer.IsLabelledImmediately(text, start, RecipientKeys)) return false;
        int lineStart = TableCell.LineStart(text, start);
        int from = Math.Max(lineStart, start - LogLineReach);
        return ContextWord.AnyIn(MessagingWords, text.Slice(from, start - from));
    }
}
