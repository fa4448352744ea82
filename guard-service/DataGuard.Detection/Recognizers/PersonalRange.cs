using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 39 (sets U37, U38): numbers in Taiwan's 099x range (0990–0999, +886 99x…), which libphonenumber's region_TW keeps
/// out of the mobile plan as personal numbers (<see cref="TaiwanNumberingPlan.Kind.PersonalRange"/>). People give them as
/// their phones all the same (聯絡電話：+886 99x…, 車主 88699x…, 有看到打 099x…); unnamed, ten digits from 099 are as often an
/// order or a serial number. So one is read below the threshold, a strong phone word in the window lifts it over
/// (the recognizer's context profile), and a phone label, an owner's or caller's word, or a phone column names it outright.
/// </summary>
internal static class PersonalRange
{
    /// <summary>Unnamed: a strong phone word around it (+0.3) takes it just over the threshold, a weak one does not.</summary>
    internal const double UnnamedScore = 0.25;

    /// <summary>Named a phone by its label, its row's owner word or its column: reported as a landline read by label is.</summary>
    internal const double NamedScore = 0.6;

    /// <summary>How far before the number a word naming it may stand, within its clause.</summary>
    private const int LabelReach = 24;

    /// <summary>How far after the number the words naming it may reach (…888 打來的, …888 的來電).</summary>
    private const int AfterReach = 6;

    /// <summary>
    /// Words before a number that name it a person's line: the phone labels, and a vehicle list's or a statement's owner and
    /// transfer words (車主 …, 手機轉帳 …, 家屬聯絡 …).
    /// </summary>
    private static readonly ContextWord[] Before = ContextWord.All(new[] { "車主", "手機轉帳", "家屬", "機主" }).Concat(PhoneWords.PhoneLabels).ToArray();

    /// <summary>Words right after a number that say it rang (收到一個 …打來的).</summary>
    private static readonly ContextWord[] After = ContextWord.All(new[] { "打來", "打過來", "來電", "的來電" });

    /// <summary>The score of a 099x number at [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static double ScoreOf(ReadOnlySpan<char> text, int start, int end) => IsNamed(text, start, end) ? NamedScore : UnnamedScore;

    /// <summary>Raises a match read at <see cref="UnnamedScore"/> (the +886 forms) when its text names it a phone.</summary>
    public static void Name(ReadOnlySpan<char> text, ref ChainMatch match)
    {
        if (match.BaseScore == UnnamedScore && IsNamed(text, match.Start, match.End)) match.BaseScore = NamedScore;
    }

    /// <summary>Whether the text names the number at [<paramref name="start"/>, <paramref name="end"/>) a phone.</summary>
    public static bool IsNamed(ReadOnlySpan<char> text, int start, int end) =>
        ContextScorer.IsLabelled(text, start, Before, LabelReach)
        || ContextWord.AnyIn(After, text.Slice(end, Math.Min(AfterReach, text.Length - end)))
        || PhoneColumn.Holds(text, start, end)
        || ContextWord.AnyIn(PhoneWords.Any, TableCell.SpacedHeader(text, start));
}
