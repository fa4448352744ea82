using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Two vehicles of a collision written as a pair ([肇事] KRW-5183 vs RD-27053, RDW 8155 VS KT-五二七八): a value paired by vs
/// with a token in a plate's shape on the other side is the other vehicle's plate (round 26, sets U11 and U12).
/// </summary>
internal static class CollisionPair
{
    /// <summary>Brackets and quotes that may close or open around the value beside the pair's word.</summary>
    private const string Brackets = "()[]{}<>\"'（）「」";

    /// <summary>How far a plate-shaped token on the other side may reach, spaces inside it included.</summary>
    private const int TokenReach = 10;

    /// <summary>Words of a collision that open the pair's line ([肇事], 事故, 擦撞…): "AB-123 vs CD-456" alone compares two products.</summary>
    private static readonly string[] CollisionWords = { "肇事", "事故", "碰撞", "擦撞", "追撞", "車禍", "collision", "crash", "accident" };

    /// <summary>How far back on its line the collision word is looked for.</summary>
    private const int LineReach = 48;

    // Whether " vs " (any case, with or without its dot) stands right before start or right after end, a plate-shaped
    // token beyond it, and a collision word earlier on the line.
    internal static bool PairsWithPlate(ReadOnlySpan<char> text, int start, int end) => PairedBySides(text, start, end) && NamesCollision(text, start);

    private static bool NamesCollision(ReadOnlySpan<char> text, int start)
    {
        var line = text.Slice(Math.Max(0, start - LineReach), Math.Min(LineReach, start));
        int lineBreak = line.LastIndexOf('\n');
        if (lineBreak >= 0) line = line.Slice(lineBreak + 1);
        foreach (var word in CollisionWords) if (line.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0) return true;
        return false;
    }

    private static bool PairedBySides(ReadOnlySpan<char> text, int start, int end)
    {
        int before = VersusBefore(text, start);
        if (before > 0 && IsPlateShaped(text.Slice(Math.Max(0, before - TokenReach), Math.Min(TokenReach, before)), fromEnd: true)) return true;
        int after = VersusAfter(text, end);
        return after > 0 && IsPlateShaped(text.Slice(after, Math.Min(TokenReach, text.Length - after)), fromEnd: false);
    }

    // The end of the token before " vs " that ends right before start, or -1.
    private static int VersusBefore(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        if (i > 0 && Brackets.IndexOf(text[i - 1]) >= 0) i--; // (vs (RD-27053), vs "RD-27053")
        if (i < 1 || text[i - 1] != ' ') return -1;
        i--;
        if (i > 0 && text[i - 1] == '.') i--;
        if (i < 3 || (text[i - 1] | 0x20) != 's' || (text[i - 2] | 0x20) != 'v' || text[i - 3] != ' ') return -1;
        return i - 3;
    }

    // The start of the token after " vs " that starts right after end, or -1.
    private static int VersusAfter(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        if (i < text.Length && Brackets.IndexOf(text[i]) >= 0) i++;
        if (i + 4 > text.Length || text[i] != ' ' || (text[i + 1] | 0x20) != 'v' || (text[i + 2] | 0x20) != 's') return -1;
        i += 3;
        if (i < text.Length && text[i] == '.') i++;
        return i < text.Length && text[i] == ' ' ? i + 1 : -1;
    }

    // Letters and digits (ASCII, full width or numerals) of a plate beside the pair's word: two or three letters and at least
    // three digits, in either order, one separator at most between the groups (RD-27053, RDW 8155, 5827-KT).
    private static bool IsPlateShaped(ReadOnlySpan<char> side, bool fromEnd)
    {
        int letters = 0, digits = 0, separators = 0, groups = 0;
        var last = CharKind.Separator;
        for (int k = 0; k < side.Length; k++)
        {
            var kind = CharFolding.Fold(side[fromEnd ? side.Length - 1 - k : k]).Kind;
            if (kind is not (CharKind.Letter or CharKind.Digit))
            {
                if (groups == 0 || ++separators > 1 || side[fromEnd ? side.Length - 1 - k : k] is not (' ' or '-' or '.' or '\u2010' or '\u2011' or '\u2013' or '\uFF0D')) break;
                last = CharKind.Separator;
                continue;
            }
            if (kind != last) groups++;
            if (groups > 2) return false;
            if (kind == CharKind.Letter) letters++; else digits++;
            last = kind;
        }
        return groups == 2 && letters is 2 or 3 && digits is >= 3 and <= 5;
    }
}
