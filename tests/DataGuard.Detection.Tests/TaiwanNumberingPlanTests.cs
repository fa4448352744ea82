using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection.Tests;

/// <summary>The numbering plan's table of assigned ranges answers as libphonenumber does.</summary>
public class TaiwanNumberingPlanTests
{
    [Fact]
    public void Assigned_ranges_agree_with_libphonenumber_on_every_five_digit_prefix()
    {
        // Every range in libphonenumber's TW metadata is a prefix of at most five significant digits followed by free
        // digits, so every five-digit prefix (first digit 2–8), at the lengths of the plan's landlines, with two tails
        // covers the table; the first differences are collected (prefix and length only).
        var differences = new List<string>();
        Span<char> national = stackalloc char[10];
        for (int prefix = 20000; prefix < 90000; prefix++)
        {
            for (int significant = 8; significant <= 9; significant++)
            {
                foreach (char tail in "07")
                {
                    national[0] = '0';
                    prefix.ToString(System.Globalization.CultureInfo.InvariantCulture).AsSpan().CopyTo(national.Slice(1));
                    for (int i = 6; i <= significant; i++) national[i] = tail;
                    var number = national.Slice(0, significant + 1);
                    bool expected = InternationalNumbers.CheckNational(number, "TW") == InternationalNumbers.Fit.Valid;
                    if (TaiwanNumberingPlan.IsAssigned(number) != expected && differences.Count < 20)
                        differences.Add($"{prefix} ({significant} digits): libphonenumber {expected}");
                }
            }
        }
        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("0223456789", true)]   // Taipei
    [InlineData("0212345678", false)]  // 21… is not assigned
    [InlineData("0422345678", true)]   // Taichung, eight local digits
    [InlineData("0492345678", true)]   // Nantou
    [InlineData("072345678", true)]    // Kaohsiung
    [InlineData("0223456", false)]     // too short
    [InlineData("02234567a9", false)]
    public void Single_numbers_are_checked_by_their_range(string national, bool assigned) =>
        Assert.Equal(assigned, TaiwanNumberingPlan.IsAssigned(national));
}
