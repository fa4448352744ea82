using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Undoes the escapes that code, URLs, markup and mail put in place of a value's characters, so a value pasted from a
/// request, a JSON body, a log line or a mail source reads as typed: URL encoding (jun_li%40gmail.com, %2B886,
/// %28%2B886%29%20912…) and a form's '+' for a space between digit groups (tel=0912+345+678); JSON, C# and JavaScript
/// escapes (\u002D, \u0040, \x40, \n); HTML character references (&amp;#64; &amp;#x40; &amp;commat;); quoted-printable
/// =40 and =2E inside a word; the small commercial at ﹫ (U+FE6B) typed for '@'; Markdown inside a value, dropped:
/// emphasis and code-span marks (**0912**-345-678, 09*12*345678, `A12`3456789) and a strike-through of a wrong
/// character right before the right one (0912-34~~7~~8-678); and the inline markup a rich-text copy leaves between a
/// value's characters (0912&lt;/span&gt;345678, A1&lt;/b&gt;23456789), dropped too. The scanner reads the decoded text
/// and maps each finding back to the characters it came from (<see cref="DecodedText.MapBack"/>). Text without an
/// escape that could hide a value's character is not copied: one search for the trigger characters, each hit checked in
/// a few comparisons.
/// </summary>
internal static class TransportEscapes
{
    // ASCII only, so the vectorised search stays on its fast path over CJK text; the small at is searched on its own.
    private static readonly CharSearch Triggers = new("%\\&=+~*`<([");

    /// <summary>
    /// The marks of a correction that are not ASCII (←, full-width brackets) and the small at: searched apart from the
    /// ASCII triggers, in one search (a few values, vectorised as such) rather than one per kind.
    /// </summary>
    private static readonly CharSearch WideTriggers = new("←（［" + SmallAt);

    internal const char SmallAt = '\uFE6B';

    /// <summary>
    /// HTML named references for the characters a value is written with (WHATWG named character references); any other
    /// name is left as written.
    /// </summary>
    private static readonly (string Name, char Value)[] NamedReferences =
    {
        ("commat;", '@'), ("period;", '.'), ("plus;", '+'), ("hyphen;", '-'), ("dash;", '-'), ("minus;", '\u2212'),
        ("lpar;", '('), ("rpar;", ')'), ("nbsp;", ' '), ("lowbar;", '_'), ("amp;", '&'), ("sol;", '/'),
        ("colon;", ':'), ("num;", '#'),
    };

    /// <summary>The punctuation of an address or a number, and the space between its groups.</summary>
    private const string ValueChars = "@+-. ()_\uFF20\u00A0";

    /// <summary>Characters a quoted-printable escape is read as inside a word: the punctuation of an address or a number.</summary>
    private const string QuotedPrintableChars = "@.-_+";

    /// <summary>The decoded text, or null when <paramref name="text"/> holds no escape (the common case: nothing is allocated).</summary>
    public static DecodedText? Decode(string text)
    {
        var span = text.AsSpan();
        int first = FirstEscape(span);
        if (first < 0) return null;
        var decoded = new System.Text.StringBuilder(text.Length);
        var origins = new List<int>(text.Length + 1);
        decoded.Append(text, 0, first);
        for (int k = 0; k < first; k++) origins.Add(k);
        bool fullWidthAt = false;
        int i = first;
        while (i < span.Length)
        {
            int length = LengthAt(span, i, out char value);
            if (length > 0 && value == Dropped)
            {
                i += length; // markup is not read; its span maps back with the characters around it
                continue;
            }
            origins.Add(i);
            if (length == 0)
            {
                decoded.Append(span[i]);
                i++;
                continue;
            }
            decoded.Append(value);
            fullWidthAt |= span[i] == SmallAt;
            i += length;
        }
        origins.Add(span.Length);
        return new DecodedText(text, decoded.ToString(), origins.ToArray(), fullWidthAt);
    }

