using System.Globalization;
using DataGuard.Detection.Configuration;

namespace DataGuard.Detection.Tests;

/// <summary>Recognizers a deployment configures (案號, badge numbers, internal record names), and the registry of types.</summary>
public class CustomRecognizerTests
{
    private static CustomRecognizerOptions CaseNumber(string? checksum = null) => new()
    {
        Type = "TW_CASE_NUMBER",
        Patterns = { new CustomPatternOptions { Regex = @"\d{2,3}年度?[\u4e00-\u9fff]{1,3}字第\d{3,6}號", Score = 0.4 } },
        Context = { "案號", "卷宗" },
        Checksum = checksum,
    };

    private static PersonalDataScanner ScannerWith(params CustomRecognizerOptions[] custom) =>
        new(new ScannerOptions(), RecognizerRegistry.Create(custom));

    [Fact]
    public void A_configured_pattern_is_found_and_scored_with_its_context_words()
    {
        var scanner = ScannerWith(CaseNumber());

        var labelled = Assert.Single(scanner.Scan("請調閱案號113年度偵字第012345號的卷宗"));
        Assert.Equal(("TW_CASE_NUMBER", 5, 15, 0.7), (labelled.Type, labelled.Start, labelled.Length, labelled.Score));
        Assert.Equal("113年度偵字第012345號", labelled.NormalizedValue);
        // Without a context word the pattern's own score (0.4) stays below the default threshold.
        Assert.Empty(scanner.Scan("113年度偵字第012345號"));
    }

    [Fact]
    public void Built_in_types_are_still_found_next_to_configured_ones()
    {
        var findings = ScannerWith(CaseNumber()).Scan("案號113年度偵字第012345號，嫌疑人身分證A123456789");
        Assert.Equal(new[] { "TW_CASE_NUMBER", EntityTypes.NationalId }, findings.Select(f => f.Type));
    }

    [Theory]
    [InlineData("luhn", "會員 1234-5678-9012-3452", true)]
    [InlineData("luhn", "會員 1234-5678-9012-3451", false)]
    [InlineData("tw-id", "編號 a123456789", true)]
    [InlineData("tw-id", "編號 A123456788", false)]
    [InlineData("tw-id", "編號 AC01234567", true)]
    public void Checksums_filter_what_a_pattern_matches(string checksum, string text, bool found)
    {
        var scanner = ScannerWith(new CustomRecognizerOptions
        {
            Type = "INTERNAL_ID",
            Patterns = { new CustomPatternOptions { Regex = @"[A-Za-z][A-Za-z0-9]\d{8}|\d{4}(-\d{4}){3}", Score = 0.9 } },
            Checksum = checksum,
        });
        var internalIds = scanner.Scan(text).Where(f => f.Type == "INTERNAL_ID");
        Assert.Equal(found, internalIds.Any());
    }

    [Fact]
    public void Length_and_allowed_characters_filter_what_a_pattern_matches()
    {
        var scanner = ScannerWith(new CustomRecognizerOptions
        {
            Type = "BADGE_NUMBER",
            Patterns = { new CustomPatternOptions { Regex = @"[0-9A-Z-]{4,12}", Score = 0.8 } },
            MinLength = 6,
            MaxLength = 6,
            AllowedCharacters = "0123456789-",
        });
        Assert.Equal(new[] { "12-3456" }, scanner.Scan("警號 12-3456").Select(f => f.NormalizedValue));
        Assert.Empty(scanner.Scan("警號 12345"));     // five digits
        Assert.Empty(scanner.Scan("警號 X23456"));    // a letter the configuration does not allow
    }

    [Fact]
    public void Deny_list_terms_are_found_exactly_latin_ones_as_whole_words_in_any_case()
    {
        var scanner = ScannerWith(new CustomRecognizerOptions { Type = "OPERATION_NAME", DenyList = { "青鳥專案", "Bluebird" } });

        Assert.Equal(new[] { (5, 4), (13, 8) }, scanner.Scan("本案屬於 青鳥專案，代號 BLUEBIRD。").Select(f => (f.Start, f.Length)));
        Assert.Empty(scanner.Scan("bluebirds are singing"));
        Assert.Equal(1.0, scanner.Scan("青鳥專案")[0].Score);
    }

    [Fact]
    public void A_pattern_without_backtracking_constructs_runs_in_linear_time_whatever_it_is_given()
    {
        // (a+)+b backtracks exponentially on a run of a's without b; the non-backtracking engine does not.
        var scanner = ScannerWith(new CustomRecognizerOptions
        {
            Type = "NESTED",
            Patterns = { new CustomPatternOptions { Regex = "(a+)+b", Score = 0.9 } },
            MatchTimeoutMilliseconds = 200,
        });
        Assert.Empty(scanner.Scan(new string('a', 5000) + "!"));
    }

