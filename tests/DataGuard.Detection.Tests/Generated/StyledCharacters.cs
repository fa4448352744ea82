using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 29 (categories of sets U17, U18): values whose characters are written in other forms — mathematical letters and
/// digits (𝟎𝟗𝟏𝟐, 𝐀, 𝔸𝟘, sans-serif, monospace), circled, parenthesised, full-stop and negative digits and letters
/// (① ⓪ ⑴ ⒈ ❶ ➀ Ⓐ ⓐ 🅐), superscript and subscript digits, the decimal digits of other scripts (Arabic-Indic,
/// Extended Arabic-Indic, Devanagari, Thai and others), HTML references and percent escapes mixed with plain
/// characters, and Markdown emphasis inside a value (**0912**-345-678, `A12`3456789, 09*12*345678, a struck-out wrong
/// digit ~~7~~8 before the right one) — every family × form × <see cref="Contexts"/> × position.
/// </summary>
internal static class StyledCharacters
{
    /// <summary>Frames of the main cross a styled value is placed in: prose with and without a label, a list, a table, JSON, a chat line, English.</summary>
    private static readonly string[] Contexts =
    {
        "sentence.label", "sentence.none", "list.label", "table.label", "json.label", "line.label", "english.label",
    };

    /// <summary>Cells of this round that stay below their floor, with the reason (see the Detection README).</summary>
    private static readonly (string Family, string Variant, string Context, string Why)[] OutOfScope =
    {
        ("card.", "markdown.italic", "sentence.none", "a card with a single asterisk inside a group and no card word: a gap inside a group is an unusual grouping, which needs a card word"),
        ("phone.intl.ph", "markdown.italic", "*", "a single asterisk inside the first group after +63 (not investigated)"),
        ("phone.886.", "styled.math-bold", "table.label", "886 without its plus in mathematical digits in a table cell (not investigated)"),
        ("phone.886.", "styled.math-other", "table.label", "886 without its plus in mathematical digits in a table cell (not investigated)"),
        ("email.", "digits.other-scripts", "*", Surrogates + " (Brahmi and Adlam digits)"),
        ("email.numbered-name.spaced-dot", "markdown.bold", "*", SpokenMail), ("email.numbered-name.spaced-dot", "markdown.code", "*", SpokenMail),
        ("email.", "styled.math-bold", "*", Surrogates), ("email.", "styled.math-other", "*", Surrogates), ("email.", "styled.mixed", "*", Surrogates),
        ("email.", "styled.enclosed", "*", Surrogates + "; ❶ ⑴ ⒈ ➀ number a list's items and end an address before them"),
        ("email.", "styled.circled", "*", "① to ⑨ number a list's items and end an address before them (ⓐ to ⓩ are read)"),
        ("email.", "markdown.italic", "*", "a single asterisk inside a mailbox name is a mask's as often as markup: no address character"),
        ("email.spoken-at", "markdown.bold", "*", SpokenMail), ("email.spoken-at", "markdown.code", "*", SpokenMail),
        ("email.spaced-at", "markdown.bold", "*", SpokenMail), ("email.spaced-at", "markdown.code", "*", SpokenMail),
        ("plate.", "markdown.italic", "*", "a single asterisk inside a plate's group is read as a gap (a mask's or a separator's): a plate's groups must stay whole"),
        ("phone.national.", "markdown.italic", "*", "a single asterisk inside a foreign number's first group is read as a gap: its national grouping is lost"),
        ("phone.national.", "styled.math-bold", "*", "a foreign national form in mathematical digits after its country's name (not investigated)"),
        ("phone.national.", "styled.math-other", "*", "a foreign national form in mathematical digits after its country's name (not investigated)"),
    };

    private const string Surrogates = "an address is read one UTF-16 unit at a time: a mathematical or enclosed letter outside the BMP (𝐀, 🅐, a surrogate pair) ends it";
    private const string SpokenMail = "a Markdown mark before the spaced or spoken at of a written-out address: the words are read as written, marks and all";
    // Out of scope too: a value read out in pieces (plate.read-out.*, plate.2012.read-out, phone.national.read-out.*) in
    // mathematical, enclosed or other-script characters, or with Markdown marks before its spoken words — the walker that
    // joins the pieces across the words reads one UTF-16 unit at a time and ends the value at a mark.
    private static bool IsReadOutInStyledForm(string[] parts) =>
        parts[0].Contains("read-out", StringComparison.Ordinal)
        && (parts[1].StartsWith("styled.", StringComparison.Ordinal) && parts[1] is not ("styled.superscript" or "styled.subscript")
            || parts[1] is "digits.other-scripts" or "markdown.bold" or "markdown.code");