    // The earliest escape or correction of either search: the ASCII triggers are searched only before the first wide one.
    // A small at is always an escape (of '@'); no ASCII trigger can start or end an escape at a wide one's place.
    private static int FirstEscape(ReadOnlySpan<char> text)
    {
        int wide = FirstTriggered(text, text.Length, WideTriggers);
        int first = FirstTriggered(text, wide < 0 ? text.Length : wide, Triggers);
        return first >= 0 ? first : wide;
    }

    // The first escape, or correction, that a character of the set starts (or ends, for a correction's misread
    // character right before its mark) before the limit, or -1.
    private static int FirstTriggered(ReadOnlySpan<char> text, int limit, CharSearch triggers)
    {
        var before = text.Slice(0, limit);
        int i = 0;
        while (i < before.Length)
        {
            int hit = triggers.IndexOfAny(before.Slice(i));
            if (hit < 0) break;
            i += hit;
            // Round 38: "886|(0|)9…": the trunk prefix's mark glued before its bracket starts the escape.
            if (i > 0 && TrunkInBrackets.LengthAt(text, i - 1) > 0) return i - 1;
            if (i > 0 && Corrections.LengthAt(text, i - 1, out _) > 0) return i - 1;
            if (LengthAt(text, i, out char value) is int length and > 0 && CanHideValue(value, text, i + length)) return i;
            i++;
        }
        return -1;
    }

    /// <summary>
    /// Whether an escape stands for a character a value is written with — a letter or digit in any form, its punctuation
    /// (<c>@ + - . ( ) _</c> and a space), a line break or tab glued to one (\nA123…) — so the text is worth decoding.
    /// Escapes of a path, a query's commas, Chinese words or markup alone (%2F %3A %2C \u53F0 &amp;lt;) leave it as it is,
    /// without copying it.
    /// </summary>
    private static bool CanHideValue(char value, ReadOnlySpan<char> text, int after)
    {
        if (value == Dropped) return true; // markup between two of a value's characters
        // "%E6%A9%9F0912345678", "%E8%99%9FA123456789", "\u6A5F0912…": a value glued to an escape's hex would be read
        // with it as one token.
        if (after < text.Length && AsciiChars.IsLetterOrDigit(text[after]) && AsciiChars.IsLetterOrDigit(text[after - 1])) return true;
        if (value is '\n' or '\r' or '\t') return after < text.Length && CharFolding.IsAlphanumeric(text[after]);
        var folded = CharFolding.Fold(value);
        // "0912\u200b-345678", "LB5482\u200b2883": a zero-width character kept as its escape inside a value splits it.
        if (folded.Kind == CharKind.Invisible)
            return after < text.Length && (CharFolding.IsAlphanumeric(text[after]) || ValueChars.IndexOf(text[after]) >= 0);
        return folded.Kind is CharKind.Digit or CharKind.Letter || ValueChars.IndexOf(folded.Value) >= 0;
    }

    /// <summary>The length of the escape at <paramref name="i"/> and the character it stands for, or 0.</summary>
    private static int LengthAt(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        switch (text[i])
        {
            case '%': return Percent(text, i, out value);
            case '\\': return Backslash(text, i, out value);
            case '&': return Reference(text, i, out value);
            case '=': return QuotedPrintable(text, i, out value);
            case '~': return StruckCharacters(text, i, out value);
            case '*' or '`': return EmphasisMark(text, i, out value);
            case '<': return InlineMarkup.LengthInsideValue(text, i, out value);
            case '+' when IsFormSpace(text, i):
                value = ' ';
                return 1;
            case SmallAt:
                value = '@';
                return 1;
            default:
                if (TrunkInBrackets.LengthAt(text, i) is int trunk and > 0)
                {
                    value = ' '; // "886(0)9…": the caller abroad leaves the bracketed 0 out; a gap stays where it stood
                    return trunk;
                }
                return Corrections.LengthAt(text, i, out value);
        }
    }

