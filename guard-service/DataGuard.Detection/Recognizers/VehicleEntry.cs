using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A vehicle written as make, model and plate (車輛：HONDA FIT ABC-1235⏎, 騎乘：YAMAHA FORCE ABC-1235, Gogoro VIVA（ABC1235）):
/// once a model stands between the make and a plate-shaped value that closes the entry, the value is the plate, not a
/// second model (set O: 25 plates of accident and missing-person records).
/// </summary>
internal static class VehicleEntry
{
    /// <summary>Words that join two models in a list (賓士 GLC-300 與 CLA-250): the value after them is another model.</summary>
    private static readonly string[] ListJoiners = { "與", "和", "跟", "及", "或", "、", "/", "&", " and ", " or ", " vs" };

    /// <summary>What may follow a value that ends a record's vehicle field: a line or cell end, clause punctuation, a closing bracket, 的.</summary>
    private const string EntryEnds = "\r\n\t，。；;,、|｜)）】」的";

    /// <summary>Quotes and brackets written around the value itself ([ABC-1235], 'ABC1235').</summary>
    private const string Closers = "\"'”’]}>』」";

    /// <summary>How far before the value the bracket may open that a closing one after it answers (（[ABC-1235]）).</summary>
    private const int BracketReach = 3;

    // The text between the make and the value names a model: a letter or digit of its own, and no list joiner.
    internal static bool NamesModel(ReadOnlySpan<char> between)
    {
        bool named = false;
        foreach (char c in between)
        {
            if (char.IsLetterOrDigit(c)) named = true;
        }
        if (!named) return false;
        foreach (var joiner in ListJoiners)
        {
            if (between.IndexOf(joiner.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0) return false;
        }
        return true;
    }

    // "Tesla Model 3": the word "model" is part of the car's name here, not a label of a model code.
    internal static bool NamesModelWord(ReadOnlySpan<char> between) => between.IndexOf("model".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;

    // The value ends its field: nothing but spaces before the end of the text, a line or cell end, clause punctuation or
    // the bracket closing one opened right before it.
    internal static bool ClosesEntry(ReadOnlySpan<char> text, int start, int end)
    {
        // "KYMCO KRV NF 180": a space inside the value makes it the end of the model's name as often as a plate; not beside
        // a hyphen said aloud (NVS 杠 2517, T H dash 5218), which only a plate is dictated with.
        var value = text.Slice(start, end - start);
        if (value.IndexOf(' ') >= 0 && !SpokenHyphens.Occurs(value)) return false;
        int i = end;
        while (i < text.Length && (text[i] is ' ' or '\u3000' || Closers.IndexOf(text[i]) >= 0)) i++;
        if (i == text.Length) return true;
        return EntryEnds.IndexOf(text[i]) >= 0 && (text[i] is not (')' or '）') || OpensBracket(text, start));
    }

    /// <summary>
    /// Whether a value that follows a make and its model ends the vehicle's description. A value that closes the entry
    /// does; so does one written in a plate's own shape (<paramref name="plateShaped"/>: the 2012 layout or a digits-first
    /// layout, with its hyphen) when a Chinese clause goes on after it (深灰TOYOTA Camry RKW-5831 右轉駛入巷內, a CCTV log's
    /// line): model codes start with letters and are not written in the 2012 plate's layout.
    /// </summary>
    internal static bool EndsDescription(ReadOnlySpan<char> text, int start, int end, bool plateShaped) =>
        ClosesEntry(text, start, end) || plateShaped && ClauseGoesOn(text, end);

    // A Han character after the value, a quote or bracket around it and a space or two between: the sentence goes on
    // about the vehicle.
    private static bool ClauseGoesOn(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        if (i < text.Length && (Closers.IndexOf(text[i]) >= 0 || text[i] is ')' or '）')) i++;
        while (i < text.Length && i - end < 3 && text[i] is ' ' or '\u3000') i++;
        return i < text.Length && text[i] is >= '\u4E00' and <= '\u9FFF';
    }

    private static bool OpensBracket(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0 && start - i <= BracketReach; i--)
        {
            if (text[i] is '(' or '（') return true;
        }
        return false;
    }
}
