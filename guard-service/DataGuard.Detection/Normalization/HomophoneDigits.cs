using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Recognizers;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Reads digits written as sound-alike characters (諧音: 靈酒醫耳… for 0912…, A醫耳山… for an ID), alone or mixed with
/// digits. These characters are everywhere in ordinary Chinese (中山, 下午, 爸爸, 很久, 第2期), so a character is read
/// as a digit only inside a run shaped like a whole value: at least <see cref="MinDigits"/> digits counting the
/// sound-alikes, with only a value's separators between them, and either a real digit among them, a run of a whole
/// ID's or phone's length, or a letter or plus glued before it (A醫耳…, +爸爸溜…). The rewritten text has the same
/// length as the original, so offsets need no map; the recognizers still validate every reading (checksum,
/// numbering plan), and <see cref="HomophoneReading.Merge"/> keeps a reading only where it outscores the plain one.
/// The characters and their digits come from the reading list by Mandarin syllable (<see cref="SoundAlikeTable"/>); one
/// common in prose (是, 路) is read only between other digits, at most one digit in <see cref="DigitsPerCommonSoundAlike"/>.
/// </summary>
internal static class HomophoneDigits
{
    /// <summary>The fewest digits of a run read this way: an ID's nine after its letter, a local number's eight.</summary>
    private const int MinDigits = 8;

    /// <summary>
    /// Round 41 (set U42: 家裡電話 餓留屋 吧衫酒留): right after a phone label, a run as short as a local number of seven digits
    /// (the areas 03, 05, 06, 07… dial seven) or of eight, sound-alikes alone, is read; the phone recognizer still applies the
    /// numbering plan and its own label rule to the digits.
    /// </summary>
    private const int LabelledLocalDigits = 7;

    /// <summary>The most: a card's nineteen. A longer run is no single value.</summary>
    private const int MaxDigits = 19;

    /// <summary>Without a real digit or a glued letter, a run must be as long as an ID's digits or a phone with its area code.</summary>
    private const int MinSoundAlikeOnly = 9;

    /// <summary>
    /// At most one digit in this many may be a sound-alike common in prose (是, 路, 氣…): the run must be otherwise digits
    /// or rare sound-alikes, so running prose dense in those characters never makes one.
    /// </summary>
    private const int DigitsPerCommonSoundAlike = 4;

    /// <summary>Separators allowed in a row between two digits of a run (0酒12 3似舞, (玲耳)耳山).</summary>
    internal const int MaxGap = 2;

    /// <summary>
    /// The sound-alikes, the first characters of the letter readings (<see cref="LetterReadings"/>) and of the reversal notes
    /// (<see cref="ReversalNotes"/>, round 37), found by one search over the text instead of one per reader: all are Han
    /// characters, so each search is a pass of the probabilistic map.
    /// </summary>
    private static readonly CharSearch SoundAlikesAndLetterReadings =
        new(SoundAlikeTable.SearchedCharacters + RareNumerals + LetterReadings.FirstCharacters() + ReversalNotes.HanFirstCharacters()
            + DigitShiftNotes.FirstCharacters);

    /// <summary>
    /// Round 39: numerals rare in prose — 〇 and the police radio's 洞 幺 么 拐 勾 — where a search for a run stops too, so a
    /// value mixing them with only the sound-alikes common in prose or not searched (洞而-三1兩五-扒參是7) is found. They are
    /// digits already (<see cref="CharFolding"/>); a run of them alone holds no sound-alike and is left as it is.
    /// </summary>
    private const string RareNumerals = "〇洞幺么拐勾";

    /// <summary>
    /// Round 39: a run holding at least this many Han numerals (一 〇 兩 洞 貳…) besides its sound-alikes is a value disguised on
    /// purpose: a sound-alike glued to its edge is its first or last digit, common in prose or not (是舊陸似 兒衫40…, …4玲8是).
    /// </summary>
    private const int DisguisingNumerals = 2;

