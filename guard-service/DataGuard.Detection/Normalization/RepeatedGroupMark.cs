namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 41 (categories of set U42): the one mark a writer repeats between the groups of a value written in sound-alikes
/// and numerals instead of a hyphen (苓酒戚依•柳散衣•菱私悟, K伊醫韭~衫午傘~伊散菱, C九苓八、五貳留、尔依悟, B貳吧五_肆烏９_９八５).
/// A run of <see cref="HomophoneDigits"/> reads on across such a mark only where it is the same kind each time (• and ∙
/// are two kinds: the writer cut one value with one mark), stands again one group away (typed once, it parts two values of a
/// list: 0958-201-374、苓酒…) and stands glued between two groups of at least two digits each,
/// so a list of single characters (依、爾、山) or a pause between two words (依舊、期間) stays prose. Whether the digits make
/// a value stays with the recognizers: the chain reader already reads these marks between real digits.
/// </summary>
internal struct RepeatedGroupMark
{
    // The folded form of the first odd mark the run crossed ('\0' before any): the kind the rest must repeat.
    private char _kind;

    /// <summary>Whether the mark at <paramref name="at"/> parts two groups of the run, the run's one kind of odd mark.</summary>
    public bool Parts(ReadOnlySpan<char> text, int at)
    {
        if (!IsOddMark(text[at]) || !GroupOfTwo(text, at - 2, at - 1) || !GroupOfTwo(text, at + 1, at + 2) || !Repeated(text, at)) return false;
        char kind = CharFolding.Fold(text[at]).Value;
        if (_kind == '\0') _kind = kind;
        return kind == _kind;
    }

    /// <summary>
    /// A mark typed between a value's groups that no format writes there: a bullet or middle dot (• ∙ · ‧), a tilde, an
    /// underscore, a star or arrow, the enumeration comma, a bar, a plus, an ellipsis. Not the hyphen, dot, slash, bracket or
    /// blank a value is written with (<see cref="HomophoneDigits.IsGap"/> reads those), and not a clause's full stop or comma.
    /// </summary>
    public static bool IsOddMark(char c)
    {
        if (c is '|' or '｜' or '…' || JoiningWords.IsMark(c)) return true;
        var folded = CharFolding.Fold(c);
        return folded.Kind == CharKind.Separator && !HomophoneDigits.IsGap(c)
            && folded.Value is not ('\t' or '\u3002' or '\uFF0C' or '\uFF61') && !char.IsSurrogate(c);
    }

    /// <summary>The farthest the same mark stands from this one in a value cut by it: a card's group of four and the mark.</summary>
    private const int GroupReach = 5;

    // The same mark again one group away, before or after: a mark typed once (0958-201-374、苓酒… — a list of two numbers,
    // the enumeration comma between them) parts two values, not one value's groups.
    private static bool Repeated(ReadOnlySpan<char> text, int at) =>
        JoiningWords.SameMarkOnLine(text, at, -1, GroupReach, gluedOnly: false) || JoiningWords.SameMarkOnLine(text, at, 1, GroupReach, gluedOnly: false);

    private static bool GroupOfTwo(ReadOnlySpan<char> text, int first, int second) =>
        first >= 0 && second < text.Length && HomophoneDigits.IsDigit(text[first]) && HomophoneDigits.IsDigit(text[second]);
}
