using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>How a number in a foreign country's national form is named: its country, and whether the text calls it a phone.</summary>
internal readonly struct ForeignNaming
{
    public ForeignNaming(int country, bool namedPhone, bool plainOnly)
    {
        Country = country;
        NamedPhone = namedPhone;
        PlainOnly = plainOnly;
    }

    /// <summary>The country to parse it with (see <see cref="CountryWords.Region"/>).</summary>
    public int Country { get; }

    /// <summary>A phone word (or a question about the country's number) names it.</summary>
    public bool NamedPhone { get; }

    /// <summary>Only a plain word (打, 號碼, number) names it.</summary>
    public bool PlainOnly { get; }
}

/// <summary>
/// What the text around a foreign number says about it: which country it belongs to (named before it on its line, right
/// after it, in its column header, as an ISO code in its row's nationality cell, or in a question it answers), and whether
/// a phone word names it. The phone recognizer asks; the reading itself (libphonenumber, lengths) stays there.
/// </summary>
internal static class ForeignNumberContext
{
    /// <summary>How far around a national-form foreign number its phone word may be (日本手機 070-…, … 是他的手機).</summary>
    private const int PhoneWordReach = 16;

    /// <summary>How far before a national-form mobile with no phone word its country must be named (韓國旅客 010-…).</summary>
    private const int NearCountryReach = 12;

    /// <summary>How far back a phone word may label a list of numbers in its clause.</summary>
    private const int ClauseReach = 60;

    /// <summary>How long a speaker's prefix before an answer may be ("被害人：", "Kevin: ").</summary>
    private const int MaxAnswerPrefix = 12;

    /// <summary>How long a speaker glued to the answer without a colon may be ("線民", "被害人").</summary>
    private const int MaxBareSpeaker = 4;

    /// <summary>How much of the question before an answer is read.</summary>
    private const int MaxQuestion = 60;

    /// <summary>How far after a +CC number a plain word may name it, within its clause.</summary>
    private const int LaterInClauseReach = 40;

    /// <summary>
    /// The country of the national-form number at [<paramref name="start"/>, <paramref name="end"/>) and how it is named,
    /// or false when no country is named close enough for a number with the phone words found.
    /// </summary>
    public static bool TryName(ReadOnlySpan<char> text, int start, int end, out ForeignNaming naming)
    {
        naming = default;
        // A VN cell is no country word: a text without any is still searched for a code in a nationality column.
        if (!CountryWords.MayBeNamedIn(text) && CountryCodeCell.InRow(text, start, end) < 0) return false;
        // A country named around the value is required either way, and is rarer and cheaper to look for than a phone word.
        int namedAround = CountryOf(text, start, end);
        // "我：對方給您的越南號碼是？⏎被害人：036 555 9629": the answer to a question about a country's number is one.
        bool answersNumberQuestion = namedAround < 0 && AnswersNumberQuestion(text, start, out namedAround);
        if (namedAround < 0 && CountryWords.NamedBeforeWhereNoneFarther(text, start, NearCountryReach) < 0) return false;
        bool namedPhone = answersNumberQuestion || NamesAPhone(text, start, end, PhoneWords.Foreign);
        bool plainOnly = namedPhone && !answersNumberQuestion && !NamesAPhone(text, start, end, PhoneWords.Any);
        int country = namedPhone ? namedAround : CountryWords.NamedBefore(text, start, NearCountryReach);
        naming = new ForeignNaming(country, namedPhone, plainOnly);
        return country >= 0;
    }

    /// <summary>How far back in its clause a phone word labels a number no country is named for ("puwede mo bang tawagan si kuya sa 09…").</summary>
    private const int LabelReach = 24;

    /// <summary>How far back a country named on an earlier line (a question, a heading) chooses the plan of such a number.</summary>
    private const int EarlierCountryReach = 160;

    /// <summary>How much text around such a number is read for its language.</summary>
    private const int LanguageReach = 60;

    // Filed by first character: asked for every long number Taiwan's plan turns down, and a hundred words long.
    private static readonly WordsByChar LabelWords = new(
        ContextWord.All(PhoneWords.Concat(PhoneWords.Strong, Array.ConvertAll(ForeignLanguages.AllWords, static w => w.Text))), byLastChar: false);