    /// <summary>
    /// Round 40: a run holding at least this many sound-alikes rare in prose is disguised on purpose as well (菱酒山巴-依舞七-兒酒思,
    /// set U40): it takes a common one glued to its edge where that makes it a whole value. Three, so a stray rare one or two
    /// beside real digits is not.
    /// </summary>
    private const int DisguisingSoundAlikes = 3;

    /// <summary>An ID's or certificate's digits after its letter.</summary>
    private const int IdDigits = 9;

    /// <summary>An American Express card's digits: a run of them from 34 or 37 is whole, not a sixteen-digit card one short.</summary>
    private const int AmexDigits = 15;

    /// <summary>
    /// The text with every run of sound-alike digits rewritten as ASCII digits, and every letter reading that a whole ID's
    /// digits follow as its letter, and every run beside a reversal note turned round (<see cref="ReversedRuns"/>), or null
    /// when it holds none of them (nothing is allocated).
    /// </summary>
    public static HomophoneReading? Read(string text)
    {
        var span = text.AsSpan();
        char[]? rewritten = null;
        var letters = new LetterReadings.Reader(text);
        // Each reader keeps its own place, so each is shown exactly the characters its own search would stop at: a hit
        // before a reader's place (inside a run or reading it has read) is not shown to it again.
        int nextDigit = 0, nextLetter = 0, nextNote = 0;
        List<int>? notes = null, guarded = null, plateGroups = null;
        while (true)
        {
            int from = Math.Min(Math.Min(nextDigit, nextLetter), nextNote);
            if (from >= span.Length) break;
            int hit = SoundAlikesAndLetterReadings.IndexOfAny(span.Slice(from));
            if (hit < 0) break;
            int at = from + hit;
            if (at >= nextDigit) nextDigit = OpensRun(span[at]) ? ReadRunAt(text, at, ref rewritten, ref plateGroups) : at + 1;
            if (at >= nextLetter) nextLetter = LetterReadings.StartsReading(span[at]) ? letters.RewriteAt(at, ref rewritten) : at + 1;
            if (at >= nextNote) nextNote = NoteAt(span, at, ref notes);
        }
        // Round 41: letters described (英文字母第5個, 大寫的c) found at 母 and 寫 by a search of their own: two more Han characters
        // in the search above let more of every Chinese text through its vectorised filter (a tenth of prose's speed).
        for (int at = DescribedLetterRuns.IndexOfHanTrigger(span, 0); at >= 0; at = DescribedLetterRuns.IndexOfHanTrigger(span, at))
            at = DescribedLetterRuns.RewriteAt(text, at, ref rewritten, ref guarded);
        // And letters named in 注音 (ㄉㄧ, 「ㄟㄑ」那個字母, ㄅ-ㄇ-ㄒ …), searched apart: the symbols are no Han characters, and
        // rare enough that most texts are passed by one vectorised search for their block.
        for (int at = BopomofoLetters.IndexOfSymbol(span, 0); at >= 0; at = BopomofoLetters.IndexOfSymbol(span, at))
            at = DescribedLetterRuns.RewriteAt(text, at, ref rewritten, ref guarded);
        // And rows spelt with the alphabet's words (Kilo Juliett …, K（Kilo）…), found at their capitals — in a text with Chinese
        // in it, where the frames that name such rows are written (車號, 居留證, 可疑車輛): English prose is dense in capitals, and
        // a stop at each cost it a tenth of its speed (det-letters41); the chain reader still reads a row spelt there.
        if (CharSearch.IndexOfInRange(span, 0, CharFolding.FirstHan, CharFolding.LastHan) >= 0)
        {
            bool spelt = false;
            for (int at = AsciiChars.IndexOfUpper(span, 0); at >= 0; at = AsciiChars.IndexOfUpper(span, at))
            {
                bool row = DescribedLetterRuns.SpeltAt(span, at);
                spelt |= row;
                at = row ? DescribedLetterRuns.RewriteAt(text, at, ref rewritten, ref guarded) : at + 1;
            }
            // det-plates43: a plate's sound-alike digits after letters spelt so (Charlie/Papa/Victor _巴９巴酒) are read once the
            // letters stand in the copy; such rows are rare, so the sound-alikes are searched again only then.
            if (spelt) ReadPlatesAfterSpeltLetters(text, ref rewritten, ref plateGroups);
        }
        // Runs are turned round last, so the digits read from sound-alikes in them are turned round with them.
        List<(int Start, int End)>? reversed = null;
        if (notes is not null)
        {
            foreach (int note in notes)
            {
                DigitShiftNotes.RewriteAt(text, note, ref rewritten);
                ReversedRuns.RewriteAt(text, note, ref rewritten, ref reversed);
            }
        }
        return rewritten is null ? null : new HomophoneReading(text, new string(rewritten), Guarded(letters.Guarded, guarded), reversed, plateGroups);
    }

