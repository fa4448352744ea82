using DataGuard.Analyzers.CodeFixes;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

// The numbers below are made up for these tests and carry valid check digits on purpose: that is what DG1009 looks for.
public class PersonalNumberInSourceTests
{
    private static Task Run(string body) => Verify<PersonalNumberInSourceAnalyzer>.Analyzer(TestCode.Wrap(body));

    private static Task Fix(string body, string fixedBody, int iterations = 1) =>
        VerifyFix<PersonalNumberInSourceAnalyzer, ReplacePersonalNumberCodeFixProvider>.Fix(TestCode.Wrap(body), TestCode.Wrap(fixedBody), iterations);

    // ----- reported -----

    [Fact]
    public Task National_id_in_a_string_is_reported() => Run("""
        string Id = "{|DG1009:F123456784|}";
        """);

    [Fact]
    public Task National_id_inside_a_sentence_is_reported() => Run("""
        string Note = "民眾身分證{|DG1009:B287654326|}，已通知";
        """);

    [Fact]
    public Task New_resident_certificate_is_reported() => Run("""
        string Arc = "{|DG1009:A887654327|}";
        """);

    [Fact]
    public Task Old_resident_certificate_is_reported() => Run("""
        string Arc = "{|DG1009:FA12345670|}";
        """);

    [Fact]
    public Task Card_number_is_reported() => Run("""
        string Card = "{|DG1009:4532015112830366|}";
        """);

    [Fact]
    public Task Grouped_card_number_is_reported() => Run("""
        string Card = "card {|DG1009:4532 0151 1283 0366|} expires";
        """);

    [Fact]
    public Task Hyphenated_card_number_is_reported() => Run("""
        string Card = "{|DG1009:5524-3376-8912-3455|}";
        """);

    [Fact]
    public Task Numeric_card_literal_is_reported() => Run("""
        long Card = {|DG1009:4532015112830366|};
        """);

    [Fact]
    public Task Interpolated_text_is_reported() => Run("""
        string M(int n) => $"case {n}: {|DG1009:Q135724688|}";
        """);

    [Fact]
    public Task Verbatim_string_is_reported() => Run("""
        string Id = @"{|DG1009:HD87654324|}";
        """);

    [Fact]
    public Task Raw_string_is_reported() => Run(""""
        string Json = """{"id":"{|DG1009:C991234560|}"}""";
        """");

    [Fact]
    public Task Utf8_string_is_reported() => Run("""
        ReadOnlySpan<byte> Id => "{|DG1009:F123456784|}"u8;
        """);

    [Fact]
    public Task Attribute_argument_is_reported() => Run("""
        [System.ComponentModel.Description("{|DG1009:F123456784|}")] void M() { }
        """);

    [Fact]
    public Task Two_numbers_in_one_literal_are_both_reported() => Run("""
        string Csv = "{|DG1009:F123456784|},{|DG1009:B287654326|}";
        """);

    [Fact]
    public Task Message_names_the_kind_never_the_value() => Verify<PersonalNumberInSourceAnalyzer>.Analyzer(
        TestCode.Wrap("""string Id = "F123456784";"""),
        null,
        Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("DG1009").WithSpan(6, 14, 6, 24).WithArguments("national ID"));

    // ----- silent -----

    [Fact]
    public Task Wrong_check_digit_is_silent() => Run("""
        string Id = "F123456785";
        """);

    [Fact]
    public Task Official_examples_are_silent() => Run("""
        string[] Ids = { "A123456789", "AC01234567", "A800000014", "AA00000009" };
        """);

    [Fact]
    public Task Payment_provider_test_cards_are_silent() => Run("""
        string[] Cards = { "4111111111111111", "4242 4242 4242 4242", "371449635398431", "4539 3195 0343 6467" };
        """);

    [Fact]
    public Task Id_inside_a_longer_token_is_silent() => Run("""
        string[] Codes = { "XF123456784", "F1234567840", "F123456784a", "hashF123456784" };
        """);

    [Fact]
    public Task Lower_case_letter_is_silent() => Run("""
        string Id = "f123456784";
        """);

    [Fact]
    public Task Card_length_not_issued_is_silent() => Run("""
        string[] Numbers = { "353011133330001", "622202123456789012" };
        """);

    [Fact]
    public Task Digits_grouped_like_dates_or_phones_are_silent() => Run("""
        string[] Numbers = { "2023-01-01 12:00", "0912-345-678", "1 2 3 4 5 6 7 8 9 0 1 2 3" };
        """);

    [Fact]
    public Task Long_digit_runs_are_silent() => Run("""
        string Big = "45320151128303660000";
        """);

    [Fact]
    public Task Comments_are_silent() => Run("""
        // F123456784
        /// <summary>4532015112830366</summary>
        void M() { }
        """);

    [Fact]
    public Task Identifier_is_silent() => Run("""
        int F123456784 = 1;
        """);

    // ----- code fix -----

    [Fact]
    public Task Fix_replaces_national_id_with_an_invalid_one_of_the_same_shape() => Fix("""
        string Id = "{|DG1009:F123456784|}";
        """, """
        string Id = "F100000000";
        """);

    [Fact]
    public Task Fix_keeps_card_grouping_and_issuer() => Fix("""
        string Card = "{|DG1009:4532 0151 1283 0366|}";
        """, """
        string Card = "4532 0100 0000 0000";
        """);

    [Fact]
    public Task Fix_all_replaces_every_number() => Fix("""
        string Csv = "{|DG1009:F123456784|},{|DG1009:FA12345670|}";
        """, """
        string Csv = "F100000000,FA00000000";
        """, iterations: 2);

    // ----- the text pre-check that lets most files skip the token walk -----

    [Theory]
    [InlineData("x = \"FA12345670\";")]
    [InlineData("x = \"F123456784\";")]
    [InlineData("card 4532 0151 1283 0366")]
    [InlineData("card 5524-3376-8912-3455")]
    [InlineData("12345678")]
    public void Text_with_a_long_digit_run_may_hold_a_number(string text) => Assert.True(Literals.PersonalNumberScanner.MayContain(text));

    [Theory]
    [InlineData("")]
    [InlineData("var year = 2026; var code = \"A1234567\";")]
    [InlineData("1234 567")]
    [InlineData("1234  5678")]
    [InlineData("1234--5678")]
    [InlineData("12-34-56-7")]
    public void Text_without_eight_digits_in_a_run_holds_no_number(string text) => Assert.False(Literals.PersonalNumberScanner.MayContain(text));
}
