namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// The recall each generated cell must reach. Cells the engine does not promise to detect are listed with the reason
/// (and in the Detection README, "Out of scope"); every other cell has the default floor.
/// </summary>
internal static class CellFloors
{
    /// <summary>Every in-scope cell: a cell holds one case per position (five), so 0.8 allows one position to miss.</summary>
    public const double Default = 0.8;

    /// <summary>Every family over all its in-scope cells.</summary>
    public const double FamilyDefault = 0.98;

    /// <summary>Every look-alike family over all its cells.</summary>
    public const double NegativeFamilyFloor = 0.97;

    /// <summary>(family name prefix, variant or "*", context or "*" or "*.none", why). Matching cells are not asserted.</summary>
    private static readonly (string Family, string Variant, string Context, string Why)[] OutOfScope =
    {
        ("email.at-word", "full-width", "*", "written-out at/dot words are matched in ASCII only"),
        ("email.bracketed", "full-width", "*", "written-out at/dot words are matched in ASCII only"),
        ("email.parenthesised", "full-width", "*", "written-out at/dot words are matched in ASCII only"),
        ("email.words", "full-width", "*", "written-out at/dot words are matched in ASCII only"),
        ("email.written-out", "full-width", "*", "written-out at/dot words are matched in ASCII only"),
        ("email.hash", "full-width", "*", "written-out at/dot words are matched in ASCII only"),
        ("phone.local.", "*", "sentence.after", "a number without its area code is a phone only right after a phone label"),
        ("phone.local.", "*", "sentence.bracket-after", "a number without its area code is a phone only right after a phone label"),
        ("phone.local.", "*", "table.label", "a label in a column header does not reach a number without area code"),
        ("phone.local.", "*", "csv.label", "a label in a column header does not reach a number without area code"),
        ("phone.national.", "*", "table.label", "a country named in a column header does not reach a national-form number"),
        ("phone.national.", "*", "csv.label", "a country named in a column header does not reach a national-form number"),
        ("phone.national.", "*", "table.row", "a country named in a column header does not reach a national-form number"),
        ("phone.national.", "*", "csv.row", "a country named in a column header does not reach a national-form number"),
        ("phone.local.", "*", "table.row", "a label in a column header does not reach a number without area code"),
        ("phone.local.", "*", "csv.row", "a label in a column header does not reach a number without area code"),
        ("phone.national.", "spaced", "*", "digit-by-digit spacing: a Taiwan reading of part of the digits wins"),
        ("phone.national.", "spaced.irregular", "*", "spaces where the country puts no group boundary: a Taiwan reading of part of the digits wins"),
        ("id.arc.old", "spaced.irregular", "*.none", "two letters, a gap and eight digits is an e-invoice number's layout: it needs an ARC label"),
        ("phone.intl.", "*", "*.none", "a +CC/00CC number outside the allocated ranges (possible, not valid: US 555-01xx, new HK and SG blocks) or 00CC without grouping needs a phone word"),
        ("phone.intl.", "spaced", "*", "digit-by-digit spacing: a Taiwan reading of part of the digits outscores a merely possible foreign one"),
        ("plate.2012", "joined", "*.none", "ABC1235 without a hyphen is a product code as much as a plate: it needs plate context"),
        ("plate.2012.digit4", "spaced", "*.none", "A B C 4 1 2 3 spelt out with the digit 4 the scheme does not issue needs plate context"),
        ("plate.2012.digit4", "case", "*.none", "a lower-case plate with the digit 4 the scheme does not issue needs plate context"),
        ("plate.2012.digit4", "sep.space", "*.none", "a plate with the unissued digit 4 and no hyphen needs plate context"),
        ("plate.2012.digit4", "sep.dot", "*.none", "a plate with the unissued digit 4 and no hyphen needs plate context"),
        ("plate.2012.digit4", "sep.ideographic-space", "*.none", "a plate with the unissued digit 4 and no hyphen needs plate context"),
        ("plate.2012.digit4", "numerals.mixed-groups", "*.none", "a plate with the unissued digit 4 and no hyphen needs plate context"),
        ("plate.2012.digit4", "look-alike.lower", "*.none", "a lower-case plate with the digit 4 the scheme does not issue needs plate context"),
        ("plate.2+2", "joined", "*", "AB12 without a hyphen is any short code"),
        ("plate.2+2", "spaced", "*", "A B 1 2 is any short code"),
        ("plate.mixed.digits-first", "numerals.mixed-groups", "*", "a Chinese numeral glued to the letter of the trailing code (6551 四U) is read apart from it"),
        ("plate.mixed.3-digits-first", "numerals.mixed-groups", "*", "a Chinese numeral glued to the letter of the trailing code (655 四U) is read apart from it"),
        ("plate.mixed.", "joined", "*", "9H0123 without a separator is any code"),
        ("plate.mixed.", "spaced", "*", "9 H 0 1 2 3 is any code"),
        ("phone.", "split.*", "*.none", "a phone read out in pieces with filler words is joined only where a phone word says it is one"),
        ("card.", "split.*", "*.none", "a card read out in pieces with filler words needs a card word (four numbers in a row pass Luhn one time in ten)"),
        ("card.", "split.*", "sentence.verb", "a card read out in pieces needs a card word; 刷/綁定/扣款自 are not card words"),
        ("plate.", "spaced.irregular", "*", "spaces inside a plate's groups (86 37 US, JXR 4 168): the grouping that makes a plate is gone"),
    };

    /// <summary>The floor of a cell named "family × variant × context", or null when the cell is out of scope.</summary>
    public static double? For(string cell)
    {
        var parts = cell.Split(" × ");
        foreach (var (family, variant, context, _) in OutOfScope)
        {
            if (parts[0].StartsWith(family, StringComparison.Ordinal) && (variant == "*" || parts[1] == variant || (variant.EndsWith(".*", StringComparison.Ordinal) && parts[1].StartsWith(variant[..^1], StringComparison.Ordinal))) && Matches(context, parts[2]))
                return null;
        }
        return Default;
    }

    public static bool InScope(string cell) => For(cell) is not null;

    private static bool Matches(string pattern, string context) =>
        pattern == "*" || pattern == context || (pattern == "*.none" && context.EndsWith(".none", StringComparison.Ordinal));
}