    // The starts of the readings that need an ID word to be letters: the one-character letter readings and the guarded descriptions.
    private static List<int>? Guarded(List<int>? readings, List<int>? descriptions)
    {
        if (readings is null) return descriptions;
        if (descriptions is not null) readings.AddRange(descriptions);
        return readings;
    }

    // The run at the hit as a whole value's (RewriteRunAt), else, where that rewrote nothing there, as a plate's digit group
    // (det-plates43: BML-6零無衣, 爸妻舞-VZ), its start kept in plateGroups so only a named plate keeps the reading.
    private static int ReadRunAt(string text, int hit, ref char[]? rewritten, ref List<int>? plateGroups)
    {
        int end = RewriteRunAt(text, hit, ref rewritten);
        if (rewritten is not null && rewritten[hit] != text[hit]) return end;
        // det-heard44: groups parted by a clause mark where the speaker paused (鈴寺，尔棲舞菱，韭鈴山依).
        int parted = ClausePartedSoundAlikes.RewriteAt(text, hit, ref rewritten);
        if (parted > hit) return parted;
        int plateEnd = SoundAlikePlateDigits.RewriteAt(text, hit, ref rewritten, out int guard);
        if (guard < 0) return end; // the search goes on where the run's reading would: a later hit may make a whole value
        (plateGroups ??= new List<int>()).Add(guard);
        return Math.Max(end, plateEnd);
    }

    private static void ReadPlatesAfterSpeltLetters(string text, ref char[]? rewritten, ref List<int>? plateGroups)
    {
        var span = text.AsSpan();
        for (int at = 0; at < span.Length;)
        {
            int hit = SoundAlikesAndLetterReadings.IndexOfAny(span.Slice(at));
            if (hit < 0) break;
            at += hit;
            if (DigitOf(span[at]) is null || rewritten is not null && rewritten[at] != span[at])
            {
                at++;
                continue;
            }
            at = SoundAlikePlateDigits.RewriteAt(text, at, ref rewritten, out int guard);
            if (guard >= 0) (plateGroups ??= new List<int>()).Add(guard);
        }
    }

    // Records a reversal note starting at the hit; returns where the search for the next one goes on.
    private static int NoteAt(ReadOnlySpan<char> text, int at, ref List<int>? notes)
    {
        int length = ReversalNotes.WordLengthAt(text, at);
        if (length == 0) length = DigitShiftNotes.LengthAt(text, at, out _); // round 41: 每一位數加一
        if (length == 0) return at + 1;
        (notes ??= new List<int>()).Add(at);
        return at + length;
    }