    [Fact]
    public void A_backtracking_pattern_that_exceeds_its_timeout_refuses_the_text_without_quoting_it()
    {
        var scanner = ScannerWith(new CustomRecognizerOptions
        {
            Type = "SLOW",
            Patterns = { new CustomPatternOptions { Regex = "^(a+)+(?=b)", Score = 0.9 } }, // a lookahead needs backtracking
            MatchTimeoutMilliseconds = 20,
        });
        string text = new string('a', 40) + "A123456789";

        var error = Assert.Throws<RecognizerTimeoutException>(() => scanner.Scan(text));
        Assert.Equal("SLOW", error.Type);
        Assert.DoesNotContain("aaaa", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_type_is_named_per_culture_through_the_culture_s_parents()
    {
        var registry = RecognizerRegistry.Create(new[]
        {
            new CustomRecognizerOptions
            {
                Type = "TW_CASE_NUMBER",
                DenyList = { "x" },
                DisplayName = "案號",
                DisplayNames = { ["en"] = "case number", ["ja"] = "事件番号" },
            },
            new CustomRecognizerOptions { Type = "BADGE_NUMBER", DenyList = { "y" } },
        });

        Assert.Equal("案號", registry.DisplayName("TW_CASE_NUMBER", CultureInfo.GetCultureInfo("zh-TW")));
        Assert.Equal("case number", registry.DisplayName("TW_CASE_NUMBER", CultureInfo.GetCultureInfo("en")));
        Assert.Equal("case number", registry.DisplayName("TW_CASE_NUMBER", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("事件番号", registry.DisplayName("TW_CASE_NUMBER", CultureInfo.GetCultureInfo("ja-JP")));
        Assert.Null(registry.DisplayName("BADGE_NUMBER", CultureInfo.GetCultureInfo("zh-TW")));
        Assert.Null(registry.DisplayName(EntityTypes.NationalId, CultureInfo.GetCultureInfo("zh-TW")));
    }

    [Fact]
    public void A_display_name_that_is_empty_or_for_no_culture_is_refused_with_its_key()
    {
        var custom = new[]
        {
            new CustomRecognizerOptions { Type = "A_TYPE", DenyList = { "x" }, DisplayName = "  " },
            new CustomRecognizerOptions { Type = "B_TYPE", DenyList = { "y" }, DisplayNames = { ["not a culture"] = "名稱", ["en"] = "two\nlines" } },
        };

        string all = string.Join("\n", Assert.Throws<RecognizerConfigurationException>(() => RecognizerRegistry.Create(custom)).Errors);

        Assert.Contains("DataGuard:Recognizers:Custom:0:DisplayName must be one line of 1 to 100 printable characters", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:1:DisplayNames:not a culture names no culture", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:1:DisplayNames:en must be one line", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_configuration_is_reported_with_every_problem_and_its_key()
    {
        var custom = new[]
        {
            new CustomRecognizerOptions { Type = "BAD_REGEX", Patterns = { new CustomPatternOptions { Regex = "(unclosed" } } },
            new CustomRecognizerOptions { Type = "BAD_REGEX", DenyList = { "x" } },
            new CustomRecognizerOptions { Type = EntityTypes.NationalId, DenyList = { "x" } },
            new CustomRecognizerOptions { Type = "lower_case", DenyList = { "x" } },
            new CustomRecognizerOptions { Type = "NOTHING" },
            new CustomRecognizerOptions { Type = "EMPTY_MATCH", Patterns = { new CustomPatternOptions { Regex = @"\d*" } } },
            new CustomRecognizerOptions { Type = "CHECKSUM", Checksum = "crc32", MinLength = 9, MaxLength = 3, DenyList = { "x" } },
            new CustomRecognizerOptions { Type = "SCORE", Patterns = { new CustomPatternOptions { Regex = "x", Score = 1.5 } } },
        };

        var error = Assert.Throws<RecognizerConfigurationException>(() => RecognizerRegistry.Create(custom));

        Assert.Equal(error.Errors, RecognizerRegistry.Validate(custom));
        string all = string.Join("\n", error.Errors);
        Assert.Contains("DataGuard:Recognizers:Custom:0:Patterns:0:Regex '(unclosed' is not a valid .NET regular expression", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:1:Type 'BAD_REGEX' is configured twice", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:2:Type is 'TW_NATIONAL_ID', a built-in entity type", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:3:Type is 'lower_case'; expected upper-case letters", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:4 (NOTHING) has neither Patterns nor a DenyList", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:5:Patterns:0:Regex '\\d*' matches the empty text", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:6:Checksum is 'crc32'; expected luhn or tw-id", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:6:MinLength (9) is greater than MaxLength (3)", all, StringComparison.Ordinal);
        Assert.Contains("DataGuard:Recognizers:Custom:7:Patterns:0:Score is 1.5; expected a score from 0 to 1", all, StringComparison.Ordinal);
        Assert.Equal(9, error.Errors.Count);
    }

    [Fact]
    public void The_registry_lists_every_declared_type_and_the_configured_ones()
    {
        var declared = typeof(EntityTypes).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(declared.Order(StringComparer.Ordinal), EntityTypes.All.Order(StringComparer.Ordinal));
        Assert.Equal(EntityTypes.All, RecognizerRegistry.BuiltIn.EntityTypes);
        Assert.Subset(EntityTypes.All.ToHashSet(), EntityTypes.Core.ToHashSet());

        var registry = RecognizerRegistry.Create(new[] { CaseNumber() });
        Assert.Equal(EntityTypes.All.Append("TW_CASE_NUMBER"), registry.EntityTypes);
        Assert.True(registry.IsKnown("TW_CASE_NUMBER"));
        Assert.False(RecognizerRegistry.BuiltIn.IsKnown("TW_CASE_NUMBER"));
    }

    [Fact]
    public void A_configured_type_can_be_switched_off_like_a_built_in_one()
    {
        var scanner = new PersonalDataScanner(
            new ScannerOptions { EnabledTypes = new HashSet<string> { EntityTypes.NationalId } },
            RecognizerRegistry.Create(new[] { CaseNumber() }));
        Assert.Equal(new[] { EntityTypes.NationalId }, scanner.Scan("案號113年度偵字第012345號，A123456789").Select(f => f.Type));
    }
}
