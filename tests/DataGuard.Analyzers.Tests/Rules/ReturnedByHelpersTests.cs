using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// A method that reads nothing personal itself is walked only when a helper it calls can return personal data. The pre-check
/// answers that by scanning the helpers' bodies instead of walking them (Flow/PersonalReads); these are shapes the scan must
/// not miss.
/// </summary>
public class ReturnedByHelpersTests
{
    [Fact]
    public Task Personal_data_returned_two_helpers_deep_is_reported() => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap("""
        Citizen _citizen = new();
        string Inner() => _citizen.Phone;
        string Outer() => Inner().Trim();
        void M() { {|DG1001:_logger.LogInformation(Outer())|}; }
        """));

    [Fact]
    public Task Helper_interpolating_an_object_whose_ToString_shows_a_personal_field_is_reported() => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap("""
        class Slip
        {
            private readonly string _phone;
            public Slip(string value) { _phone = value; }
            public override string ToString() => "slip " + _phone;
        }

        string Print(string value) => $"{new Slip(value)}";
        void M() { {|DG1001:_logger.LogInformation(Print("on file"))|}; }
        """));

    [Fact]
    public Task Helper_returning_only_values_it_computes_is_silent() => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Wrap("""
        static string Label(int count) => "cases: " + count.ToString();
        string Summary(int count) => Label(count).ToUpperInvariant();
        void M(int count) { _logger.LogInformation(Summary(count)); }
        """));
}