    /// <summary>
    /// Whether a phone word, in any of <see cref="ForeignLanguages"/>, labels the number at <paramref name="start"/> in its
    /// clause (WhatsApp adik: 0813-…, hãy gọi chị Lan ở số 086…, 回撥給我010-…, 我太太的手機086-…); <paramref name="region"/> is then the
    /// country named before it (on its line or a line above, as a question before its answer), else the language the
    /// text around it is written in (<paramref name="countryNamed"/> says which), or null when neither says.
    /// </summary>
    public static bool IsLabelledWithoutCountry(ReadOnlySpan<char> text, int start, int end, out string? region, out bool countryNamed)
    {
        region = null;
        countryNamed = false;
        if (!IsPhoneLabelled(text, start)) return false;
        int from = Math.Max(0, start - EarlierCountryReach);
        // A prompt that names no country anywhere (the scan's one pass over it says so) names none in the window either.
        int country = CountryWords.MayBeNamedIn(text) ? CountryWords.NamedIn(text.Slice(from, start - from)) : -1;
        if (country >= 0)
        {
            region = CountryWords.Region(country);
            countryNamed = true;
            return true;
        }
        from = Math.Max(0, start - LanguageReach);
        int to = Math.Min(text.Length, end + LanguageReach);
        region = ForeignLanguages.RegionOf(text, from, to);
        return true;
    }

    /// <summary>Whether a phone word, in any of <see cref="ForeignLanguages"/>, labels the number at <paramref name="start"/> in its clause.</summary>
    public static bool IsPhoneLabelled(ReadOnlySpan<char> text, int start) => ContextScorer.IsLabelled(text, start, LabelWords, LabelReach);

    /// <summary>How long an e-mail address after a number on its contact line may be.</summary>
    private const int MaxAddress = 64;

    /// <summary>
    /// Whether the number ending at <paramref name="end"/> is followed on its line by a separator (/ · | , ，) and an e-mail
    /// address: a signature's or a roster's contact line (0771 234 567 / lan.nguyen@example.com), which holds a person's
    /// number and address.
    /// </summary>
    public static bool SharesLineWithAddress(ReadOnlySpan<char> text, int end)
    {
        // (past a closing quote or bracket: "0771 234 567" | name@…)
        int i = end < text.Length && text[end] is '"' or '\'' or ')' or '）' or ']' or '」' ? end + 1 : end;
        i = Spaces.SkipForward(text, i);
        if (i >= text.Length || !RowDelimiters.Is(text[i], FieldMarks.ContactLine)) return false;
        i = Spaces.SkipForward(text, i + 1);
        for (int k = i; k < text.Length && k - i < MaxAddress && text[k] is not (' ' or '\n' or '\r' or '\t'); k++)
        {
            if (text[k] is '@' or '\uFF20') return k > i;
        }
        return false;
    }

    /// <summary>Whether the value fills its cell and the cell's column header is a phone word (聯絡電話, mobile, tel).</summary>
    public static bool FillsPhoneColumn(ReadOnlySpan<char> text, int start, int end)
    {
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return wholeCell && ContextWord.AnyIn(PhoneWords.Any, header);
    }

    /// <summary>
    /// Whether the value fills its cell under a column whose header names something a phone is mistaken for (帳號, 訂單編號,
    /// account) and no phone: a bank's code and an account (007-1234567890…) read as a call prefix and a foreign number.
    /// </summary>
    public static bool FillsLookAlikeColumn(ReadOnlySpan<char> text, int start, int end)
    {
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return wholeCell && !header.IsEmpty && PhoneWords.LookAlikeLabels.AnyIn(header) && !ContextWord.AnyIn(PhoneWords.Any, header);
    }

