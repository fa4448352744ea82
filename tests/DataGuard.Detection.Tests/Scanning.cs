namespace DataGuard.Detection.Tests;

/// <summary>Shared scanner and assertions for the engine tests.</summary>
internal static class Scanning
{
    public static PersonalDataScanner Scanner { get; } = new();

    public static IReadOnlyList<Finding> Scan(string text) => Scanner.Scan(text);

    /// <summary>Asserts exactly one finding and returns it.</summary>
    public static Finding Single(string text) => Assert.Single(Scan(text));

    /// <summary>Asserts exactly one finding of <paramref name="type"/> covering exactly <paramref name="value"/> in <paramref name="text"/>.</summary>
    public static Finding FindsExactly(string text, string value, string type)
    {
        var finding = Single(text);
        Assert.Equal(type, finding.Type);
        Assert.Equal(text.IndexOf(value, StringComparison.Ordinal), finding.Start);
        Assert.Equal(value.Length, finding.Length);
        return finding;
    }

    /// <summary>Asserts a finding of <paramref name="type"/> covering exactly <paramref name="value"/>, among any others.</summary>
    public static void FindsAmongOthers(string text, string value, string type) =>
        Assert.Contains(Scan(text), f => f.Type == type && f.Start == text.IndexOf(value, StringComparison.Ordinal) && f.Length == value.Length);

    /// <summary>Asserts no finding of any type.</summary>
    public static void FindsNothing(string text) => Assert.Empty(Scan(text));

    /// <summary>Asserts no finding of <paramref name="type"/>.</summary>
    public static void FindsNo(string text, string type) => Assert.DoesNotContain(Scan(text), f => f.Type == type);
}
