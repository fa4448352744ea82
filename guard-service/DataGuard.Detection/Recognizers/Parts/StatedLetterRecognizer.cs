using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers.Parts;

/// <summary>
/// An ID or certificate given as its nine digits with its letter stated apart, before or after them, to get it past a
/// filter (數字是…，字母是X; 英文字是X，數字…): the letter word anchors it, the nearest run of exactly nine digits on either
/// side is joined to the letter, and the whole must pass its checksum (<see cref="WholeValue"/>) and be named by an ID or
/// certificate word around it: a letter and nine digits side by side are not otherwise an ID's.
/// Round 37 (categories of sets U31, U32): the letter given apart in more ways — said to head the rest (X 字頭，K 頭，
/// Z開頭), marked as a capital (U（大寫）), spelt with a spelling-alphabet word (Hotel，…, <see cref="PhoneticAlphabet"/>)
/// or named after the place that gives it (…那個O－) — before the rest written in any digits (Chinese, financial, radio or
/// sound-alike numerals, mixed with ASCII: <see cref="LetterReadings.ReadDigits"/>), and the rest may be an old
/// certificate's second letter and eight digits.
/// </summary>
internal sealed class StatedLetterRecognizer : AnchoredRecognizer
{
    /// <summary>A valid checksum alone reaches no threshold; an ID or certificate word around it does (0.3 + 0.3).</summary>
    private const double BaseScore = 0.3;

    /// <summary>How far from the letter word the digits may stand (a clause).</summary>
    private const int Reach = 20;

    private const string LetterFillers = "母是為:： 「『\"'=（(";

    private static readonly ContextProfile IdWords = new(
        strong: TaiwanIdContext.NationalIdWords.Concat(TaiwanIdContext.ResidentWords).Distinct().ToArray(),
        weak: Array.Empty<string>(),
        labelReachesAcrossValues: true);

    public override string Type => EntityTypes.NationalId;

    public override string[] Anchors { get; } = AnchorWords();

    // The words of the letter stated apart, the head words and the spelling alphabet's words (derived from its table).
    private static string[] AnchorWords()
    {
        var words = new List<string> { "字母", "英文字", LetterWord, NamingWord };
        words.AddRange(HeadWords);
        words.AddRange(CapitalMarks);
        words.AddRange(PhoneticAlphabet.Words());
        return words.ToArray();
    }

    /// <summary>
    /// Round 36 (categories of sets U29, U30): "X 字頭 163286454" — the letter said to head the number, before the word: the
    /// word names the letter as an ID's first character, so the whole needs no ID word around it (<see cref="HeadedScore"/>).
    /// Round 37 (categories of sets U31, U32): "Z開頭 …", "K 頭，後面 …" (頭 with the pause after it: 頭 alone is a word).
    /// </summary>
    private static readonly string[] HeadWords = { "字頭", "開頭", "頭，", "頭," };

    private const string LetterWord = "letter";

    /// <summary>Round 37 (categories of sets U31, U32): "U（大寫）…": the letter right before a mark saying it is a capital.</summary>
    private static readonly string[] CapitalMarks = { "（大寫）", "(大寫)" };

    /// <summary>Round 37 (categories of sets U31, U32): "新竹市那個O－…": the letter named after the place whose letter it is.</summary>
    private const string NamingWord = "那個";

    /// <summary>Characters between a letter given apart and the rest: spaces, one pause or plus, a hyphen (Hotel，…; O－…).</summary>
    private const string RestFillers = " 　，,：:+＋-－";

    /// <summary>The most filler characters between a letter given apart and the rest (" + ", "，").</summary>
    private const int MaxRestFillers = 3;

    /// <summary>The most pauses among those fillers: a second comma starts another item of a list.</summary>
    private const int MaxRestPauses = 1;

    /// <summary>A letter called the head of nine digits that pass their checksum with it: reported without an ID word.</summary>
    private const double HeadedScore = 0.6;

    /// <summary>Spaces and quotes between a heading letter and its word ("X 字頭", "「X」字頭").</summary>
    private const string HeadFillers = " 　「」『』\"'";