    /// <summary>
    /// One of <paramref name="words"/> just before or just after the value, labelling a list of numbers in its clause, or
    /// heading its column: a national-form foreign number is read only where the text says it is a phone, which also keeps
    /// libphonenumber away from dates and amounts next to a nationality (印尼籍).
    /// </summary>
    public static bool NamesAPhone(ReadOnlySpan<char> text, int start, int end, ContextWord[] words) =>
        NamedNear(text, start, end, words)
        // "聯絡電話 09… 、033-194-0266": one label before a list of numbers in its clause
        || ContextScorer.IsLabelled(text, start, words, ClauseReach, acrossValues: true)
        || ContextWord.AnyIn(words, TableCell.Header(text, start, end, out _)); // a 聯絡電話 column

    /// <summary>One of <paramref name="words"/> within the phone word's reach before or after the value.</summary>
    public static bool NamedNear(ReadOnlySpan<char> text, int start, int end, ContextWord[] words)
    {
        int from = Math.Max(0, start - PhoneWordReach);
        // After the value, only its own clause: "美籍旅客於1130412到案，電話另洽" names no number before the comma.
        int to = end;
        while (to < text.Length && to - end < PhoneWordReach && text[to] is not ('，' or '。' or '；' or ';' or '\n' or '\r')) to++;
        return ContextWord.AnyIn(words, text.Slice(from, start - from)) || ContextWord.AnyIn(words, text.Slice(end, to - end));
    }

    /// <summary>One of <paramref name="words"/> after the value before its clause ends (，。；; or a line break), within reach.</summary>
    public static bool NamedLaterInClause(ReadOnlySpan<char> text, int end, ContextWord[] words)
    {
        int to = end;
        while (to < text.Length && to - end < LaterInClauseReach && text[to] is not ('，' or '。' or '；' or ';' or '\n' or '\r')) to++;
        return ContextWord.AnyIn(words, text.Slice(end, to - end));
    }

    // Whether the value answers a question about a country's number on the line before; country is that country or -1.
    private static bool AnswersNumberQuestion(ReadOnlySpan<char> text, int start, out int country)
    {
        var question = QuestionAnswered(text, start);
        country = question.IsEmpty || !ContextWord.AnyIn(PhoneWords.Foreign, question) ? -1 : CountryWords.NamedIn(question);
        return country >= 0;
    }

    // The line before the value's, when it ends with a question mark and the value opens its own line after at most a
    // speaker's prefix (a transcript's question and answer); else empty.
    private static ReadOnlySpan<char> QuestionAnswered(ReadOnlySpan<char> text, int start)
    {
        int from = Math.Max(0, start - MaxAnswerPrefix - 1);
        int lineStart = text.Slice(from, start - from).LastIndexOf('\n') + 1;
        if (lineStart == 0) return default;
        lineStart += from;
        // "被害人：", "證人：「…", "我是…": a speaker, then perhaps an opening quote or bracket.
        var prefix = text.Slice(lineStart, start - lineStart).TrimEnd(" \"'「(（[{<`".AsSpan());
        if (prefix.Length > 0 && prefix[prefix.Length - 1] is not ('：' or ':' or '是') && !IsBareSpeaker(prefix)) return default;
        foreach (char c in prefix) if (CharFolding.KindOf(c) == CharKind.Digit) return default;
        var previous = text.Slice(0, lineStart - 1).TrimEnd('\r').TrimEnd(' ');
        if (previous.IsEmpty || previous[previous.Length - 1] is not ('？' or '?')) return default;
        var question = previous.Slice(Math.Max(0, previous.Length - MaxQuestion));
        return question.Slice(question.LastIndexOf('\n') + 1);
    }

    // "線民0176124309": a speaker of a few Han characters glued to the answer without a colon, as transcripts are typed.
    private static bool IsBareSpeaker(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length > MaxBareSpeaker) return false;
        foreach (char c in prefix) if (!CharFolding.IsHan(c)) return false;
        return true;
    }

    // The country of a national-form number: named before it on its line, right after it, or in its column header (日本手機).
    private static int CountryOf(ReadOnlySpan<char> text, int start, int end)
    {
        int country = CountryWords.NamedBefore(text, start);
        if (country < 0) country = CountryWords.NamedAfter(text, end);
        if (country < 0) country = CountryWords.NamedIn(TableCell.Header(text, start, end, out _));
        if (country < 0) country = CountryCodeCell.InRow(text, start, end);
        return country;
    }
}