    /// <summary>The in-scope cells of this round that reached their canonical floor but not 1.000 when the round ended (T).</summary>
    private static readonly HashSet<string> BelowFull = new(BelowFullCells.Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private const string BelowFullCells = """
card.amex × styled.subscript × english.label
card.diners × markdown.italic × line.label
card.unionpay × markdown.italic × sentence.label
card.unionpay × styled.math-other × english.label
card.visa × styled.circled × sentence.none
card.visa × styled.math-bold × english.label
card.visa × styled.superscript × sentence.none
email.aite × styled.circled × json.label
email.full-width-at × styled.circled × list.label
email.full-width-words × styled.circled × json.label
email.full-width-words × styled.circled × line.label
email.full-width-words × styled.circled × list.label
email.full-width-words × styled.circled × table.label
email.full-width-words × styled.enclosed × json.label
email.numbered-name.bracketed-dot × digits.other-scripts × json.label
email.numbered-name.bracketed-dot × digits.other-scripts × list.label
email.numbered-name.bracketed-dot × digits.other-scripts × sentence.label
email.numbered-name.chinese-dot × digits.other-scripts × table.label
email.numbered-name.dot-word × digits.other-scripts × english.label
email.numbered-name.dot-word × digits.other-scripts × sentence.label
email.numbered-name.dot-word × digits.other-scripts × sentence.none
email.numbered-name.dot-word × digits.other-scripts × table.label
email.numbered-name.spaced-dot × digits.other-scripts × line.label
email.numbered-name.spaced-dot × digits.other-scripts × table.label
email.plain × escaped.percent.mixed × english.label
email.small-at × styled.circled × json.label
email.spaced-at × styled.circled × json.label
email.spoken-at × digits.other-scripts × list.label
email.spoken-at × styled.circled × list.label
email.written-out × digits.other-scripts × sentence.label
email.xiaolaoshu.paused × styled.circled × json.label
email.xiaolaoshu.paused × styled.circled × table.label
email.xiaolaoshu.words × styled.circled × english.label
email.xiaolaoshu.words × styled.circled × sentence.none
phone.foreign-mobile.north-american × escaped.html.mixed × english.label
phone.foreign-mobile.north-american × markdown.bold × json.label
phone.foreign-mobile.north-american × styled.math-other × english.label
phone.foreign-mobile.trunk-zero × digits.other-scripts × table.label
phone.foreign-mobile.trunk-zero × styled.math-bold × list.label
phone.foreign-mobile.trunk-zero × styled.mixed × list.label
phone.foreign-mobile.trunk-zero × styled.subscript × english.label
phone.intl.ca × styled.circled × english.label
phone.intl.ca × styled.enclosed × english.label
phone.intl.cn × digits.arabic-indic × sentence.none
phone.intl.cn × digits.extended-arabic-indic × sentence.none
phone.intl.cn × digits.other-scripts × sentence.none
phone.intl.cn × digits.thai × sentence.none
phone.intl.cn × markdown.code × sentence.none
phone.intl.cn × styled.circled × sentence.none
phone.intl.cn × styled.enclosed × english.label
phone.intl.cn × styled.enclosed × sentence.none
phone.intl.cn × styled.mixed × sentence.none
phone.intl.cn × styled.superscript × sentence.none
phone.intl.hk × digits.arabic-indic × sentence.none
phone.intl.hk × digits.devanagari × sentence.none
phone.intl.hk × digits.extended-arabic-indic × sentence.none
phone.intl.hk × digits.other-scripts × sentence.none
phone.intl.hk × markdown.italic × sentence.none
phone.intl.hk × styled.math-bold × sentence.none
phone.intl.hk × styled.math-bold × table.label
phone.intl.hk × styled.math-other × sentence.none
phone.intl.hk × styled.superscript × sentence.none
phone.intl.id × styled.enclosed × english.label
phone.intl.id × styled.superscript × english.label
phone.intl.jp × digits.other-scripts × sentence.none
phone.intl.jp × markdown.italic × sentence.none
phone.intl.jp × markdown.italic × table.label
phone.intl.jp × styled.subscript × english.label
phone.intl.kr × digits.other-scripts × sentence.none
phone.intl.mo × digits.thai × sentence.none
phone.intl.mo × styled.math-bold × table.label
phone.intl.mo × styled.math-other × sentence.none
phone.intl.mo × styled.subscript × sentence.none
phone.intl.my × escaped.percent.mixed × sentence.none
phone.intl.my × styled.circled × sentence.none
phone.intl.my × styled.math-other × english.label
phone.intl.my × styled.math-other × sentence.none
phone.intl.my × styled.mixed × sentence.none
phone.intl.my × styled.subscript × sentence.none
phone.intl.my × styled.superscript × english.label
phone.intl.ph × markdown.italic × json.label
phone.intl.ph × markdown.italic × line.label
phone.intl.ph × markdown.italic × list.label
phone.intl.ph × markdown.italic × table.label
phone.intl.ph × styled.superscript × sentence.none
phone.intl.sg × digits.arabic-indic × sentence.none
phone.intl.sg × escaped.html.mixed × sentence.none
phone.intl.sg × markdown.bold × sentence.none
phone.intl.sg × markdown.italic × sentence.none
phone.intl.sg × styled.enclosed × sentence.none
phone.intl.sg × styled.subscript × sentence.none
phone.intl.th × styled.mixed × english.label
phone.intl.th × styled.superscript × sentence.none
phone.intl.us × digits.extended-arabic-indic × sentence.none
phone.intl.us × digits.other-scripts × sentence.label
phone.intl.us × digits.other-scripts × sentence.none
phone.intl.us × markdown.code × sentence.none
phone.intl.us × styled.circled × sentence.none
phone.intl.us × styled.math-bold × table.label
phone.intl.us × styled.math-other × json.label
phone.intl.us × styled.math-other × sentence.none
phone.intl.us × styled.math-other × table.label
phone.intl.us × styled.mixed × table.label
phone.intl.us × styled.subscript × english.label
phone.intl.us × styled.subscript × sentence.none
phone.intl.us × styled.superscript × english.label
phone.intl.vn × digits.devanagari × sentence.none
phone.local.5 × markdown.bold × json.label
phone.local.6 × markdown.bold × json.label
phone.local.6 × styled.subscript × english.label
phone.local.6.2+4 × markdown.bold × json.label
phone.local.7 × styled.superscript × english.label
phone.national.cn × styled.mixed × list.label
phone.national.hk × markdown.italic × json.label
phone.national.hk × markdown.italic × table.label
phone.national.jp × markdown.italic × table.label
phone.national.kr × escaped.html.mixed × english.label
phone.national.mo × digits.other-scripts × english.label
phone.national.mo × markdown.italic × line.label
phone.national.mo × markdown.italic × list.label
phone.national.mo × markdown.italic × sentence.label
phone.national.read-out.hk × digits.other-scripts × json.label
phone.national.read-out.hk × markdown.italic × list.label
phone.national.read-out.hk × markdown.italic × sentence.label
phone.national.read-out.hk × styled.circled × line.label
phone.national.read-out.hk × styled.circled × list.label
phone.national.read-out.hk × styled.circled × sentence.label
phone.national.read-out.hk × styled.circled × table.label
phone.national.read-out.hk × styled.enclosed × english.label
phone.national.read-out.hk × styled.enclosed × line.label
phone.national.read-out.hk × styled.enclosed × table.label
phone.national.read-out.hk × styled.mixed × line.label
phone.national.read-out.hk × styled.mixed × list.label
phone.national.sg × markdown.italic × line.label
phone.national.sg × markdown.italic × list.label
phone.national.sg × markdown.italic × table.label
phone.national.sg × styled.circled × english.label
phone.national.th × digits.other-scripts × table.label
phone.national.th × styled.mixed × table.label
phone.national.us × styled.subscript × english.label
phone.national.vn × markdown.italic × list.label
phone.national.vn × markdown.italic × sentence.label
phone.plus886.mobile × styled.enclosed × sentence.none
plate.1992.2+4 × styled.math-bold × english.label
plate.2+3 × styled.subscript × english.label
plate.2001.4+2 × escaped.html.mixed × english.label
plate.2012 × styled.subscript × sentence.none
plate.2012 × styled.superscript × english.label
plate.2012.commercial × styled.math-other × english.label
plate.2012.digit4 × styled.math-bold × sentence.none
plate.2012.read-out × digits.other-scripts × json.label
plate.2012.read-out × digits.other-scripts × sentence.label
plate.2012.read-out × markdown.code × line.label
plate.2012.read-out × styled.circled × english.label
plate.2012.read-out × styled.circled × line.label
plate.2012.read-out × styled.circled × table.label
plate.2012.read-out × styled.enclosed × json.label
plate.2012.read-out × styled.enclosed × sentence.label
plate.2012.read-out × styled.mixed × english.label
plate.2012.read-out × styled.subscript × list.label
plate.heavy-moto.2+3 × styled.mixed × english.label
plate.mixed.digits-first × styled.mixed × english.label
plate.mixed.digits-first.tech × markdown.bold × json.label
plate.mixed.letters-digit.3 × digits.thai × english.label
plate.read-out.1992.2+4 × digits.other-scripts × english.label
plate.read-out.1992.2+4 × digits.other-scripts × line.label
plate.read-out.1992.2+4 × styled.enclosed × json.label
plate.read-out.1992.2+4 × styled.enclosed × list.label
plate.read-out.1992.2+4 × styled.mixed × line.label
plate.read-out.1992.2+4 × styled.mixed × list.label
plate.read-out.1992.2+4 × styled.mixed × sentence.label
plate.read-out.2+3 × digits.other-scripts × json.label
plate.read-out.2+3 × digits.other-scripts × sentence.label
plate.read-out.2+3 × styled.enclosed × english.label
plate.read-out.2+3 × styled.enclosed × json.label
plate.read-out.aside.2+4 × digits.other-scripts × json.label
plate.read-out.aside.2+4 × styled.circled × table.label
plate.read-out.aside.2+4 × styled.enclosed × sentence.label
plate.read-out.aside.3+4 × digits.other-scripts × sentence.label
plate.read-out.aside.3+4 × styled.mixed × english.label
plate.read-out.aside.3+4 × styled.mixed × sentence.label
plate.read-out.micro-ev.2+5 × digits.other-scripts × sentence.label
plate.read-out.micro-ev.2+5 × styled.enclosed × sentence.label
plate.read-out.micro-ev.2+5 × styled.mixed × json.label
""";

    /// <summary>One form of a digit or letter: how digit 0–9 or capital A–Z is written, or null to leave it plain.</summary>
    private sealed record Form(Func<int, string?> Digit, Func<int, string?> Letter);

    private static string Plane1(int codePoint) => char.ConvertFromUtf32(codePoint);

    private static Form Run(int digitZero, int letterA) => new(d => Plane1(digitZero + d), l => Plane1(letterA + l));

    /// <summary>Letters of the double-struck alphabet that Unicode keeps in the Letterlike Symbols block (ℂ ℍ ℕ ℙ ℚ ℝ ℤ).</summary>
    private static string DoubleStruck(int letter) => "CHNPQRZ".IndexOf((char)('A' + letter)) is int hole and >= 0
        ? "ℂℍℕℙℚℝℤ"[hole].ToString()
        : Plane1(0x1D538 + letter);

    private static readonly Form MathBold = Run(0x1D7CE, 0x1D400);

    private static readonly Form[] MathOther =
    {
        new(d => Plane1(0x1D7D8 + d), DoubleStruck), Run(0x1D7E2, 0x1D5A0), Run(0x1D7F6, 0x1D670), Run(0x1D7EC, 0x1D5D4),
    };

    // ⓪ has no circled companion in the other enclosed runs: a zero is circled in each of them.
    private static string Circled(int d) => d == 0 ? "⓪" : ((char)(0x2460 + d - 1)).ToString();

    private static readonly Form CircledForm = new(Circled, l => ((char)(0x24B6 + l)).ToString());

    private static readonly Form[] Enclosed =
    {
        new(d => d == 0 ? "⓿" : ((char)(0x2776 + d - 1)).ToString(), l => Plane1(0x1F150 + l)), // ❶ 🅐
        new(d => d == 0 ? "⓪" : ((char)(0x2474 + d - 1)).ToString(), l => ((char)(0x249C + l)).ToString()), // ⑴ ⒜
        new(d => d == 0 ? Plane1(0x1F100) : ((char)(0x2488 + d - 1)).ToString(), l => ((char)(0x24D0 + l)).ToString()), // ⒈ ⓐ
        new(d => d == 0 ? Plane1(0x1F10B) : ((char)(0x2780 + d - 1)).ToString(), l => Plane1(0x1F130 + l)), // ➀ 🄰
    };

    private static readonly Form Superscript = new(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d].ToString(), _ => null);
    private static readonly Form Subscript = new(d => ((char)(0x2080 + d)).ToString(), _ => null);