    // Rewrites the run of digits around the sound-alike at hit when its shape is a whole value's; returns where the search
    // for the next one goes on. A character a letter reading has rewritten keeps its letter (or filler): written before
    // or after the run, the reading wins, as it did when the readings were rewritten after all runs.
    private static int RewriteRunAt(string text, int hit, ref char[]? rewritten)
    {
        var span = text.AsSpan();
        if (!RunGoesOn(span, hit)) return hit + 1; // 中山路, 下午兩點: a word, not a run of digits
        int start = RunStart(span, hit);
        bool labelled = AfterPhoneLabel(span, start);
        int end = RunEnd(span, start, trailingCommon: 0, labelled, out bool qualifies, out int numerals, out int digits, out int rare);
        // det-a47 (set U56: A醫01死3394而): an ID's digits one short after its letter take a common one glued to their end
        // too; the checksum decides.
        if ((numerals >= DisguisingNumerals || rare >= DisguisingSoundAlikes || digits == IdDigits - 1 && IsLetter(span, start - 1)) && !IsWhole(span, start, digits))
        {
            // Round 39: a value disguised with numerals and one digit short takes a common sound-alike glued to either edge
            // (是舊陸似…, …4玲8是); before a 0 it is no digit (電話是靈九…: a phone starts with 0).
            int from = GluedCommonBefore(span, start) && (!StartsWithZero(span, start) || IsLetter(span, start - 2)) ? start - 1 : start;
            int extendedEnd = RunEnd(span, from, trailingCommon: 1, labelled, out bool extended, out _, out int extendedDigits, out _);
            // Round 40: disguised by rare sound-alikes alone, the run takes it only where that makes it whole (…兒酒思: ten
            // from a 0); a run of another length (886 9…, a foreign number) keeps a 是 or 路 beside it a word, and so does one of
            // fifteen from 34 or 37, an American Express card whole (是傘似酒留…, 已掛失傘棲…).
            bool whole = numerals >= DisguisingNumerals || !IsAmex(span, start, digits) && IsWhole(span, from, extendedDigits);
            if (extended && whole && (from < start || extendedEnd > end))
            {
                (start, end, qualifies) = (from, extendedEnd, true);
            }
            else if (TwoCommonMakeWhole(span, start, digits, out int twoEnd))
            {
                (end, qualifies) = (twoEnd, true);
            }
        }
        if (qualifies)
        {
            rewritten ??= text.ToCharArray();
            for (int k = start; k < end; k++)
            {
                if (SoundAlikeTable.DigitOf(span[k]) is char digit && rewritten[k] == span[k]) rewritten[k] = digit;
                else if (NumberWords.ZhuyinDigitAt(span, k, out char said) is int length and > 0)
                {
                    // det-a47: a 注音 syllable (ㄌㄧㄥˊ) is its digit, the rest of it fillers, as a letter reading's
                    rewritten[k] = said;
                    for (int f = k + 1; f < k + length; f++) rewritten[f] = LetterReadings.Filler;
                    k += length - 1;
                }
            }
        }
        return Math.Max(end, hit + 1);
    }

    // Round 41 (set U42: 苓酒戚依•柳散衣•菱私悟): a disguised run two digits short takes the two common sound-alikes glued after
    // it where they make it whole (ten from a 0, nine after a letter) — only then: 私悟 after a run of another length are words.
    private static bool TwoCommonMakeWhole(ReadOnlySpan<char> text, int start, int digits, out int end)
    {
        end = RunEnd(text, start, trailingCommon: 2, afterPhoneLabel: false, out bool qualifies, out _, out int twoDigits, out _);
        return qualifies && twoDigits == digits + 2 && !IsAmex(text, start, digits) && IsWhole(text, start, twoDigits);
    }

    // A phone label (電話, 家裡電話, 市話…) right before the run, a blank or colon between.
    internal static bool AfterPhoneLabel(ReadOnlySpan<char> text, int start) =>
        ContextScorer.IsLabelledImmediately(text, start, PhoneWords.LocalLabelsByLastChar);

    // A sound-alike rare in prose, or a numeral rare in prose (round 39).
    private static bool OpensRun(char c) => DigitOf(c) is not null || RareNumerals.IndexOf(c) >= 0;

    /// <summary>
    /// The digit a sound-alike character rare in prose stands for, or null (a common one, 是 or 路, is read only inside a
    /// run, never from its own hit).
    /// </summary>
    public static char? DigitOf(char c) => SoundAlikeTable.IsCommonInProse(c) ? null : SoundAlikeTable.DigitOf(c);

