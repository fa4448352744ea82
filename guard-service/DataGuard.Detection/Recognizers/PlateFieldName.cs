using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 44 (det-plates44): a field of an export that names its value a plate — a key right before it ("vehicle": "H33859",
/// plateNo=7396MB, 車輛：393AM) or a kind field earlier in the same record (type=PLATE key=Z36390, "kind":"plate" … "value":) —
/// names the value as a plate column's header names its cells. Such a name decides where the value's letters alone would read
/// as something else: an English word or a time (393AM, 0313-AM), a unit or data size (7396MB), an acronym (REF2181), or a
/// mixed code typed without its hyphen (H33859 = H3-3859).
/// </summary>
internal static class PlateFieldName
{
    /// <summary>How far back on its line a kind field is looked for.</summary>
    private const int KindReach = 120;

    /// <summary>
    /// Values of a kind field that say the record's value is a plate (type=PLATE, "category": "vehicle"). A program's field is
    /// written in ASCII; a Chinese word after a colon is a label or a chat line's message (小美: 車號 P T R…).
    /// </summary>
    private static readonly string[] PlateKinds = { "plate", "plates", "plateno", "vehicle", "lpr", "license_plate" };

    /// <summary>
    /// Whether a word, a key, a kind field or a column names the value at [<paramref name="start"/>, <paramref name="end"/>)
    /// a plate: a plate label, driving verb or vehicle noun right before it, a plate column's header over it, or a field.
    /// </summary>
    public static bool NamesPlate(ReadOnlySpan<char> text, int start, int end) =>
        PlateContext.IsNamedImmediately(text, start) || NamedByField(text, start) || PlateContext.FillsPlateColumn(text, start, end)
        || TableCell.FillsSpacedCell(text, start, end) && PlateContext.NamesPlateColumn(TableCell.SpacedHeader(text, start));

    /// <summary>Whether the key right before the value, or a kind field earlier on its line, names plates or vehicles.</summary>
    public static bool NamedByField(ReadOnlySpan<char> text, int start) => KeyNamesPlate(text, start) || KindFieldNamesPlate(text, start);

    /// <summary>
    /// Whether the key right before the value names another kind of code ("orderNo": "KT3851", sku=…, 型號：…): the value is that
    /// code, whatever plate word stands elsewhere in the record.
    /// </summary>
    public static bool KeyNamesOther(ReadOnlySpan<char> text, int start)
    {
        var key = FieldKey.Before(text, start);
        return !key.IsEmpty && !NamesPlateKey(key) && (ContextWord.AnyIn(PlateColumn.LookAlikeHeaders, key) || FieldKey.HasWord(key, OtherCodeWords));
    }

    /// <summary>English words of a key naming plates or vehicles, read inside camelCase and snake_case keys (plateNo, car_plate).</summary>
    private static readonly string[] PlateKeyWords = { "plate", "plates", "vehicle", "car", "scooter", "motorcycle", "moto", "lpr", "license", "licence" };

    /// <summary>English words of a key naming another code of a plate's shape (orderNo, invoice_no, skuCode, caseId).</summary>
    private static readonly string[] OtherCodeWords =
    {
        "order", "model", "sku", "part", "flight", "room", "item", "product", "invoice", "serial", "ticket", "case", "version", "tracking", "device", "schedule",
    };

    private static bool NamesPlateKey(ReadOnlySpan<char> key) => PlateContext.NamesPlateColumn(key) || FieldKey.HasWord(key, PlateKeyWords);

    // "vehicle": "…", plateNo=…, 'car_plate': …, 車輛：…: the key between its quotes before a colon or an equals sign.
    private static bool KeyNamesPlate(ReadOnlySpan<char> text, int start)
    {
        var key = FieldKey.Before(text, start);
        return !key.IsEmpty && NamesPlateKey(key);
    }

    // "type=PLATE key=Z36390", "\"kind\":\"vehicle\",\"value\":": an earlier field of the record whose value is a plate's kind.
    private static bool KindFieldNamesPlate(ReadOnlySpan<char> text, int start)
    {
        int line = TableCell.LineStart(text, start);
        int from = Math.Max(line, start - KindReach);
        var before = text.Slice(from, start - from);
        for (int i = 0; i < before.Length; i++)
        {
            if (before[i] is not (':' or '=') || i == 0 || !(AsciiChars.IsLetter(before[i - 1]) || before[i - 1] is '"' or '\'')) continue;
            int w = i + 1;
            while (w < before.Length && before[w] is ' ' or '"' or '\'') w++;
            int e = w;
            while (e < before.Length && FieldKey.IsKeyChar(before[e])) e++;
            if (e > w && e < before.Length && IsKind(before.Slice(w, e - w))) return true;
        }
        return false;
    }

    private static bool IsKind(ReadOnlySpan<char> word)
    {
        foreach (var kind in PlateKinds)
        {
            if (word.Equals(kind.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
