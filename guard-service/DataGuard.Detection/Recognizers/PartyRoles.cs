using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-calls46 (issue 9, set U51): a role of a case, a form or a deal right before a number — 駕駛, 車主, 雇主, 關係人,
/// 報案人, 保險公司, 銀行窗口, 房東, 收件人, 買受人 聯絡… A role followed directly by a number of a phone's shape names that
/// party's line, as a phone label would, when no other label names the number (a role followed by a name, an ID or a
/// plate is not read: those are no phone's shape). Asked through <see cref="CallingCues"/> and by
/// <see cref="LandlineOfAreaLength"/>.
/// </summary>
internal static class PartyRoles
{
    /// <summary>
    /// The people and bodies of a police report, an accident record, a contract, a parcel or a migrant worker's papers,
    /// and the contact words that may follow a role (買受人 聯絡 …); with <see cref="PhoneWords.PartyLabels"/> (車主, 當事人, 報案人…).
    /// </summary>
    private static readonly ContextWord[] Roles = ContextWord.All(new[]
    {
        "駕駛", "駕駛人", "雇主", "僱主", "被害人", "告訴人", "被告", "證人", "嫌疑人", "嫌犯",
        // (not 買方/賣方: an e-invoice prints the parties' UBNs right after them)
        "保險公司", "保險業務員", "銀行窗口", "窗口", "買受人", "出賣人", "收件人", "寄件人", "房東", "房客", "仲介",
        "代理人", "負責人", "承辦人", "監護人", "對造", "車行", "店家", "老闆", "保證人", "聯繫人",
        "employer", "driver", "owner", "landlord", "agent", "victim", "witness", "complainant", "broker", "insurer", "recipient",
    });

    /// <summary>Contact words a role may take before its number (買受人 聯絡 …); alone they name nothing (聯絡：20260315 到期).</summary>
    private static readonly string[] ContactWords = { "聯絡", "連絡", "聯繫" };

    /// <summary>Longest speaker's name of a chat or a transcript line (被害人：…, 證人：…).</summary>
    private const int MaxSpeaker = 8;

    /// <summary>
    /// Whether a role, or a role and a contact word, stands right before <paramref name="start"/> — not as the speaker of
    /// a chat line or of a line answering a question (被害人：0812 …, [10:23] 報案人：2345: what the party says, not their line).
    /// </summary>
    public static bool Precede(ReadOnlySpan<char> text, int start)
    {
        int labelEnd = AfterContactWord(text, start);
        return (ContextScorer.IsLabelledImmediately(text, labelEnd, Roles) || ContextScorer.IsLabelledImmediately(text, labelEnd, PhoneWords.PartyLabels))
               && !SpeaksLine(text, start);
    }

    // Where the label ends once a contact word right before the number is passed (買受人 聯絡 737-1720 → after 買受人).
    private static int AfterContactWord(ReadOnlySpan<char> text, int start)
    {
        int end = Spaces.StartBefore(text, start);
        if (end > 0 && text[end - 1] is ':' or '：') end = Spaces.StartBefore(text, end - 1);
        foreach (var word in ContactWords)
        {
            if (end >= word.Length && text.Slice(end - word.Length, word.Length).SequenceEqual(word.AsSpan())) return end - word.Length;
        }
        return start;
    }

    // "我：對方給您的越南帳號是？⏎被害人：0812 …", "[10:23] 報案人：2345": a speaker's name and a colon opening a chat line
    // (after its time stamp) or the line that answers a question — the number is whatever the speaker is saying.
    private static bool SpeaksLine(ReadOnlySpan<char> text, int start)
    {
        int lineStart = TableCell.LineStart(text, start);
        var head = text.Slice(lineStart, start - lineStart).TrimEnd(' ').TrimEnd('\u3000').TrimStart(' ');
        bool stamped = head.Length > 0 && head[0] == '[' && head.IndexOf(']') > 0;
        if (stamped) head = head.Slice(head.IndexOf(']') + 1).TrimStart(' ');
        if (head.Length is <= 1 or > MaxSpeaker || head[head.Length - 1] is not (':' or '：')) return false;
        if (stamped) return true;
        var previous = lineStart < 2 ? default : text.Slice(0, lineStart - 1).TrimEnd('\r').TrimEnd(' ');
        return previous.Length > 0 && previous[previous.Length - 1] is '？' or '?';
    }

    /// <summary>
    /// Whether a role right before the number at [<paramref name="start"/>, <paramref name="end"/>) names it that party's
    /// line: not eight whole digits that pass the UBN checksum (雇主 2xxxxxxx, 保險公司 …: an employer's or a firm's
    /// registration number is given where its role stands as often as its line), nor eight that are a date or a span of
    /// years or times (保險公司20261215 到期).
    /// </summary>
    public static bool NameLine(ReadOnlySpan<char> text, int start, int end)
    {
        if (!Precede(text, start)) return false;
        var digits = text.Slice(start, end - start);
        if (digits.Length != UbnDigits || !AsciiChars.AllDigits(digits)) return true;
        return !UnifiedBusinessNumber.IsValid(digits) && !LocalNumberShape.IsDateOrTimeSpan(ValueOf(digits.Slice(0, 4)), ValueOf(digits.Slice(4)));
    }

    private static int ValueOf(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits) value = value * 10 + (c - '0');
        return value;
    }

    private const int UbnDigits = 8;
}
