using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>Overlap resolution between readings of the same characters.</summary>
public class OverlapTests
{
    [Fact]
    public void Higher_score_wins_an_overlap() =>
        Assert.Equal(EntityTypes.PhoneNumber, Single("a scooter owner, tel 0950-548-216").Type);

    [Fact]
    public void Labelled_bank_account_beats_a_bare_phone_reading() =>
        Assert.Equal(EntityTypes.BankAccount, Single("匯款帳號0912345678").Type);

    [Fact]
    public void Email_beats_the_digits_of_its_local_part() =>
        Assert.Equal(EntityTypes.EmailAddress, Single("0912345678@example.com").Type);

    [Fact]
    public void Thousands_of_findings_come_back_in_order()
    {
        var text = string.Concat(Enumerable.Repeat("身分證A123456789，手機0912345678。", 5000));
        var findings = Scan(text);
        Assert.Equal(10000, findings.Count);
        for (int i = 1; i < findings.Count; i++) Assert.True(findings[i - 1].End <= findings[i].Start);
    }
}