    // Whether a digit or a value's separator stands right before or after the hit: a run of eight digits has one. A
    // sound-alike common in prose beside it does not count (老師是山…: prose is full of them, and the walk would follow).
    // Round 39: beside a numeral rare in prose (洞而…), a common one counts: the run's other characters then decide.
    private static bool RunGoesOn(ReadOnlySpan<char> text, int hit) =>
        hit > 0 && (IsDigitNotCommon(text[hit - 1]) || IsGap(text[hit - 1]) || hit > 1 && StyledDigitAt(text, hit - 2) || ZhuyinEndsAt(text, hit) > 0)
        || ZhuyinDigitLength(text, hit + 1) > 0
        || hit + 1 < text.Length && (IsDigitNotCommon(text[hit + 1]) || IsGap(text[hit + 1]) || StyledDigitAt(text, hit + 1))
        || RareNumerals.IndexOf(text[hit]) >= 0 && (hit > 0 && IsDigit(text[hit - 1]) || hit + 1 < text.Length && IsDigit(text[hit + 1]));

    private static bool IsDigitNotCommon(char c) => IsDigit(c) && !SoundAlikeTable.IsCommonInProse(c);

    // Whether a styled digit outside the BMP (𝟒 𝟘 𑁦) starts at k.
    private static bool StyledDigitAt(ReadOnlySpan<char> text, int k) =>
        k + 1 < text.Length && CharFolding.TryFoldSupplementary(text[k], text[k + 1], out var styled) && styled.Kind == CharKind.Digit;

    // Walks back over digits and short gaps (bounded by MaxDigits digits) to where the run starts.
    internal static int RunStart(ReadOnlySpan<char> text, int hit)
    {
        int start = hit, gap = 0, digits = 1;
        var marks = new RepeatedGroupMark();
        for (int k = hit - 1; k >= 0 && digits <= MaxDigits; k--)
        {
            if (k > 0 && StyledDigitAt(text, k - 1)) k--; // 𝟒 依: both halves of a styled digit, the walk at its first
            if (ZhuyinEndsAt(text, k + 1) is int syllable and > 0) k -= syllable - 1; // ㄌㄧㄥˊ九…: the walk at its first symbol
            if (IsDigit(text[k]) || StyledDigitAt(text, k) || ZhuyinDigitLength(text, k) > 0)
            {
                start = k;
                gap = 0;
                digits++;
            }
            else if ((IsGap(text[k]) || marks.Parts(text, k)) && ++gap <= MaxGap) continue;
            else break;
        }
        // 電話是靈酒…: a sound-alike common in prose never starts a run (the hit is a rare one, so this stops at it).
        while (start < hit && (!IsDigit(text[start]) && !StyledDigitAt(text, start) && ZhuyinDigitLength(text, start) == 0 || SoundAlikeTable.IsCommonInProse(text[start]))) start++;
        return start;
    }

    // A whole phone (ten digits from a 0), an ID's or certificate's digits after its glued letter, or a card's sixteen.
    private static bool IsWhole(ReadOnlySpan<char> text, int start, int digits) =>
        digits == 16 || digits == 10 && StartsWithZero(text, start) || digits == IdDigits && IsLetter(text, start - 1);

    private static bool StartsWithZero(ReadOnlySpan<char> text, int start) => DigitAt(text, start) == '0';

    private static char DigitAt(ReadOnlySpan<char> text, int at) =>
        NumberWords.ZhuyinDigitAt(text, at, out char said) > 0 ? said : SoundAlikeTable.DigitOf(text[at]) ?? CharFolding.Fold(text[at]).Value;

    // det-a47: the length of a 注音 digit syllable at k (ㄌㄧㄥˊ, ㄙˋ, ㄧ), or 0; one range test first, as most text holds none.
    private static int ZhuyinDigitLength(ReadOnlySpan<char> text, int k) =>
        (uint)k < (uint)text.Length && BopomofoLetters.IsSymbol(text[k]) ? NumberWords.ZhuyinDigitAt(text, k, out _) : 0;

