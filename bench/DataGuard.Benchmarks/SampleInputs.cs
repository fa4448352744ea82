namespace DataGuard.Benchmarks;

/// <summary>The named inputs of the benchmarks and their sizes in UTF-16 bytes.</summary>
public static class SampleInputs
{
    public const string OneKilobyte = "1KB";
    public const string SixtyFourKilobytes = "64KB";
    public const string OneMegabyte = "1MB";
    /// <summary>Prose and hard negatives (case numbers, codes, amounts…) with no personal data.</summary>
    public const string Clean = "clean-64KB";

    /// <summary>Prose only: no digits, nothing shaped like personal data.</summary>
    public const string Prose = "prose-64KB";

    public static IEnumerable<string> All => new[] { OneKilobyte, SixtyFourKilobytes, OneMegabyte, Clean, Prose };

    public static int Bytes(string input) => input switch
    {
        OneKilobyte => 1024,
        SixtyFourKilobytes or Clean or Prose => 64 * 1024,
        OneMegabyte => 1024 * 1024,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Unknown benchmark input."),
    };

    public static string Text(string input) =>
        SampleText.Build(Bytes(input), clean: input is Clean or Prose, withHardNegatives: input != Prose);
}