    public override void OnAnchor(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority)
    {
        char first = text[start];
        if (first is '字' && text[start + 1] == '頭' || first is '開' or '頭' or '（' or '(')
        {
            OnHeadWord(text, start, end, ref sink, priority, allowFillers: first is not ('（' or '('));
            return;
        }
        if (first == '那' || AsciiChars.IsLetter(first) && !text.Slice(start, end - start).Equals(LetterWord.AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            OnLetterWord(text, start, end, ref sink, priority);
            return;
        }
        int at = Anchored.LabelSearch.SkipFiller(text, end, LetterFillers, 4);
        if (at >= text.Length || CharFolding.Fold(text[at]) is not { Kind: CharKind.Letter } letter || CharFolding.IsHan(text[at])) return;
        char second = SecondLetter(text, at);
        if (second == '?') return; // a word, not a letter
        int lettersEnd = second == '\0' ? at + 1 : at + 2, digits = second == '\0' ? 9 : 8;
        if (DigitsBefore(text, start, digits, out int digitsStart, out int digitsEnd) || DigitsAfter(text, lettersEnd, digits, out digitsStart, out digitsEnd))
            Offer(text, letter.Value, second, Math.Min(start, digitsStart), Math.Max(lettersEnd, digitsEnd), digitsStart, digitsEnd, ref sink, priority);
    }

    // det-pieces39: "字母是AC。數字是…" — an old certificate's two letters stated apart, the second A–D. The second letter
    // ('\0' where one letter stands alone), or '?' where the letters make a word.
    private static char SecondLetter(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || CharFolding.IsHan(text[at + 1]) || CharFolding.KindOf(text[at + 1]) != CharKind.Letter) return '\0';
        if (at + 2 < text.Length && !CharFolding.IsHan(text[at + 2]) && CharFolding.KindOf(text[at + 2]) == CharKind.Letter) return '?';
        char second = char.ToUpperInvariant(CharFolding.Fold(text[at + 1]).Value);
        return second is >= 'A' and <= 'D' ? second : '?';
    }

    // "X 字頭 163286454", "「G」字頭，880946280", "U（大寫）一五二…": the letter right before the word (no word of letters),
    // the rest after it.
    private static void OnHeadWord(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority, bool allowFillers)
    {
        int at = start - 1;
        while (allowFillers && at >= 0 && start - at <= 3 && HeadFillers.IndexOf(text[at]) >= 0) at--;
        if (at < 0 || CharFolding.IsHan(text[at]) || CharFolding.Fold(text[at]) is not { Kind: CharKind.Letter } letter) return;
        if (at > 0 && CharFolding.KindOf(text[at - 1]) is CharKind.Letter or CharKind.Digit && !CharFolding.IsHan(text[at - 1])) return;
        end += SpokenAsides.BracketedLength(text, end);
        if (text.Slice(end).StartsWith(RestWord.AsSpan(), StringComparison.Ordinal)) end += RestWord.Length;
        OfferRest(text, letter.Value, at, end, ref sink, priority, HeadedScore);
    }

    /// <summary>
    /// Round 37 (categories of sets U31, U32): "K 頭，後面 …": the word for what follows the head. Round 38 (categories of
    /// sets U33, U34): the place the letter stands for may sit in brackets between the head word and the rest
    /// ("V字頭（臺東縣）…", read as an aside, <see cref="SpokenAsides.BracketedLength"/>).
    /// </summary>
    private const string RestWord = "後面";

    // "Hotel，135…", "Echo，C4…", "那個O－捌參…": the letter a spelling-alphabet word spells, or the one after 那個, then the
    // rest; named by an ID word around it (a spelling-alphabet word before a ticket's digits is no ID's letter), unless the
    // word opens a field of a row and a pause sets it apart from the rest (…／Kilo，…／, id: Hotel，…): a letter spelt alone.
    private static void OnLetterWord(ReadOnlySpan<char> text, int start, int end, ref CandidateSink sink, int priority)
    {
        if (text[start] == '那')
        {
            if (end >= text.Length || CharFolding.IsHan(text[end]) || CharFolding.Fold(text[end]) is not { Kind: CharKind.Letter } named) return;
            if (end + 1 < text.Length && CharFolding.KindOf(text[end + 1]) == CharKind.Letter) return; // a word, not a letter
            OfferRest(text, named.Value, end, end + 1, ref sink, priority, BaseScore);
            return;
        }
        if (!WordEdges.Whole(text, start, end)) return;
        char spelt = (char)(text[start] & ~0x20);
        if (ConnectorEnd(text, end) is int rest and > 0)
        {
            OfferRest(text, spelt, start, rest, ref sink, priority, HeadedScore);
            return;
        }
        bool apart = end < text.Length && text[end] is '，' or ',' or '：' or ':' && OpensField(text, start);
        OfferRest(text, spelt, start, end, ref sink, priority, apart ? HeadedScore : BaseScore);
    }

    /// <summary>Most spaces on either side of the word joining a spelt letter to the rest ("India 後面 …").</summary>
    private const int MaxConnectorSpaces = 2;

    /// <summary>"之後", which the joining words of the filler walk leave out (<see cref="JoiningWords.Words"/>).</summary>
    private const string AfterWord = "之後";

    private const string ConnectorSpaces = " 　";

    // Round 38 (categories of sets U33, U34): "Foxtrot 後面 …", "Hotel 然後 B…": a spelling-alphabet word, then a word joining
    // it to the rest (JoiningWords: 後面, 然後, 再來, 接著…, or 之後): the writer describes the letter as the head of what
    // follows, as 字頭 does, so the whole needs no ID word (HeadedScore). Where the rest starts, or 0 with no such word.
    private static int ConnectorEnd(ReadOnlySpan<char> text, int end)
    {
        int at = Anchored.LabelSearch.SkipFiller(text, end, ConnectorSpaces, MaxConnectorSpaces);
        int word = text.Slice(at).StartsWith(AfterWord.AsSpan(), StringComparison.Ordinal) ? AfterWord.Length : JoiningWords.LengthAt(text, at);
        return word == 0 ? 0 : Anchored.LabelSearch.SkipFiller(text, at + word, ConnectorSpaces, MaxConnectorSpaces);
    }

