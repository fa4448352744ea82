namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 43 (det-pieces43, set U46): a value hidden as the first characters of consecutive lines (an acrostic, 藏頭) where
/// the text says so (藏頭是電話, 每行第一個字, 句首): the initials of the lines after that sentence, in any numeral the piece
/// fold reads, are joined as one number of any type — the join's validator deciding (a poem's initials are no phone). Only
/// the initials give way to the value; the rest of each line is read as it is.
/// </summary>
internal static class LineInitials
{
    /// <summary>Words saying the lines' first characters spell something.</summary>
    private static readonly string[] Words = { "藏頭", "行首", "句首", "首字", "第一個字" };

    private static readonly char[] Triggers = { '藏', '首', '第' };

    /// <summary>Most lines read, and fewest initials joined (a 2+2 plate).</summary>
    private const int MaxLines = 20, MinInitials = 4;

    /// <summary>How far after the word the lines may start (the rest of its sentence).</summary>
    private const int Reach = 60;

    /// <summary>A join of the initials of the lines after each such word in <paramref name="text"/>.</summary>
    public static void AddFrames(string text, ref List<GivenPieces>? found)
    {
        for (int i = text.IndexOfAny(Triggers); i >= 0; i = text.IndexOfAny(Triggers, i + 1))
        {
            if (WordLists.LengthAtAny(text.AsSpan(), i, Words) is not (int length and > 0)) continue;
            int lineBreak = text.IndexOf('\n', i + length);
            if (lineBreak < 0 || lineBreak - i > Reach) continue;
            AddInitials(text, lineBreak + 1, ref found);
        }
    }

    // The initials of the lines from `from` on, up to the first line that starts with no piece character; each prefix of
    // MinInitials or more joined (the value may end before the poem does). The lines are counted on the stack first: a
    // sentence such as 第一個字是英文字母的念法 followed by prose allocates nothing (hard negatives scan without allocating).
    private static void AddInitials(string text, int from, ref List<GivenPieces>? found)
    {
        Span<(int Start, int End)> spans = stackalloc (int, int)[MaxLines];
        int count = 0;
        for (int line = from; line < text.Length && count < MaxLines; )
        {
            int first = Blanks.Skip(text.AsSpan(), line);
            if (first >= text.Length || !PieceCharacters.IsPieceCharacter(text[first]) || CharFolding.IsHyphen(text[first])) break;
            spans[count++] = (first, first + 1);
            int next = text.IndexOf('\n', first);
            if (next < 0) break;
            line = next + 1;
        }
        if (count < MinInitials) return;
        var joined = new System.Text.StringBuilder();
        for (int k = 0; k < count; k++)
        {
            if (PieceCharacters.Append(text.AsSpan(spans[k].Start, 1), joined) <= 0) return;
            if (k + 1 < MinInitials) continue;
            (found ??= new List<GivenPieces>()).Add(new GivenPieces("號碼", AskedValues.AnyPersonal, typeAsked: false, joined.ToString(), k + 1,
                spans[0].Start, spans[k].End, pieceSpans: spans.Slice(0, k + 1).ToArray()));
        }
    }
}