    // det-a47: the length of a 注音 digit syllable that ends right before `end`, or 0 (its symbols and tone mark walked back).
    private static int ZhuyinEndsAt(ReadOnlySpan<char> text, int end)
    {
        if (end < 1 || end > text.Length || !BopomofoLetters.IsSymbol(text[end - 1]) && !BopomofoLetters.IsToneMark(text[end - 1])) return 0;
        int first = end - 1;
        while (first > 0 && end - first < MaxZhuyinSyllable && BopomofoLetters.IsSymbol(text[first - 1])) first--;
        return ZhuyinDigitLength(text, first) == end - first ? end - first : 0;
    }

    /// <summary>The longest 注音 digit syllable with its tone mark (ㄌㄧㄥˊ, ㄐㄧㄡˇ).</summary>
    private const int MaxZhuyinSyllable = 4;

    // Fifteen digits from 34 or 37 (its second digit the next one after any separators): an American Express card's.
    private static bool IsAmex(ReadOnlySpan<char> text, int start, int digits)
    {
        if (digits != AmexDigits || DigitAt(text, start) != '3') return false;
        int next = start + 1;
        while (next < text.Length && IsGap(text[next])) next++;
        return next < text.Length && DigitAt(text, next) is '4' or '7';
    }

    private static bool IsLetter(ReadOnlySpan<char> text, int at) => at >= 0 && CharFolding.Fold(text[at]).Kind == CharKind.Letter;

    /// <summary>
    /// The copula, common in prose and read for 4, stands at a value's edges as a verb far more often than as a digit
    /// (電話是八八六…, phone是…, …舊是被盜刷的卡, a cell's ;是…): taken at an edge only where the line starts or ends on its
    /// outer side, or a space or a label's colon stands there (卡號：是舊陸似…, …六拐是⏎).
    /// </summary>
    private const char Copula = '是';

    // A common sound-alike at an edge, the character on its outer side at `outside` (-1 or the text's end: none).
    internal static bool TakenAtEdge(ReadOnlySpan<char> text, int at, int outside) =>
        SoundAlikeTable.IsCommonInProse(text[at])
        && (text[at] != Copula || outside < 0 || outside >= text.Length || char.IsWhiteSpace(text[outside]) || text[outside] is ':' or '：');

    // A sound-alike common in prose right before the run, glued to it, with no digit before it (a letter may be: N而0兩…).
    private static bool GluedCommonBefore(ReadOnlySpan<char> text, int start) =>
        start > 0 && TakenAtEdge(text, start - 1, start - 2) && (start < 2 || !IsDigit(text[start - 2]));

