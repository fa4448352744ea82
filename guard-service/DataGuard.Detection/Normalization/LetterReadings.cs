using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 32 (categories of sets U23, U24): the area letter of a national ID or 2021 resident certificate written as the
/// Chinese syllables people read an English letter with (替 for T, 艾姆 for M, 欸取 for H), followed by its nine digits in
/// any form (替138402756, 艾福二二…, 滋 9 3 6…). A reading is a letter only where a whole value follows it — nine digits
/// and nothing glued after them, nothing glued before it — and only as the letter whose checksum the nine digits
/// validate: a reading names a letter up to the checksum (威 is V or W), and a word before nine digits passes it one
/// time in ten. Glued after a Chinese word it is a letter only after an ID's label or where the text states its key
/// (往西…, 代替… are words). A reading of one character is an ordinary word as well (西, 替, 開), so
/// <see cref="HomophoneReading.Merge"/> keeps it only with an ID word around it, or where the text says its letters
/// are read out (英文字母的念法, 字母我用中文念).
/// </summary>
internal static class LetterReadings
{
    /// <summary>
    /// The English letter names (A "ay", B "bee" … Z "zee": the letter names of the English alphabet) in the characters
    /// Taiwan writers spell them with, as listed by the common zh readings tables (e.g. "26個英文字母的標準拼音拼讀對照",
    /// https://www.2345lzwz.cn/read-834728.html) and written in sets U23 and U24; each reading with every letter it
    /// may stand for. Left out: the very common words 為 機 外 提 開 阿, which would make every line of prose a hit.
    /// </summary>
    private static readonly (string Reading, string Letters)[] Table =
    {
        ("欸", "AH"), ("誒", "A"),
        ("逼", "B"), ("比", "B"),
        ("西", "C"), ("希", "C"),
        ("迪", "D"), ("低", "D"), ("弟", "D"),
        ("伊", "E"), ("衣", "E"), ("依", "E"),
        ("艾福", "F"), ("欸福", "F"), ("艾夫", "F"), ("欸夫", "F"),
        ("吉", "G"), ("基", "G"), ("居", "G"),
        ("欸取", "H"), ("艾取", "H"), ("欸曲", "H"), ("艾曲", "H"), ("艾吃", "H"), ("欸吃", "H"), ("艾秋", "H"),
        ("愛", "I"), ("哀", "I"), ("艾", "I"),
        ("傑", "J"), ("杰", "J"), ("街", "J"),
        ("凱", "K"), ("克", "K"),
        ("欸樓", "L"), ("艾樓", "L"), ("欸摟", "L"), ("艾勒", "L"), ("欸囉", "L"),
        ("艾姆", "M"), ("欸姆", "M"), ("愛姆", "M"),
        ("恩", "N"), ("嗯", "N"),
        ("歐", "O"), ("喔", "O"),
        ("批", "P"), ("匹", "P"), ("皮", "P"),
        ("丘", "Q"), ("秋", "Q"),
        ("阿爾", "R"), ("啊爾", "R"), ("阿兒", "R"),
        ("艾斯", "S"), ("欸斯", "S"), ("愛死", "S"),
        ("替", "T"), ("踢", "T"), ("梯", "T"),
        ("優", "U"), ("幽", "U"), ("尤", "U"),
        ("威", "VW"), ("維", "V"), ("薇", "V"),
        ("達布溜", "W"), ("打不溜", "W"), ("達不溜", "W"), ("搭布溜", "W"),
        ("艾克斯", "X"), ("欸克斯", "X"), ("埃克斯", "X"), ("愛克斯", "X"),
        ("歪", "Y"),
        ("滋", "Z"), ("茲", "Z"), ("資", "Z"), ("賊", "Z"),
    };

    /// <summary>What stands for the second and later characters of a reading in the rewritten text: read as nothing.</summary>
    internal const char Filler = '\u200B';

    /// <summary>Words by which the text says its letters are read out: every reading in it is a letter's.</summary>
    private const string StatedKey = "字母";

    private const int DigitsAfterLetter = 9;

    private static readonly CharSearch FirstChars = new(FirstCharacters());

    /// <summary>Whether a reading starts with <paramref name="c"/>: where <see cref="Reader.RewriteAt"/> has anything to compare.</summary>
    public static bool StartsReading(char c) => FirstChars.Contains(c);

    /// <summary>
    /// The letter readings of one text, rewritten one hit at a time as <see cref="HomophoneDigits.Read"/>'s search finds
    /// their first characters (one search for both readers). Holds what a text needs asked once: whether it states its key,
    /// and the readings of one character to guard.
    /// </summary>
    public struct Reader
    {
        private readonly string _text;
        private bool? _keyStated;

        public Reader(string text)
        {
            _text = text;
            _keyStated = null;
            Guarded = null;
        }

        /// <summary>The first character of each one-character reading rewritten where the text states no key, or null.</summary>
        public List<int>? Guarded { get; private set; }

