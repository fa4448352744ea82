using System.Text;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 26 (sets U11, U12): values as code, URLs, markup and mail sources carry them — their punctuation, or every
/// character, written as an escape (URL %40 %2B %20 in either case and a form's '+' for a space, JSON/C# \u002D, HTML
/// &amp;#64; &amp;#x40; &amp;commat;, quoted-printable =40), the small at ﹫ typed for '@' — and the code frames they sit
/// in: a query string, a JSON body, a curl form field, a key=value log line, a request header.
/// </summary>
internal static class EscapedForms
{
    private const string ValueChars = "@+-. ()_";

    /// <summary>Frames of the main cross an escaped value is also placed in (a value pasted out of a page or a mail source).</summary>
    private static readonly string[] ProseContexts =
    {
        "sentence.label", "sentence.none", "list.label", "table.label", "csv.label", "json.label", "markdown.label", "line.label",
        "english.label", "table.html",
    };

    /// <summary>Plain surface variants also placed in the code frames: a value typed into code as into prose.</summary>
    private static readonly string[] PlainInCode = { "canonical", "joined", "sep.space", "sep.dot", "full-width", "zero-width", "look-alike", "case" };

    /// <summary>Form-encoded values ('+' for a space) are read only right after a key and its '=': these frames write one.</summary>
    private static readonly string[] FormFrames = { "code.query", "code.curl-form", "code.log-line" };

    /// <summary>Cells of this round below their floor at the end of the round, with the reason (see the Detection README).</summary>
    private static readonly (string Family, string Variant, string Context, string Why)[] OutOfScope =
    {
        ("card.visa", "joined", "code.query", "a 13-digit Visa under a key that is no card word (pan=, tel=) needs one: a program's key is no label yet"),
        ("card.visa", "escaped.form", "code.query", "a 13-digit Visa under a key that is no card word (pan=, tel=) needs one: a program's key is no label yet"),
        ("card.visa", "escaped.form", "code.curl-form", "a 13-digit Visa under a key that is no card word (pan=, tel=) needs one: a program's key is no label yet"),
        ("card.visa", "escaped.form", "code.log-line", "a 13-digit Visa under a key that is no card word (pan=, tel=) needs one: a program's key is no label yet"),
        ("phone.intl.hk", "joined", "code.query", "852 without its plus or gap under a key (tel=) needs a phone word: a program's key is no label yet"),
        ("phone.intl.jp", "escaped.percent", "code.query", "two of five placements missed (a bracket or CJK glued inside the query value; not investigated)"),
        ("phone.intl.us", "escaped.form", "code.log-line", "two of five placements missed (a bracket or CJK glued inside the value; not investigated)"),
        ("email.dot-words", "canonical", "code.log-line", "an address with its dots written as words in a code field: the one placement generated (the others spaced, not placed) missed (not investigated)"),
        ("email.dot-words", "small-at", "code.curl-form", "an address with its dots written as words in a code field: the one placement generated (the others spaced, not placed) missed (not investigated)"),
        ("plate.read-out.aside.2+4", "escaped.json.every", "list.label", "two of five placements missed, as read out with an aside (not investigated)"),
        // Round 27, found at the merge (integ21; det-evasion28's own run had not built them): an escaped invisible character
        // typed inside the spoken words between a value's read-out parts (然\u200d後是) stays as typed, since TransportEscapes
        // decodes an escape only where it may hide a value's own character, so those words no longer join the parts.
        ("plate.read-out.", "escaped.invisible", "*", "an escaped invisible character inside the words between a read-out value's parts is not decoded: 21 cells of these three families below the floor"),
        ("plate.2012.read-out", "escaped.invisible", "*", "an escaped invisible character inside the words between a read-out value's parts is not decoded: 21 cells of these three families below the floor"),
        ("phone.national.read-out.", "escaped.invisible", "*", "an escaped invisible character inside the words between a read-out value's parts is not decoded: 21 cells of these three families below the floor"),
    };

    /// <summary>
    /// The cells of this round, crossed as the main generator crosses its own (<see cref="CaseGenerator.Positives"/>):
    /// every family × escape × (code frames and <see cref="ProseContexts"/>) × position, and every family × plain variant
    /// × code frame. A family that needs its country's name right before it is placed in no code frame: a field holds none.
    /// </summary>
    public static IEnumerable<GeneratedCase> Positives()
    {
        var prose = CaseContexts.All.Where(c => Array.IndexOf(ProseContexts, c.Name) >= 0).ToArray();
        var plain = SurfaceVariants.All.Where(v => Array.IndexOf(PlainInCode, v.Name) >= 0).ToArray();
        foreach (var family in ValueFamilies.All)
        {
            foreach (var variant in Variants)
            foreach (var context in prose.Concat(family.HasPrefix ? Array.Empty<CaseContext>() : Contexts))
            foreach (var generated in Cell(family, variant, context)) yield return generated;
            if (family.HasPrefix) continue;
            foreach (var variant in plain)
            foreach (var context in Contexts)
            foreach (var generated in Cell(family, variant, context)) yield return generated;
        }
    }

