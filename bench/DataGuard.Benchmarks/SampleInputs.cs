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

    /// <summary>Records of 100–300 chars with a personal value about every 40 chars, each scanned as its own prompt (<see cref="DenseRecords"/>).</summary>
    public const string Dense = "dense-64KB";

    public static IEnumerable<string> All => new[] { OneKilobyte, SixtyFourKilobytes, OneMegabyte, Clean, Prose, Dense };

    public static int Bytes(string input) => input switch
    {
        OneKilobyte => 1024,
        SixtyFourKilobytes or Clean or Prose or Dense => 64 * 1024,
        OneMegabyte => 1024 * 1024,
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Unknown benchmark input."),
    };

    /// <summary>Chars actually scanned per operation (the dense records fall a little short of their nominal size).</summary>
    public static int Chars(string input) => input == Dense ? Prompts(input).Sum(p => p.Length) : Bytes(input) / 2;

    /// <summary>The prompts of an input: one text, or the records of <see cref="Dense"/>.</summary>
    public static string[] Prompts(string input) =>
        input == Dense ? DenseRecords.Build(Bytes(input) / 2) : new[] { Text(input) };

    /// <summary>The input as one text (the dense records joined by line breaks).</summary>
    public static string Text(string input) => input == Dense
        ? string.Join('\n', Prompts(input))
        : SampleText.Build(Bytes(input), clean: input is Clean or Prose, withHardNegatives: input != Prose);
}
