namespace DataGuard.Benchmarks;

/// <summary>The named inputs of the benchmarks and their sizes in UTF-16 bytes.</summary>
public static class SampleInputs
{
    public const string OneKilobyte = "1KB";
    public const string SixtyFourKilobytes = "64KB";
    public const string OneMegabyte = "1MB";
    public const string Clean = "clean-64KB";

    public static IEnumerable<string> All => new[] { OneKilobyte, SixtyFourKilobytes, OneMegabyte, Clean };

    public static int Bytes(string input) => input switch
    {
        OneKilobyte => 1024,
        SixtyFourKilobytes or Clean => 64 * 1024,
        OneMegabyte => 1024 * 1024,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Unknown benchmark input."),
    };

    public static string Text(string input) => SampleText.Build(Bytes(input), clean: input == Clean);
}