    private static IEnumerable<GeneratedCase> Cell(ValueFamily family, SurfaceVariant variant, CaseContext context)
    {
        if (family.NeedsContext && context.Cue == Cue.None) yield break;
        string cell = $"{family.Name} × {variant.Name} × {context.Name}";
        var random = new Random(CaseGenerator.StableSeed(cell));
        bool code = Array.IndexOf(Contexts, context) >= 0;
        foreach (var position in Enum.GetValues<Position>())
        {
            var planted = family.Make(random);
            var value = variant.Write(planted, random);
            if (value is null) yield break; // the variant does not apply to this family
            // A URL holds no raw space, and no program writes an address out in words into a field.
            if (code && value.Contains(' ') && (planted.IsMail || context.Name == "code.query")) yield break;
            yield return CaseGenerator.Place(cell, family, variant, context, position, value, random);
        }
    }

    /// <summary>
    /// The floor of a cell of this round, or false for the cells of the main cross. An escaped value decodes to the value
    /// as the canonical cell writes it, so it has that cell's floor; in a code frame a value has the floor it has in a
    /// JSON field under a label (json.label), the nearest frame of the main cross. A form's '+' is read only in
    /// <see cref="FormFrames"/>. A family that needs a word naming it (older plate layouts, a number without its area
    /// code, a value read out in pieces) is out of scope in a code frame: a program's key (tel=, plate=) is no label yet.
    /// </summary>
    public static bool Decides(string[] parts, out double? floor)
    {
        floor = null;
        if (Array.Exists(OutOfScope, e => parts[0].StartsWith(e.Family, StringComparison.Ordinal) && e.Variant == parts[1] && (e.Context == "*" || e.Context == parts[2]))) return true;
        bool escaped = Array.Exists(Variants, v => v.Name == parts[1]);
        bool code = Array.Exists(Contexts, c => c.Name == parts[2]);
        if (!escaped && !code) return false;
        if (parts[1] == "escaped.form" && Array.IndexOf(FormFrames, parts[2]) < 0) return true;
        if (code && ValueFamilies.All.First(f => f.Name == parts[0]).NeedsContext) return true;
        floor = CellFloors.For($"{parts[0]} × {(escaped ? "canonical" : parts[1])} × {(code ? "json.label" : parts[2])}");
        return true;
    }

    private static SurfaceVariant[] Variants { get; } =
    {
        new("escaped.percent", Percent),
        new("escaped.json", Json),
        new("escaped.json.every", (v, r) => EveryChar(v, r, c => $"\\u{(int)c:X4}")),
        new("escaped.html", Html),
        new("escaped.html.every", (v, r) => EveryChar(v, r, c => r.Next(2) == 0 ? $"&#{(int)c};" : $"&#x{(int)c:x};")),
        new("escaped.quoted-printable", QuotedPrintable),
        new("escaped.form", Form),
        new("small-at", (v, _) => v.IsMail ? v.Canonical.Replace('@', '\uFE6B') : null),
        // Round 27 (sets U13, U14): an invisible character written as its escape inside the value, as source code, a JSON
        // body or a YAML file keeps a pasted zero-width space (0912\u200b-345678, LB5482\u200c2883, 4012 8888 \u2060 1881…).
        new("escaped.invisible", EscapedInvisible),
    };

    /// <summary>The code frames: a field named by a key of the value's type, as a program or a request writes it.</summary>
    private static CaseContext[] Contexts { get; } =
    {
        new("code.query", Cue.Label, (f, r) => ($"GET /api/v2/persons?case=113A{r.Next(1000, 9999)}&{Key(f, r)}=", $"&lang=zh-TW HTTP/1.1\nAccept: application/json")),
        new("code.json", Cue.Label, (f, r) => ($"{{\"subject\":{{\"uid\":\"u-{r.Next(100, 999)}\",\"{Key(f, r)}\":\"", "\"},\"status\":2}")),
        new("code.curl-form", Cue.Label, (f, r) => ($"curl -X POST https://sms.example.org/v1/send \\\n  -d \"{Key(f, r)}=", "\" \\\n  -d \"text=案件已受理\"")),
        new("code.log-line", Cue.Label, (f, r) => ($"2024-05-06 10:11:{r.Next(10, 60)},{r.Next(100, 999)} INFO  [lookup] {Key(f, r)}=", $" status=200 took={r.Next(5, 90)}ms")),
        new("code.header", Cue.Label, (f, r) => ($"POST /v1/notify HTTP/1.1\nX-Contact-{Key(f, r)}: ", "\nX-Trace-Id: 7f3a9c\n")),
    };

