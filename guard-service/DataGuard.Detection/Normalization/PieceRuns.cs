namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 43 (det-pieces43): the runs of letters and digits in running text that may be a piece of a value given apart — in
/// any numeral the piece fold reads (<see cref="PieceCharacters"/>), a blank or a hyphen inside — told from the numbers a
/// text holds for other reasons: a count or an amount glued to its unit (23個, 680萬, 三行), an ordinal (第三), a time, a
/// date or a decimal written with : / . or , between digits (10:03, 2026/10/28, 0.59), a lone numeral of the prose
/// (兩, 一 alone), an English word (LINE) or a letter glued to a word (帽T).
/// </summary>
internal static class PieceRuns
{
    /// <summary>
    /// Fewest characters of a run written all in Chinese numerals or sound-alikes: one alone is a word of the prose (兩, 一);
    /// two or more not glued to a word (〇九，) are a piece.
    /// </summary>
    private const int MinWide = 2;

    /// <summary>Most letters of a run of letters alone: more make an English word.</summary>
    private const int MaxLetters = 3;

    /// <summary>
    /// The length of the run of piece characters at <paramref name="at"/> (up to <paramref name="limit"/>), 0 where none
    /// starts there; <paramref name="isPiece"/> says whether it may be a piece.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int at, int limit, out bool isPiece)
    {
        isPiece = false;
        // A sound-alike common in prose (是, 路) at either edge is a word of the sentence (前面是 〇九六…), not a digit.
        if (SoundAlikeTable.IsCommonInProse(text[at])) return 0;
        int end = at, strongEnd = at, letters = 0, count = 0, wide = 0;
        while (end < limit)
        {
            char c = text[end];
            if (IsPartOfRun(c))
            {
                var kind = CharFolding.Fold(c).Kind;
                if (kind == CharKind.Letter && c < '\u3000') letters++;
                if (IsWide(c)) wide++;
                count++;
                end++;
                if (!SoundAlikeTable.IsCommonInProse(c)) strongEnd = end;
            }
            // One blank or hyphen between two piece characters keeps the run (6258 8291, 0912-345).
            else if (end > at && c is ' ' or '\u3000' or '-' && end + 1 < limit && IsPartOfRun(text[end + 1])) end++;
            else break;
        }
        if (count == 0) return 0;
        count -= CommonAtEnd(text, strongEnd, end, ref wide);
        end = strongEnd;
        isPiece = MayBePiece(text, at, end, count, letters, wide);
        return end - at;
    }

    // How many sound-alikes common in prose end the run after its last other character.
    private static int CommonAtEnd(ReadOnlySpan<char> text, int strongEnd, int end, ref int wide)
    {
        int common = 0;
        for (int k = strongEnd; k < end; k++) if (SoundAlikeTable.IsCommonInProse(text[k])) common++;
        wide -= common;
        return common;
    }

    private static bool IsPartOfRun(char c) => !CharFolding.IsHyphen(c) && PieceCharacters.IsPieceCharacter(c);

    private static bool IsWide(char c) => CharFolding.IsHan(c) || c == '〇';

    private static bool MayBePiece(ReadOnlySpan<char> text, int start, int end, int count, int letters, int wide)
    {
        char before = start > 0 ? text[start - 1] : '\n', after = end < text.Length ? text[end] : '\n';
        if (wide == count && count < MinWide) return false;
        if (letters == count && (count > MaxLetters || CharFolding.IsHan(before))) return false;
        if (count == 1 && letters == 0) return false;
        if (CharFolding.IsHan(after) || before == '第') return false;
        return !IsNumberMark(after, end + 1 < text.Length ? text[end + 1] : '\n') && !IsNumberMark(before, start >= 2 ? text[start - 2] : '\n');
    }

    // A time's colon, a date's slash, a decimal point or a thousands comma between this run and another digit.
    private static bool IsNumberMark(char mark, char beyond) => mark is ':' or '/' or '.' or ',' && beyond is >= '0' and <= '9';
}
