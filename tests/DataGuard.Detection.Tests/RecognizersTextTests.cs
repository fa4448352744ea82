using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>The optional Microsoft.Recognizers.Text recognizer (off by default).</summary>
public class RecognizersTextTests
{
    private static readonly PersonalDataScanner WithRecognizersText = new(new ScannerOptions { UseRecognizersText = true });

    [Fact]
    public void North_american_local_number_is_found_only_with_recognizers_text()
    {
        // (no phone word right before it: after one the engine reads a North American number itself, round 26)
        const string text = "對方說(650) 253-0000，請回撥";
        FindsNothing(text);
        var finding = Assert.Single(WithRecognizersText.Scan(text));
        Assert.Equal(EntityTypes.PhoneNumber, finding.Type);
        Assert.Equal(text.IndexOf("(650)", StringComparison.Ordinal), finding.Start);
        Assert.Equal("(650) 253-0000".Length, finding.Length);
    }

    [Fact]
    public void Engine_findings_win_overlaps_with_recognizers_text()
    {
        var finding = Assert.Single(WithRecognizersText.Scan("手機0912-345-678"));
        Assert.Equal("+886912345678", finding.NormalizedValue);
        Assert.True(finding.Score > 0.55);
    }

    [Fact]
    public void Recognizers_text_respects_enabled_types()
    {
        var scanner = new PersonalDataScanner(new ScannerOptions { UseRecognizersText = true, EnabledTypes = new HashSet<string> { EntityTypes.EmailAddress } });
        Assert.Empty(scanner.Scan("call (650) 253-0000"));
    }
}