    /// <summary>What <see cref="LengthAt"/> returns for markup inside a value (a struck-out character, an emphasis mark, an inline tag): no character at all.</summary>
    internal const char Dropped = '\0';

    // %40, %2b: an ASCII character; %E6%A9%9F: the UTF-8 bytes of one character of the Basic Multilingual Plane.
    private static int Percent(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        if (!TryHex(text, i + 1, 2, out int code) || OpensWildcardPattern(text, i)) return 0;
        if (!IsAsciiText(code)) return Utf8Sequence(text, i, code, out value);
        value = (char)code;
        return 3;
    }

    // A two- or three-byte UTF-8 sequence, each byte escaped (a data: URI's or a query's 手機 glued to the digits after it).
    private static int Utf8Sequence(ReadOnlySpan<char> text, int i, int lead, out char value)
    {
        value = '\0';
        int continuation = lead is >= 0xC2 and <= 0xDF ? 1 : lead is >= 0xE0 and <= 0xEF ? 2 : 0;
        if (continuation == 0) return 0;
        int code = lead & (continuation == 1 ? 0x1F : 0x0F);
        for (int k = 1; k <= continuation; k++)
        {
            int at = i + 3 * k;
            if (at >= text.Length || text[at] != '%' || !TryHex(text, at + 1, 2, out int next) || (next & 0xC0) != 0x80) return 0;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < 0x80 || code is >= 0xD800 and <= 0xDFFF || (continuation == 2 && code < 0x800)) return 0; // overlong or a surrogate
        value = (char)code;
        return 3 * (continuation + 1);
    }

    /// <summary>The fewest digits a query's pattern holds for its leading '%' to be read as a wildcard (a local number's five).</summary>
    private const int WildcardPatternDigits = 5;

    /// <summary>How long a \uXXXX escape is.</summary>
    private const int UnicodeEscapeLength = 6;