    private static Form Script(int zero) => new(d => char.ConvertFromUtf32(zero + d), _ => null);

    /// <summary><paramref name="value"/> with its ASCII digits in the decimal digits of another script (٠١٢, ۰۱۲, ๐๑๒, ०१२, 𑁦𑁧).</summary>
    internal static string InScript(string value, int zero) =>
        string.Concat(value.Select(c => char.IsAsciiDigit(c) ? char.ConvertFromUtf32(zero + c - '0') : c.ToString()));

    /// <summary>Decimal digits of other scripts: Bengali, Gujarati, Tamil, Telugu, Lao, Myanmar, Khmer, Mongolian, and Brahmi and Adlam outside the BMP.</summary>
    private static readonly int[] OtherScripts = { 0x09E6, 0x0AE6, 0x0BE6, 0x0C66, 0x0ED0, 0x1040, 0x17E0, 0x1810, 0x11066, 0x1E950 };

    private static SurfaceVariant[] Variants { get; } =
    {
        new("styled.math-bold", (v, _) => Styled(v, MathBold)),
        new("styled.math-other", (v, r) => Styled(v, MathOther[r.Next(MathOther.Length)])),
        new("styled.circled", (v, _) => Styled(v, CircledForm)),
        new("styled.enclosed", (v, r) => Styled(v, Enclosed[r.Next(Enclosed.Length)])),
        new("styled.superscript", (v, _) => Styled(v, Superscript)),
        new("styled.subscript", (v, _) => Styled(v, Subscript)),
        new("styled.mixed", (v, r) => Styled(v, null, r)),
        new("digits.arabic-indic", (v, _) => Styled(v, Script(0x0660))),
        new("digits.extended-arabic-indic", (v, _) => Styled(v, Script(0x06F0))),
        new("digits.devanagari", (v, _) => Styled(v, Script(0x0966))),
        new("digits.thai", (v, _) => Styled(v, Script(0x0E50))),
        new("digits.other-scripts", (v, r) => Styled(v, Script(OtherScripts[r.Next(OtherScripts.Length)]))),
        new("escaped.html.mixed", HtmlMixed),
        new("escaped.percent.mixed", PercentMixed),
        new("markdown.bold", (v, _) => Emphasised(v, "**")),
        new("markdown.code", (v, _) => Emphasised(v, "`")),
        new("markdown.italic", (v, _) => Emphasised(v, "*")),
        new("markdown.struck", StruckDigit),
    };