    // Reads the run from its start: its end (after the last digit), and whether its shape is a whole value's. A sound-alike
    // common in prose counts only once another digit follows it, so none ends the run — unless trailingCommon (round 39:
    // a run disguised with numerals) is 1 and it is glued to the last digit, the one character there, or (round 41) it is 2
    // and two are glued there, the last with no digit after it. numerals: the Han
    // numerals among the run's digits (一 〇 兩 洞…), sound-alikes apart; rare: its sound-alikes rare in prose.
    private static int RunEnd(ReadOnlySpan<char> text, int start, int trailingCommon, bool afterPhoneLabel, out bool qualifies, out int numerals, out int digits, out int rare)
    {
        int end = start, gap = 0, soundAlikes = 0, common = 0, pendingCommon = 0;
        var marks = new RepeatedGroupMark();
        numerals = 0;
        digits = 0;
        for (int k = start; k < text.Length; k++)
        {
            char c = text[k];
            if (SoundAlikeTable.IsCommonInProse(c))
            {
                pendingCommon++;
                gap = 0;
            }
            else if (StyledDigitAt(text, k))
            {
                // det-words43 (set U46: ６爾疤𝟒依留𝟗衫…): a mathematical or other styled digit outside the BMP is a real digit of
                // the run, its two code units one character.
                digits += pendingCommon + 1;
                soundAlikes += pendingCommon;
                common += pendingCommon;
                pendingCommon = 0;
                end = k + 2;
                gap = 0;
                k++;
            }
            else if (ZhuyinDigitLength(text, k) is int syllable and > 0)
            {
                // det-a47 (set U56: ㄌㄧㄥˊ九吧1ㄙˋ3妻期久漆): a 注音 digit syllable counts as a rare sound-alike
                digits += pendingCommon + 1;
                soundAlikes += pendingCommon + 1;
                common += pendingCommon;
                pendingCommon = 0;
                end = k + syllable;
                gap = 0;
                k += syllable - 1;
            }
            else if (IsDigit(c))
            {
                digits += pendingCommon + 1;
                soundAlikes += pendingCommon + (DigitOf(c) is null ? 0 : 1);
                if (DigitOf(c) is null && CharFolding.IsHan(c)) numerals++;
                common += pendingCommon;
                pendingCommon = 0;
                end = k + 1;
                gap = 0;
            }
            else if (!(IsGap(c) || marks.Parts(text, k)) || ++gap > MaxGap) break;
        }
        rare = soundAlikes - common;
        int taken = CommonGluedAfter(text, end, trailingCommon);
        digits += taken;
        soundAlikes += taken;
        common += taken;
        end += taken;
        int atEdges = (DigitOf(text[start]) is null ? 0 : 1) + (digits > 1 && DigitOf(text[end - 1]) is not null ? 1 : 0);
        bool glued = start > 0 && CharFolding.Fold(text[start - 1]).Kind is CharKind.Letter or CharKind.Plus;
        bool mixed = soundAlikes < digits;
        // 期 12345678, 舊0912345678: a stray character beside a number that is whole in real digits is no digit of it.
        // Round 38 (categories of sets U33, U34): one glued to each end (靈91 234 567衣) is the number's first and last
        // digit, not two strays: the real digits alone are no whole value there.
        bool gluedAtBothEdges = atEdges == 2 && !IsGap(text[start + 1]) && !IsGap(text[end - 2]);
        // Round 39: in a run disguised with numerals (靈九陸七-9九幺-三八洞), one glued to an edge is a digit like the rest.
        bool gluedInDisguise = numerals >= DisguisingNumerals && end - start > 1 && !IsGap(text[start + 1]) && !IsGap(text[end - 2]);
        bool strayAtEdge = soundAlikes == atEdges && digits - soundAlikes >= MinDigits - 1 && !gluedAtBothEdges && !gluedInDisguise;
        bool wholeLength = digits >= MinDigits && (mixed || glued || digits >= MinSoundAlikeOnly)
            || afterPhoneLabel && digits >= LabelledLocalDigits;
        qualifies = soundAlikes > 0 && digits <= MaxDigits && !strayAtEdge && common * DigitsPerCommonSoundAlike <= digits && wholeLength;
        return end;
    }

    // Exactly `count` common sound-alikes, each taken at an edge, glued after the run's last digit and no digit after them:
    // count, else none.
    private static int CommonGluedAfter(ReadOnlySpan<char> text, int end, int count)
    {
        int n = 0;
        while (n < count && end + n < text.Length && TakenAtEdge(text, end + n, end + n + 1)) n++;
        return n == count && (end + n >= text.Length || !IsDigit(text[end + n])) ? count : 0;
    }

    internal static bool IsDigit(char c) => CharFolding.Fold(c).Kind == CharKind.Digit || SoundAlikeTable.DigitOf(c) is not null;

    // The separators of a value's groups; a clause mark (、，。) ends the run.
    internal static bool IsGap(char c)
    {
        var folded = CharFolding.Fold(c);
        return folded.Kind == CharKind.Separator && folded.Value is ' ' or '-' or '.' or '(' or ')' or '/' or '\u3000' or '\u00A0';
    }
}
