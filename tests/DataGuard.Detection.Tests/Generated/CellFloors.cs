namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// The recall each generated cell must reach. Cells the engine cannot reasonably detect are listed with the reason and
/// documented in the Detection README as out of scope; every other cell has the default floor.
/// </summary>
internal static class CellFloors
{
    /// <summary>Every in-scope cell: each cell holds one case per position, so 0.8 allows one position to miss.</summary>
    public const double Default = 0.8;

    /// <summary>Every family, over all its cells.</summary>
    public const double FamilyDefault = 0.95;

    /// <summary>Every look-alike family, over all its cells.</summary>
    public const double NegativeFamilyFloor = 0.97;

    /// <summary>(family prefix, variant, context or "*", floor, why).</summary>
    private static readonly (string Family, string Variant, string Context, double Floor, string Why)[] Exceptions =
    {
    };

    public static double For(string cell)
    {
        var parts = cell.Split(" × ");
        foreach (var (family, variant, context, floor, _) in Exceptions)
        {
            if (parts[0].StartsWith(family, StringComparison.Ordinal) && (variant == "*" || parts[1] == variant)
                && (context == "*" || parts[2] == context))
                return floor;
        }
        return Default;
    }

    public static double ForFamily(string family) => FamilyDefault;
}