    /// <summary>Every family × form × context × position, crossed as the main generator crosses its own cells.</summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var contexts = CaseContexts.All.Where(c => Array.IndexOf(Contexts, c.Name) >= 0).ToArray();
        foreach (var family in ValueFamilies.All)
        foreach (var variant in Variants)
        foreach (var context in contexts)
        {
            if (family.NeedsContext && context.Cue == Cue.None) continue;
            string cell = $"{family.Name} × {variant.Name} × {context.Name}";
            var random = new Random(CaseGenerator.StableSeed(cell));
            foreach (var position in Enum.GetValues<Position>())
            {
                var planted = family.Make(random);
                var value = variant.Write(planted, random);
                if (value is null) break; // the form does not apply to this family
                yield return CaseGenerator.Place(cell, family, variant, context, position, value, random);
            }
        }
    }

    /// <summary>
    /// The floor of a cell of this round, or false for any other cell. A value in another form reads as the canonical
    /// value does, so it has the canonical cell's floor in the same context.
    /// </summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (!Array.Exists(Variants, v => v.Name == parts[1])) return false;
        if (IsReadOutInStyledForm(parts) || Array.Exists(OutOfScope, e => parts[0].StartsWith(e.Family, StringComparison.Ordinal) && e.Variant == parts[1] && (e.Context == "*" || e.Context == parts[2]))) return true;
        floor = CellFloors.For($"{parts[0]} × canonical × {parts[2]}");
        // Every other cell of this round reached 1.000 when the round ended: its floor is raised there.
        if (floor is not null && !BelowFull.Contains(string.Join(" × ", parts))) floor = 1.0;
        return true;
    }

    // Every letter and digit in the form (a mail's '@' and dots, a number's separators stay as typed); null when nothing changed.
    private static string? Styled(PlantedValue v, Form? form, Random? mixed = null)
    {
        var all = new[] { MathBold, CircledForm, Superscript, Subscript, Script(0x0660), Script(0x0966), Script(0x0E50) }.Concat(MathOther).Concat(Enclosed).ToArray();
        var text = new StringBuilder(v.Canonical.Length * 2);
        bool changed = false;
        foreach (char c in v.Canonical)
        {
            var each = form ?? all[mixed!.Next(all.Length)];
            string? styled = c switch
            {
                >= '0' and <= '9' => each.Digit(c - '0'),
                >= 'A' and <= 'Z' => each.Letter(c - 'A'),
                >= 'a' and <= 'z' => each.Letter(c - 'a'),
                _ => null,
            };
            changed |= styled is not null;
            text.Append(styled ?? c.ToString());
        }
        return changed ? text.ToString() : null;
    }

    // About half the characters as HTML references — digits and letters decimal or hexadecimal, punctuation by name — the
    // rest plain, the groups apart by &nbsp; where the value has spaces.
    private static string? HtmlMixed(PlantedValue v, Random r)
    {
        var text = new StringBuilder();
        foreach (char c in v.Canonical)
        {
            text.Append(c switch
            {
                '@' => "&commat;",
                '.' => r.Next(2) == 0 ? "&period;" : ".",
                '-' => r.Next(2) == 0 ? "&hyphen;" : "&#45;",
                ' ' => "&nbsp;",
                _ when char.IsAsciiLetterOrDigit(c) && r.Next(2) == 0 => r.Next(2) == 0 ? $"&#{(int)c};" : $"&#x{(int)c:x};",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    // About half the digits as %3X, the separators %2D %20 and the at sign %40, the rest plain.
    private static string? PercentMixed(PlantedValue v, Random r)
    {
        var text = new StringBuilder();
        bool changed = false;
        foreach (char c in v.Canonical)
        {
            bool escape = c is '@' or '-' or ' ' || char.IsAsciiDigit(c) && r.Next(2) == 0;
            changed |= escape;
            text.Append(escape ? $"%{(int)c:X2}" : c.ToString());
        }
        return changed ? text.ToString() : null;
    }

    // The first group — or the first four characters of a value written whole — between the marks; a mail's mailbox name.
    // Italics mark characters inside that group (09*12*345678, A*12*3456789): a single asterisk beside a group's separator
    // is a mask's as often as markup (PI-*05*), and the engine leaves it so.
    private static string? Emphasised(PlantedValue v, string mark)
    {
        var value = v.Canonical;
        int at = v.IsMail ? value.IndexOf('@') : v.Groups.Length > 1 && v.Groups[0].Length >= 2 ? v.Groups[0].Length : Math.Min(4, value.Length - 4);
        if (at <= 0) return null;
        if (mark != "*") return mark + value[..at] + mark + value[at..];
        if (at < 3) return null;
        return value[..1] + mark + value[1..(at - 1)] + mark + value[(at - 1)..];
    }

    // A wrong digit struck out right before the right one, inside the value's digits (0912-34~~7~~8-678).
    private static string? StruckDigit(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (v.IsMail) return null;
        int at = -1;
        for (int tries = 0; tries < 20 && at < 0; tries++)
        {
            int k = 2 + r.Next(Math.Max(1, value.Length - 3));
            if (k < value.Length && char.IsAsciiDigit(value[k]) && char.IsAsciiLetterOrDigit(value[k - 1])) at = k;
        }
        if (at < 0) return null;
        char wrong = (char)('0' + (value[at] - '0' + 1 + r.Next(8)) % 10);
        return value[..at] + "~~" + wrong + "~~" + value[at..];
    }
}
