using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>How context words and thresholds shape scores.</summary>
public class ContextScoringTests
{
    [Fact]
    public void Context_after_the_value_counts_too() =>
        Assert.True(Single("A123456789（身分證字號）").Score > Single("A123456789").Score);

    [Fact]
    public void Context_outside_the_window_does_not_count()
    {
        var scanner = new PersonalDataScanner(new ScannerOptions { ContextWindow = 10 });
        var far = scanner.Scan("身分證字號" + new string('。', 20) + "A123456789");
        var near = scanner.Scan("身分證字號A123456789");
        Assert.True(Assert.Single(near).Score > Assert.Single(far).Score);
    }

    [Fact]
    public void English_context_word_inside_a_longer_word_does_not_count()
    {
        var hotel = Scan("hotel 02 2345 6789");
        var tel = Scan("tel 02 2345 6789");
        Assert.True(Assert.Single(tel).Score > Assert.Single(hotel).Score);
    }

    [Fact]
    public void English_context_matches_case_insensitively() =>
        Assert.Equal(Single("PLATE BCD-5678").Score, Single("plate BCD-5678").Score);

    [Fact]
    public void Plate_context_lifts_a_legacy_plate_over_the_threshold()
    {
        FindsNothing("編碼 AB-1234");
        Assert.True(Single("車牌 AB-1234").Score >= 0.5);
    }

    [Fact]
    public void Weak_context_adds_less_than_strong_context() =>
        Assert.True(Single("車牌 AB-1234").Score > Single("監視器 AB-1234").Score);

    [Fact]
    public void Type_threshold_overrides_the_global_threshold()
    {
        var strict = new PersonalDataScanner(new ScannerOptions
        {
            TypeMinScores = new Dictionary<string, double> { [EntityTypes.LicensePlate] = 0.9 },
        });
        Assert.Empty(strict.Scan("請參考 BCD-5678")); // a plate on its own, 0.60
        Assert.Single(strict.Scan("A123456789"));
    }

    [Fact]
    public void Global_threshold_is_configurable()
    {
        var lenient = new PersonalDataScanner(new ScannerOptions { MinScore = 0.2 });
        Assert.Equal(EntityTypes.LicensePlate, Assert.Single(lenient.Scan("請參考 AB-1234")).Type);
    }

    [Fact]
    public void Disabled_types_are_not_reported()
    {
        var idsOnly = new PersonalDataScanner(new ScannerOptions { EnabledTypes = new HashSet<string> { EntityTypes.NationalId } });
        var findings = idsOnly.Scan("A123456789 0912345678 wang@example.com");
        Assert.Equal(EntityTypes.NationalId, Assert.Single(findings).Type);
    }

    [Fact]
    public void Scores_stay_between_zero_and_one()
    {
        foreach (var finding in Scan("身分證字號 身分證 國民身分證統一編號 A123456789 居留證 ARC A800000014 電話 手機 0912345678"))
            Assert.InRange(finding.Score, 0.0, 1.0);
    }

    [Fact]
    public void Negative_context_window_means_no_context()
    {
        var scanner = new PersonalDataScanner(new ScannerOptions { ContextWindow = -5 });
        Assert.Equal(0.85, Assert.Single(scanner.Scan("身分證字號A123456789")).Score);
    }

    [Fact]
    public void Empty_text_has_no_findings() => Assert.Empty(Scan(string.Empty));

    [Fact]
    public void Null_text_is_refused() => Assert.Throws<ArgumentNullException>(() => Scanner.Scan(null!));
}
