using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// An ID-shaped run inside a code token (an API key, a session id, a constant name: "TOKEN_X…_QWERTY", "…4821RqT7x"):
/// one in ten letter-and-nine-digit runs passes the checksum by chance, and a token is no person's number. A side is read
/// as code when it holds a short digit group among letters, capitals no name is written in (a capital run into small
/// letters, a capital ending a mixed-case word) or an upper-case or alphanumeric word joined by an underscore. A side that
/// meets the value at a digit is a glued cell (another ID, a phone, a date), and Latin names (Wang, chen, XiaoMing,
/// scan_…_front) are left as <see cref="GluedNames"/> reads them; an ID word before the token (idNo, 身分證) keeps it.
/// </summary>
internal static class CodeToken
{
    /// <summary>Digits a glued value has at least (a date cell, a phone, an ID's serial): fewer among letters are a token's.</summary>
    private const int ValueDigits = 8;

    /// <summary>How far before the token an ID word names it.</summary>
    private const int LabelReach = 24;

    /// <summary>How far before the token a credential's word names it (var key = ", apiKey: , Bearer ).</summary>
    private const int CredentialReach = 16;

    // Words that name a token, not a person's number: a value glued to letters after them is the token's, even when the
    // letters could be a name.
    private static readonly ContextWord[] CredentialLabels = ContextWord.All(new[]
    {
        "key", "apiKey", "api_key", "token", "secret", "Bearer", "session", "sessionId", "hash", "signature", "nonce",
        "password", "passwd", "金鑰", "密鑰", "權杖",
    });

    private static readonly ContextWord[] IdLabels = ContextWord.All(
        TaiwanIdContext.NationalIdWords.Concat(TaiwanIdContext.ResidentWords)
            .Concat(new[] { "id", "idNo", "id_no", "nationalId", "national_id", "pid", "uid" }).ToArray());

    /// <summary>Whether the ID or certificate at [<paramref name="start"/>, <paramref name="end"/>) sits inside a code token no ID word names.</summary>
    public static bool HoldsUnnamedId(ReadOnlySpan<char> text, int start, int end) =>
        Holds(text, start, end, out int left) && !ContextScorer.IsLabelled(text, left, IdLabels, LabelReach);

    /// <summary>Whether the value at [<paramref name="start"/>, <paramref name="end"/>) sits inside a code token.</summary>
    public static bool Holds(ReadOnlySpan<char> text, int start, int end) => Holds(text, start, end, out _);

    private static bool Holds(ReadOnlySpan<char> text, int start, int end, out int left)
    {
        int right = end;
        left = start;
        while (left > 0 && IsTokenChar(text[left - 1])) left--;
        while (right < text.Length && IsTokenChar(text[right])) right++;
        if (left == start && right == end) return false;
        bool gluedBefore = left < start && !char.IsDigit(text[start - 1]);
        bool gluedAfter = right > end && !char.IsDigit(text[end]) && !GluedCells.ValueAt(text, end);
        return gluedBefore && IsCode(text.Slice(left, start - left)) || gluedAfter && IsCode(text.Slice(end, right - end))
               || (gluedBefore || gluedAfter) && ContextScorer.IsLabelled(text, left, CredentialLabels, CredentialReach);
    }

    private static bool IsCode(ReadOnlySpan<char> side)
    {
        foreach (var word in new WordReader(side))
            if (HasShortDigitGroup(word) || HasOddCapitals(word) || word.Length < side.Length && IsCodeWord(word)) return true;
        return false;
    }

    // A group of one to seven digits next to a letter ("J0", "I3P"): a glued value has more.
    private static bool HasShortDigitGroup(ReadOnlySpan<char> word)
    {
        bool letters = false;
        for (int i = 0; i < word.Length;)
        {
            if (!char.IsDigit(word[i])) { letters = true; i++; continue; }
            int from = i;
            while (i < word.Length && char.IsDigit(word[i])) i++;
            if (i - from < ValueDigits && (letters || i < word.Length)) return true;
        }
        return false;
    }

    // "DfBGEHm", "IhSqFbaH": names are written Capital-small words (XiaoMing, DeLaCruz) or all in one case.
    private static bool HasOddCapitals(ReadOnlySpan<char> word)
    {
        bool small = false, upper = false;
        foreach (var c in word) { small |= char.IsLower(c); upper |= char.IsUpper(c); }
        if (!small || !upper) return false;
        for (int i = 0; i + 1 < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsUpper(word[i + 1])) return true;
        return word.Length > 1 && char.IsUpper(word[word.Length - 1]) && char.IsLower(word[word.Length - 2]);
    }

    // A word joined by an underscore in upper case or with digits ("TOKEN_", "_QWERTY", "_v2"): a constant's, not a name's.
    private static bool IsCodeWord(ReadOnlySpan<char> word)
    {
        bool upper = true, digit = false;
        foreach (var c in word) { upper &= !char.IsLower(c); digit |= char.IsDigit(c); }
        return word.Length >= 2 && upper || digit;
    }

    // Letters and digits of ASCII, of the Latin alphabets names are written in and of their full-width forms, and
    // underscores; CJK ends a token.
    private static bool IsTokenChar(char c) =>
        c == '_' || char.IsLetterOrDigit(c) && c is <= '\u024F' or >= '\u1E00' and <= '\u1EFF' or >= '\uFF10' and <= '\uFF5A';

    /// <summary>The underscore-separated words of a token's side.</summary>
    private ref struct WordReader
    {
        private ReadOnlySpan<char> rest;

        public WordReader(ReadOnlySpan<char> side) { rest = side; Current = default; }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordReader GetEnumerator() => this;

        public bool MoveNext()
        {
            while (!rest.IsEmpty && rest[0] == '_') rest = rest.Slice(1);
            if (rest.IsEmpty) return false;
            int end = rest.IndexOf('_');
            if (end < 0) end = rest.Length;
            Current = rest.Slice(0, end);
            rest = rest.Slice(end);
            return true;
        }
    }
}