    /// <summary>What ends the field before a word that opens one: a line, a cell, a list's or a key's mark, a quote.</summary>
    private const string FieldEnds = "\n\t|｜／/、,，:：\"'";

    // Whether the word at `start` opens a field: only spaces between it and the line's start or a field's end.
    private static bool OpensField(ReadOnlySpan<char> text, int start)
    {
        int k = Spaces.StartBefore(text, start);
        return k == 0 || FieldEnds.IndexOf(text[k - 1]) >= 0;
    }

    // The rest after a letter given apart (from `from`, past at most a few fillers and one pause): nine digits, or an old
    // certificate's second letter and eight digits, in any digits, nothing glued after.
    private static void OfferRest(ReadOnlySpan<char> text, char letter, int start, int from, ref CandidateSink sink, int priority, double baseScore)
    {
        int i = from, pauses = 0;
        while (i < text.Length && i - from < MaxRestFillers && RestFillers.IndexOf(text[i]) >= 0)
        {
            if (text[i] is '，' or ',' or '：' or ':' && ++pauses > MaxRestPauses) return;
            i++;
        }
        Span<char> value = stackalloc char[IdLength];
        value[0] = char.ToUpperInvariant(letter);
        int restStart = i, digitsFrom = 1;
        if (i + 1 < text.Length && AsciiChars.IsLetter(text[i]) && !AsciiChars.IsLetter(text[i + 1]))
        {
            value[1] = (char)(text[i] & ~0x20);
            digitsFrom = 2;
            i++;
        }
        int end = LetterReadings.ReadDigits(text, i, value.Slice(digitsFrom));
        if (end < 0 || WholeValue.TypeOf(value) is not string type || type == EntityTypes.CreditCard) return;
        if (!sink.TryScore(text, type, restStart, end, IdWords, baseScore, out double score)) return;
        sink.Add(new Candidate(type, start, end, score, Evasions.Separators, value.ToString(), priority));
    }

    /// <summary>An ID's or certificate's length.</summary>
    private const int IdLength = 10;

    private static void Offer(ReadOnlySpan<char> text, char letter, char second, int start, int end, int digitsStart, int digitsEnd, ref CandidateSink sink, int priority)
    {
        Span<char> value = stackalloc char[WholeValue.MaxLength];
        value[0] = letter;
        int length = 1;
        if (second != '\0') value[length++] = second;
        if (!WholeValue.Append(text.Slice(digitsStart, digitsEnd - digitsStart), value, ref length) || length != 10) return;
        if (WholeValue.TypeOf(value.Slice(0, length)) is not string type || type == EntityTypes.CreditCard) return;
        // Scored at the digits: the ID word that names them may stand between the letter and them (字母是X，身分證數字是…).
        if (!sink.TryScore(text, type, digitsStart, digitsEnd, IdWords, BaseScore, out double score)) return;
        sink.Add(new Candidate(type, start, end, score, Evasions.Separators, value.Slice(0, length).ToString(), priority));
    }

    // The last run of digits ending within reach before the letter word.
    private static bool DigitsBefore(ReadOnlySpan<char> text, int anchor, int count, out int start, out int end)
    {
        start = end = anchor;
        int i = anchor - 1, limit = Math.Max(0, anchor - Reach);
        while (i >= limit && !WholeValue.IsWrittenDigit(text[i])) i--;
        if (i < limit) return false;
        end = i + 1;
        while (i >= 0 && (WholeValue.IsWrittenDigit(text[i]) || text[i] is ' ' or '-' && i > 0 && WholeValue.IsWrittenDigit(text[i - 1]))) i--;
        start = i + 1;
        return IsBoundary(text, start - 1) && WholeValue.WrittenDigits(text, start, end) == count;
    }

    // The first run of digits starting within reach after the letter.
    private static bool DigitsAfter(ReadOnlySpan<char> text, int from, int count, out int start, out int end)
    {
        start = end = from;
        int i = from, limit = Math.Min(text.Length, from + Reach);
        while (i < limit && !WholeValue.IsWrittenDigit(text[i])) i++;
        if (i >= limit) return false;
        start = i;
        end = WholeValue.DigitRunEnd(text, start);
        return IsBoundary(text, end) && WholeValue.WrittenDigits(text, start, end) == count;
    }


    // No letter or digit glued on: the nine digits are the whole number written there.
    private static bool IsBoundary(ReadOnlySpan<char> text, int i) =>
        i < 0 || i >= text.Length || CharFolding.IsHan(text[i]) || CharFolding.KindOf(text[i]) is not (CharKind.Digit or CharKind.Letter);
}
