namespace DataGuard.Detection.Normalization;

/// <summary>
/// A value's last character corrected in words right after it: "J1…3 更正：尾數1", "…919 啊不是，最後一碼4", "…9971 不對，最後是
/// 2", "…3315（打錯，末碼是7）", "… correction: last digit 9". The writer typed a wrong last character and said which is
/// right, so the value to screen is the corrected one (its checksum or Luhn digit holds only then). The scanner asks
/// here only about a chain no recognizer took at full score, and offers the recognizers the corrected chain.
/// Round 36 (categories of sets U29, U30).
/// </summary>
internal static class StatedCorrections
{
    /// <summary>Words saying that what was written is wrong; longest first.</summary>
    private static readonly string[] Openers =
    {
        "啊不是", "打錯了", "不對", "不是", "更正", "打錯", "錯了", "改正", "修正", "correction", "sorry", "typo",
    };

    /// <summary>Words naming the last character; longest first.</summary>
    private static readonly string[] LastPlaces =
    {
        "最後一個數字", "最後一位", "最後一碼", "最後一個", "最末碼", "最後", "尾數", "末碼", "末位", "尾碼",
        "the last digit", "last digit", "the last one", "last one",
    };

    /// <summary>Words between the place and the right character.</summary>
    private static readonly string[] Copulas = { "應該是", "應為", "改成", "改為", "是", "為", "：", ":", "should be", "is" };

    /// <summary>Blanks, brackets and pauses read between the value and the correction, and between its words.</summary>
    private const string Pauses = " \u3000（(，,：:、";

    /// <summary>Most pause characters read in a row.</summary>
    private const int MaxPause = 3;

    /// <summary>Whether a correction may start with <paramref name="c"/> after the value's pause (the first test).</summary>
    private static bool MayStartWith(char c) => c is '啊' or '打' or '不' or '更' or '錯' or '改' or '修' || (c | 0x20) is 'c' or 's' or 't';

    /// <summary>
    /// The right last character stated after a value that ends at <paramref name="end"/>, or '\0': an opener, a word for
    /// the last character, a copula, then one letter or digit standing alone.
    /// </summary>
    public static char LastCharacterAfter(ReadOnlySpan<char> text, int end)
    {
        int i = SkipPauses(text, end);
        if (i >= text.Length || !MayStartWith(text[i])) return '\0';
        i = After(text, i, Openers);
        if (i < 0) return '\0';
        i = After(text, SkipPauses(text, i), LastPlaces);
        if (i < 0) return '\0';
        int copula = After(text, Blanks.Skip(text, i), Copulas);
        i = Blanks.Skip(text, copula < 0 ? i : copula);
        if (i >= text.Length || !CharFolding.IsAlphanumeric(text[i])) return '\0';
        bool alone = i + 1 >= text.Length || !CharFolding.IsAlphanumeric(text[i + 1]);
        return alone ? char.ToUpperInvariant(CharFolding.Fold(text[i]).Value) : '\0';
    }

    /// <summary>
    /// Whether a correction may start after any end between <paramref name="from"/> and <paramref name="to"/>: one of its
    /// first characters stands within reach. Asked before every end of a chain is tried, since most chains have none.
    /// </summary>
    public static bool MayStartAfterAnyOf(ReadOnlySpan<char> text, int from, int to)
    {
        for (int i = from, last = Math.Min(text.Length, to + MaxPause + 1); i < last; i++)
        {
            if (MayStartWith(text[i])) return true;
        }
        return false;
    }

    // The index after the first of the words at i (either case), or -1.
    private static int After(ReadOnlySpan<char> text, int i, string[] words)
    {
        if (i >= text.Length) return -1;
        var rest = text.Slice(i);
        foreach (var word in words)
        {
            if (rest.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return i + word.Length;
        }
        return -1;
    }

    private static int SkipPauses(ReadOnlySpan<char> text, int i)
    {
        for (int n = 0; i < text.Length && n < MaxPause && Pauses.IndexOf(text[i]) >= 0; n++) i++;
        return i;
    }
}
