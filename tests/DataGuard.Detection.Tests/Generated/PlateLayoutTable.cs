namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// The plate layouts the generator classes of rounds 36–38 write (<see cref="PlateBarsAndReversalsTests"/>,
/// <see cref="PlateRosterColumnsTests"/>, <see cref="PlateChatsAndLogsTests"/>): one table, so a layout added or corrected
/// reaches all of them (round 39: each kept a copy). A layout draws its letters and digits from the seeded
/// <see cref="Random"/> of its cell; the order of the draws is part of the generated texts (and of the committed digest).
/// </summary>
internal static class PlateLayoutTable
{
    /// <summary>
    /// A layout: its cell name, whether it is the current (2012) scheme, and how a plate of it is drawn — letters, digits
    /// and whether the letters come first.
    /// </summary>
    internal sealed record Layout(string Name, bool Current, Func<Random, (string Letters, string Digits, bool LettersFirst)> Make);

    /// <summary>Every layout, letters-first ones before the digits-first ones.</summary>
    public static readonly Layout[] All =
    {
        new("2012.3+4", true, r => (ValueFamilies.Letters(r, 3, current: true), PlateDigits(r, 4), true)),
        new("commercial.3+3", false, r => (ValueFamilies.Letters(r, 3, current: true), PlateDigits(r, 3), true)),
        new("1992.2+4", false, r => (ValueFamilies.Letters(r, 2), ValueFamilies.Digits(r, 4), true)),
        new("heavy-moto.2+3", false, r => (ValueFamilies.Letters(r, 2), ValueFamilies.Digits(r, 3), true)),
        new("micro-ev.2+5", false, r => (ValueFamilies.Letters(r, 2), ValueFamilies.Digits(r, 5), true)),
        new("2001.4+2", false, r => (ValueFamilies.Letters(r, 2), ValueFamilies.Digits(r, 4), false)),
        new("3+2", false, r => (ValueFamilies.Letters(r, 2), ValueFamilies.Digits(r, 3), false)),
    };

    /// <summary>The layouts but the given ones, in the table's order.</summary>
    public static Layout[] Except(params string[] names) => All.Where(l => Array.IndexOf(names, l.Name) < 0).ToArray();

    /// <summary>Plate digits without the 4 the 2012 scheme does not issue.</summary>
    internal static string PlateDigits(Random r, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => "12356789"[r.Next(8)]));
}