        /// <summary>
        /// Rewrites the reading at <paramref name="i"/> (a character <see cref="StartsReading"/>) when a whole ID's or
        /// certificate's digits follow it, as the letter the checksum picks (and its sound-alike digits as digits), in
        /// <paramref name="rewritten"/> (a copy of the text, made on the first reading); returns where the search for the
        /// next reading goes on.
        /// </summary>
        public int RewriteAt(int i, ref char[]? rewritten)
        {
            var span = _text.AsSpan();
            int end = TryRead(span, i, out char letter, out int readingLength, out bool glued);
            if (end >= 0 && (glued || readingLength == 1)) _keyStated ??= span.IndexOf(StatedKey.AsSpan(), StringComparison.Ordinal) >= 0;
            if (end < 0 || glued && _keyStated == false) return i + 1;
            rewritten ??= _text.ToCharArray();
            rewritten[i] = letter;
            for (int k = i + 1; k < i + readingLength; k++) rewritten[k] = Filler;
            for (int k = i + readingLength; k < end; k++)
            {
                if (HomophoneDigits.DigitOf(span[k]) is char digit) rewritten[k] = digit;
            }
            if (readingLength == 1 && _keyStated == false) (Guarded ??= new List<int>()).Add(i);
            return end;
        }
    }

    // The end of the value a reading at i starts (and its letter), or -1: the longest reading there whose letter the
    // nine digits after it validate. Glued after a word that is no label (經查伊…), it is a letter only where the text
    // states its key.
    private static int TryRead(ReadOnlySpan<char> text, int i, out char letter, out int readingLength, out bool glued)
    {
        letter = '\0';
        readingLength = 0;
        glued = false;
        if (!DigitFollows(text, i) || i > 0 && CharFolding.IsAlphanumeric(text[i - 1])) return -1;
        Span<char> digits = stackalloc char[DigitsAfterLetter];
        foreach (var (reading, letters) in Table)
        {
            if (reading.Length <= readingLength || !text.Slice(i).StartsWith(reading.AsSpan(), StringComparison.Ordinal)) continue;
            int end = ReadDigits(text, i + reading.Length, digits);
            if (end < 0 || digits[0] is not ('1' or '2' or '8' or '9')) continue;
            foreach (char candidate in letters)
            {
                if (!TaiwanIdChecksum.IsValid(TaiwanIdChecksum.LetterCode(candidate), digits[0] - '0', digits.Slice(1))) continue;
                letter = candidate;
                readingLength = reading.Length;
                glued = i > 0 && CharFolding.IsHan(text[i - 1]) && !AfterLabel(text, i);
                return end;
            }
        }
        return -1;
    }

    /// <summary>The most characters between a reading's first character and its first digit: a reading's three and a gap's two.</summary>
    private const int MaxDigitDistance = 5;

    // Whether a digit in any form follows soon after a hit: in prose (比較, 資料, 基本) none does, and the hit is passed
    // in a few table reads instead of a comparison with every reading.
    private static bool DigitFollows(ReadOnlySpan<char> text, int i)
    {
        int last = Math.Min(text.Length - 1, i + MaxDigitDistance);
        for (int k = i + 1; k <= last; k++)
        {
            if (DigitValue(text[k]) != '\0') return true;
        }
        return false;
    }

    /// <summary>Words that may stand right before a reading, glued to it: what an ID's label and a stated key end with.</summary>
    private static readonly string[] GluedBefore =
    {
        "身分證", "身份證", "字號", "證號", "編號", "號碼", "統一證號", "居留證", "念", "唸", "念法",
    };

    // A Chinese character glued before a reading belongs to an ID's label or the words that state the key, optionally
    // followed by 是 or 為 (身分證字號是艾姆…, 字母我用中文念西…); any other word before it (往西, 代替) makes it no reading.
    private static bool AfterLabel(ReadOnlySpan<char> text, int i)
    {
        var before = text.Slice(0, i);
        if (before[before.Length - 1] is '是' or '為') before = before.Slice(0, before.Length - 1);
        return WordLists.EndsWithAny(before, GluedBefore);
    }

    /// <summary>
    /// Reads exactly as many digits as <paramref name="digits"/> holds (ASCII, numerals, sound-alikes) from
    /// <paramref name="start"/>, with at most a value's short gaps between them and nothing glued after them; returns the
    /// end after the last one, or -1. Round 37: shared with the letter stated apart (<c>StatedLetterRecognizer</c>).
    /// </summary>
    internal static int ReadDigits(ReadOnlySpan<char> text, int start, Span<char> digits)
    {
        int count = 0, gap = 0, k = start, end = -1;
        for (; k < text.Length; k++)
        {
            char c = text[k];
            char digit = DigitValue(c);
            if (digit != '\0')
            {
                if (count == digits.Length)
                {
                    if (gap == 0) return -1; // a tenth digit glued on: a longer number
                    break;
                }
                digits[count++] = digit;
                gap = 0;
                end = k + 1;
            }
            else if (HomophoneDigits.IsGap(c) && ++gap <= HomophoneDigits.MaxGap) continue;
            else break;
        }
        if (count < digits.Length) return -1;
        return end < text.Length && CharFolding.KindOf(text[end]) == CharKind.Letter ? -1 : end;
    }

    /// <summary>The digit <paramref name="c"/> is read as: any form the fold reads, or a sound-alike; '\0' for none.</summary>
    internal static char DigitValue(char c)
    {
        var folded = CharFolding.Fold(c);
        if (folded.Kind == CharKind.Digit) return folded.Value;
        return HomophoneDigits.DigitOf(c) ?? '\0';
    }

    /// <summary>The first character of every reading, once each.</summary>
    public static string FirstCharacters()
    {
        var chars = new System.Text.StringBuilder();
        foreach (var (reading, _) in Table)
        {
            if (chars.ToString().IndexOf(reading[0]) < 0) chars.Append(reading[0]);
        }
        return chars.ToString();
    }
}