    // The key a program names the field with.
    private static string Key(ValueFamily f, Random r) => f.Type switch
    {
        EntityTypes.PhoneNumber => CaseContexts.Pick(r, "tel", "phone", "mobile", "callback"),
        EntityTypes.EmailAddress => CaseContexts.Pick(r, "mail", "email", "reply_to"),
        EntityTypes.LicensePlate => CaseContexts.Pick(r, "plate", "car_no", "plateNo"),
        EntityTypes.NationalId => CaseContexts.Pick(r, "idNo", "national_id", "uid"),
        EntityTypes.ResidentCertificate => CaseContexts.Pick(r, "arcNo", "resident_id", "uid"),
        EntityTypes.CreditCard => CaseContexts.Pick(r, "card", "cardNo", "pan"),
        _ => "value",
    };

    // URL encoding: '@', '+', spaces and brackets, and by an eager encoder '-' and '.' too, in upper or lower case hex.
    private static string? Percent(PlantedValue v, Random r)
    {
        bool eager = r.Next(2) == 0, lower = r.Next(3) == 0;
        string encoded = Replace(v.Canonical, c => c is '@' or '+' or ' ' or '(' or ')' || eager && c is '-' or '.'
            ? "%" + ((int)c).ToString(lower ? "x2" : "X2") : null);
        return encoded == v.Canonical ? null : encoded;
    }

    // A JSON or C# string's \u escapes for the punctuation; a value without any has its first character escaped.
    private static readonly string[] Invisibles = { "\\u200b", "\\u200B", "\\u200c", "\\u200d", "\\u2060", "\\ufeff", "\\u00ad" };

    // One invisible character's escape between two characters of the value (never at either end), beside a separator or not.
    private static string? EscapedInvisible(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (v.IsMail || value.Length < 4) return null;
        int at = 1 + r.Next(value.Length - 2);
        return value[..at] + Invisibles[r.Next(Invisibles.Length)] + value[at..];
    }

    private static string? Json(PlantedValue v, Random r)
    {
        string encoded = Replace(v.Canonical, c => ValueChars.IndexOf(c) >= 0 && c != ' ' ? $"\\u{(int)c:X4}" : null);
        return encoded == v.Canonical ? $"\\u{(int)v.Canonical[0]:X4}" + v.Canonical[1..] : encoded;
    }

    // HTML references for the punctuation, decimal, hexadecimal or named; a value without any has its first character so.
    private static string? Html(PlantedValue v, Random r)
    {
        string encoded = Replace(v.Canonical, c => ValueChars.IndexOf(c) >= 0 && c != ' ' ? Reference(c, r) : null);
        return encoded == v.Canonical ? $"&#{(int)v.Canonical[0]};" + v.Canonical[1..] : encoded;
    }

    private static string Reference(char c, Random r) => r.Next(3) switch
    {
        0 => $"&#{(int)c};",
        1 => $"&#x{(int)c:X2};",
        _ => c switch { '@' => "&commat;", '.' => "&period;", '+' => "&plus;", '-' => "&hyphen;", '(' => "&lpar;", ')' => "&rpar;", _ => "&lowbar;" },
    };

    // Quoted-printable inside a word: the at sign of an address, the hyphens and dots between a value's groups.
    private static string? QuotedPrintable(PlantedValue v, Random r)
    {
        var value = v.Canonical;
        if (v.IsMail && !value.Contains('@')) return null; // a mail source escapes an at sign, not the words for one
        var encoded = new StringBuilder(value.Length + 8);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool inWord = i > 0 && i + 1 < value.Length && char.IsAsciiLetterOrDigit(value[i - 1]) && char.IsAsciiLetterOrDigit(value[i + 1]);
            encoded.Append(inWord && c is '@' or '-' or '.' && (c == '@' || r.Next(2) == 0) ? $"={(int)c:X2}" : c.ToString());
        }
        return encoded.ToString() == value ? null : encoded.ToString();
    }

    // A form field: the groups apart by '+' (a space), the value's own '+', '@' and brackets as %2B %40 %28 %29.
    private static string? Form(PlantedValue v, Random r)
    {
        // A written-out address (name at mail dot com) has no form of its own: its spaces are words, not a value's groups.
        if (v.IsMail ? v.Canonical.IndexOf('@') < 0 || v.Canonical.Contains(' ') : v.Groups.Length < 2) return null;
        string spaced = v.IsMail ? v.Canonical : string.Join(" ", v.Groups);
        return Replace(spaced, c => c switch { ' ' => "+", '+' or '@' or '(' or ')' => $"%{(int)c:X2}", _ => null });
    }

    // Every character of the value escaped (a serializer that escapes all, or a writer hiding it from a filter).
    private static string? EveryChar(PlantedValue v, Random r, Func<char, string> escape) =>
        v.Canonical.Length > 24 || v.IsMail && !v.Canonical.Contains('@') ? null : Replace(v.Canonical, c => c == ' ' ? null : escape(c));

    private static string Replace(string value, Func<char, string?> escape)
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (char c in value) builder.Append(escape(c) ?? c.ToString());
        return builder.ToString();
    }
}