    /// <summary>
    /// A SQL LIKE pattern's leading wildcard: a '%' right after the quote that opens a string of digits and a number's
    /// separators, closed by the quote, or by a trailing '%' and the quote (LIKE '%0912345678%', '%2345 6789'). Read as an
    /// escape, %09 would turn a mobile's 09 into a tab and %23 a landline's first digits into '#'; an encoded value has a
    /// letter after its escape (%2B886…, %40mail) or goes on past its next escape ("%28416%29 555…").
    /// </summary>
    private static bool OpensWildcardPattern(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || text[i - 1] is not ('\'' or '"')) return false;
        char quote = text[i - 1];
        int digits = 0;
        for (int k = i + 1; k < text.Length; k++)
        {
            char c = text[k];
            if (c is >= '0' and <= '9') digits++;
            else if (c == quote || c == '%' && k + 1 < text.Length && text[k + 1] == quote) return digits >= WildcardPatternDigits;
            else if (c == '\\' && k + 1 < text.Length && text[k + 1] == 'u') k += UnicodeEscapeLength - 1; // a zero-width escaped inside
            else if (c is not (' ' or '-' or '.') && CharFolding.KindOf(c) != CharKind.Invisible) return false;
        }
        return false;
    }

    // \u002D and \x2D (any BMP character and any ASCII one), and the escapes of a line break, a tab, a quote, a slash.
    private static int Backslash(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        if (i + 1 >= text.Length) return 0;
        switch (text[i + 1])
        {
            case 'u' when TryHex(text, i + 2, 4, out int unit):
                value = (char)unit;
                return 6;
            case 'x' when TryHex(text, i + 2, 2, out int code) && IsAsciiText(code):
                value = (char)code;
                return 4;
            case 'n': value = '\n'; return 2;
            case 'r': value = '\r'; return 2;
            case 't': value = '\t'; return 2;
            case '"': value = '"'; return 2;
            case '/': value = '/'; return 2;
            case '\\': value = '\\'; return 2;
            default: return 0;
        }
    }

    // &#64; &#x40; &commat;: a reference closed by its semicolon.
    private static int Reference(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        if (i + 1 >= text.Length) return 0;
        if (text[i + 1] == '#') return NumericReference(text, i, out value);
        var rest = text.Slice(i + 1);
        foreach (var (name, named) in NamedReferences)
        {
            if (!rest.StartsWith(name.AsSpan(), StringComparison.Ordinal)) continue;
            value = named;
            return 1 + name.Length;
        }
        return 0;
    }

    private static int NumericReference(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        bool hex = i + 2 < text.Length && text[i + 2] is 'x' or 'X';
        int digitsStart = i + (hex ? 3 : 2);
        int code = 0, k = digitsStart;
        for (; k < text.Length && k - digitsStart < 6; k++)
        {
            int digit = hex ? HexValue(text[k]) : text[k] is >= '0' and <= '9' ? text[k] - '0' : -1;
            if (digit < 0) break;
            code = code * (hex ? 16 : 10) + digit;
        }
        if (k == digitsStart || k >= text.Length || text[k] != ';' || code is 0 or > 0xFFFF) return 0;
        value = (char)code;
        return k + 1 - i;
    }

    /// <summary>The most characters a strike-through may hold and still be a value's mistyped character.</summary>
    private const int MaxStruck = 2;

    /// <summary>
    /// Round 29 (categories of sets U17, U18): a Markdown strike-through of one or two letters or digits, glued to the
    /// letter or digit that replaces it (09~~7~~12…, A12~~4~~3…): the writer's correction, so the value reads without it.
    /// A struck word, price or whole value (~~500~~ 400元, ~~0912345678~~) is longer or stands apart and is left as written.
    /// </summary>
    private static int StruckCharacters(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        if (i + 1 >= text.Length || text[i + 1] != '~' || (i > 0 && text[i - 1] == '~')) return 0;
        int k = i + 2;
        while (k < text.Length && k - i - 2 < MaxStruck && CharFolding.IsAlphanumeric(text[k])) k++;
        int end = k + 2;
        if (k == i + 2 || end >= text.Length || text[k] != '~' || text[k + 1] != '~') return 0;
        if (!CharFolding.IsAlphanumeric(text[end]) && !IsStruckBeforeHyphen(text, i, end)) return 0;
        value = Dropped;
        return end - i;
    }

    /// <summary>
    /// Round 32 (categories of sets U23, U24): a struck character at the end of a group, glued to the group before it and
    /// followed by the value's hyphen (ABC~~5~~-1235).
    /// </summary>
    private static bool IsStruckBeforeHyphen(ReadOnlySpan<char> text, int open, int end) =>
        open > 0 && CharFolding.IsAlphanumeric(text[open - 1]) && end + 1 < text.Length
        && CharFolding.Fold(text[end]).Value == '-' && CharFolding.IsAlphanumeric(text[end + 1]);

    /// <summary>
    /// Round 29 (categories of sets U17, U18): a Markdown bold or code-span mark (**, `) inside a value is markup, not a
    /// character of the value (**0912**-345-678, 4200** 3112, **001** (975) 555 0115, `A12`3456789, **wang**@mail.com): a
    /// letter or digit before it, or one and up to two separators; after it a digit, an at sign, or up to two separators
    /// and a letter or digit. A
    /// letter glued after it is a word (`+886 2 2826 8594`Please), not the value going on. A single asterisk is left to the
    /// reader, which takes it as a gap between groups (09*12*345678, 886*2*2833*1901) or a mask's (PI-*05*); three or more
    /// are a mask (0912***678); marks around a whole word or value (**車牌**, `0912345678`) have no value character on one
    /// side: all are left as written.
    /// </summary>
    private static int EmphasisMark(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        char mark = text[i];
        int end = i + 1;
        while (end < text.Length && text[end] == mark) end++;
        if (end - i != (mark == '*' ? 2 : 1) || i == 0 || text[i - 1] == mark || end >= text.Length) return 0;
        int before = i - 1, after = end;
        while (i - before <= MaxMarkGap && before > 0 && IsGroupSeparator(text[before])) before--;
        while (after - end < MaxMarkGap && after + 1 < text.Length && IsGroupSeparator(text[after])) after++;
        bool mailbox = after == end && text[after] == '@' && before == i - 1; // **wang**@mail.com
        if (!CharFolding.IsAlphanumeric(text[before]) || !CharFolding.IsAlphanumeric(text[after]) && !mailbox) return 0;
        if (after == end && CharFolding.KindOf(text[after]) != CharKind.Digit && !mailbox) return 0;
        if (!HasPartnerMark(text, i, end)) return 0;
        value = Dropped;
        return end - i;
    }

    /// <summary>The most value characters between an emphasis mark and its partner (a value's first group, a mailbox name).</summary>
    private const int MaxEmphasised = 24;

    // Round 36 (categories of sets U29, U30): emphasis comes in pairs (**0912**-345-678, `A12`3456789): a mark is markup
    // only when its partner, a run of the same length, stands across value characters before or after it. A lone pair of
    // stars inside a value is a mask (車牌 TR-**58: two characters hidden, as a redacted record prints them).
    private static bool HasPartnerMark(ReadOnlySpan<char> text, int i, int end)
    {
        char mark = text[i];
        int length = end - i;
        int before = i;
        while (before > 0 && i - before < MaxEmphasised && text[before - 1] != mark && IsEmphasisedChar(text[before - 1])) before--;
        if (IsMarkRun(text, before - length, before, mark)) return true;
        int after = end;
        while (after < text.Length && after - end < MaxEmphasised && text[after] != mark && IsEmphasisedChar(text[after])) after++;
        return IsMarkRun(text, after, after + length, mark);
    }

    // What emphasis closes around: a value's characters and grouping (+852, (212), 0912-345), a mailbox name's punctuation
    // and words (mei.hsu, wang dot ming, wang01[.]ming, wang01點ming). A clause mark or a line break ends the search
    // (車牌 TR-**58，…).
    private static bool IsEmphasisedChar(char c) => c >= ' ' && ClauseEnds.IndexOf(c) < 0;

    /// <summary>Marks that end a clause, and the tab and line breaks, beyond which no emphasis reaches.</summary>
    private const string ClauseEnds = ",;:!?\"，。、；：！？「」";

    // Whether text[from..to) is a run of the mark with no more of it on either side.
    private static bool IsMarkRun(ReadOnlySpan<char> text, int from, int to, char mark)
    {
        if (from < 0 || to > text.Length || from == to) return false;
        for (int k = from; k < to; k++) if (text[k] != mark) return false;
        return (from == 0 || text[from - 1] != mark) && (to == text.Length || text[to] != mark);
    }

    /// <summary>The most separators between an emphasis mark and the value's character beside it (**001** (975)).</summary>
    private const int MaxMarkGap = 2;

    private static bool IsGroupSeparator(char c) => c is '-' or ' ' or '.' or '(' or ')' || CharFolding.Fold(c).Value == '-';

    // =40 between two letters or digits, in upper-case hex as quoted-printable writes it: "name=40mail.com". A key and
    // its value (tel=0912…, size=2048) never read so: the character must be an address's or a number's punctuation.
    private static int QuotedPrintable(ReadOnlySpan<char> text, int i, out char value)
    {
        value = '\0';
        if (i == 0 || i + 3 >= text.Length || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 3])) return 0;
        if (!IsUpperHex(text[i + 1]) || !IsUpperHex(text[i + 2]) || !TryHex(text, i + 1, 2, out int code)) return 0;
        if (QuotedPrintableChars.IndexOf((char)code) < 0) return 0;
        if (code == '@' && !HasDomainLetter(text, i + 3)) return 0;
        value = (char)code;
        return 3;
    }

    /// <summary>How far after an at sign its domain's letter is looked for (a domain label's 63 characters).</summary>
    private const int MaxDomainReach = 63;

    // Round 36 (categories of sets U29, U30): "pan=4026 1055 …", "acct=40213987": a key whose value starts with 40 is no
    // quoted-printable at sign, whose domain always holds a letter (its top-level name) before the address ends.
    private static bool HasDomainLetter(ReadOnlySpan<char> text, int from)
    {
        for (int k = from; k < text.Length && k - from < MaxDomainReach; k++)
        {
            char c = text[k];
            if (AsciiChars.IsLetter(c)) return true;
            if (!AsciiChars.IsDigit(c) && c is not ('.' or '-')) return false;
        }
        return false;
    }

    /// <summary>
    /// A '+' inside a form or query value (to=0912+345+678, callback=%2B852+9123+4567, plate=ABC+1234,
    /// tel=%2B1+%28212%29+555-0100): a space as URL encoding writes it. It stands between a letter, a digit or a closing
    /// bracket and a letter, a digit, an escape or an opening bracket, and what comes before it back to the '=' is letters,
    /// digits, separators and escapes only, after a quote or a bracket that may open the value; elsewhere a '+' is a sum or
    /// a country code and is left as written.
    /// </summary>
    private static bool IsFormSpace(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || i + 1 >= text.Length || !(IsAsciiAlphanumeric(text[i - 1]) || text[i - 1] == ')')
            || !(IsAsciiAlphanumeric(text[i + 1]) || text[i + 1] is '%' or '(')) return false;
        int j = i - 1;
        while (j >= 0)
        {
            char c = text[j];
            if (j >= 2 && text[j - 2] == '%' && HexValue(text[j - 1]) >= 0 && HexValue(c) >= 0) j -= 3;
            else if (IsAsciiAlphanumeric(c) || c is '+' or '-' or '.' or '(' or ')' or '_') j--;
            else break;
        }
        if (j >= 0 && text[j] is '"' or '\'' or '[' or '<' or '{') j--; // to="0912+…": a quote or bracket opens the value
        return j >= 0 && text[j] == '=';
    }

    private static bool TryHex(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length) return false;
        for (int k = start; k < start + count; k++)
        {
            int digit = HexValue(text[k]);
            if (digit < 0) return false;
            value = value * 16 + digit;
        }
        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsUpperHex(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'F');

    private static bool IsAsciiAlphanumeric(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    // Printable ASCII, a tab or a line break: what a value and the text around it are written with.
    private static bool IsAsciiText(int code) => code is (>= 0x20 and <= 0x7E) or '\t' or '\n' or '\r';
}

/// <summary>Text with its escapes undone, and where each of its characters came from in the original.</summary>
internal sealed class DecodedText
{
    private readonly string _original;
    private readonly int[] _origins; // one per decoded character, then the original length
    private readonly bool _smallAt;

    public DecodedText(string original, string text, int[] origins, bool smallAt)
    {
        _original = original;
        Text = text;
        _origins = origins;
        _smallAt = smallAt;
    }

    /// <summary>The decoded text the recognizers read.</summary>
    public string Text { get; }

    /// <summary>The findings in <see cref="Text"/> at the offsets of the original text, with the escapes they hid.</summary>
    public IReadOnlyList<Finding> MapBack(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return findings;
        var mapped = new Finding[findings.Count];
        for (int k = 0; k < mapped.Length; k++)
        {
            var f = findings[k];
            int start = _origins[f.Start], end = _origins[f.End];
            var evasions = f.Evasions;
            if (end - start != f.Length) evasions |= Evasions.Escaped;
            else if (_smallAt && _original.IndexOf(TransportEscapes.SmallAt, start, end - start) >= 0) evasions |= Evasions.FullWidth;
            mapped[k] = new Finding(f.Type, start, end - start, f.Score, evasions, f.NormalizedValue);
        }
        return mapped;
    }
}
