using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-arith42 (issue 9): digits and groups of a value given as bracketed sums to work out (<c>ArithmeticTerms</c>, read
/// again by the whole engine in <c>ArithmeticReading</c>) — and sums that make no value. Every value is invented
/// (checksum-valid where the type needs it).
/// </summary>
public sealed class ArithmeticTermsUnitTests
{
    [Theory]
    [InlineData("(2×4)", 8)]
    [InlineData("(7+0)", 7)]
    [InlineData("(5-5)", 0)]
    [InlineData("（7＋0）", 7)]
    [InlineData("（16－9）", 7)]
    [InlineData("【16-9】", 7)]
    [InlineData("［3+3］", 6)]
    [InlineData("( 6 x 1 )", 6)]
    [InlineData("(3*3)", 9)]
    [InlineData("(18÷2)", 9)]
    [InlineData("(12/3)", 4)]
    [InlineData("(500+12)", 512)]
    [InlineData("(1000-91)", 909)]
    [InlineData("(9990+(15-6))", 9999)]
    [InlineData("((3+4)-2)", 5)]
    [InlineData("((1+(2×3))+1)", 8)]
    [InlineData("(2+3×2)", 8)]
    [InlineData("(三加四)", 7)]
    [InlineData("(六加上二)", 8)]
    [InlineData("(九減去九)", 0)]
    [InlineData("(八除以二)", 4)]
    [InlineData("(二乘三)", 6)]
    [InlineData("(洞+拐)", 7)]
    [InlineData("(１２－３)", 9)]
    public void A_bracketed_sum_is_worth_its_result(string term, long value)
    {
        Assert.Equal(term.Length, ArithmeticTerms.LengthAt(term.AsSpan(), 0, out long result));
        Assert.Equal(value, result);
    }

    [Theory]
    [InlineData("(1)")]            // a list marker: no operator
    [InlineData("(+886)")]         // a country code: no left operand
    [InlineData("(i+1)")]          // code: a letter is no operand
    [InlineData("(13-21)")]        // a range: the result is negative
    [InlineData("(12/25)")]        // a date: the result is no whole number
    [InlineData("(5÷0)")]
    [InlineData("(3-1分)")]        // a word inside
    [InlineData("(1234567+1)")]    // an operand of seven digits
    [InlineData("((((1+1))))")]    // brackets four deep
    [InlineData("(1+1+1+1+1+1+1+1)")] // seven operators: a formula, not a digit
    [InlineData("(99×99×99)")]     // past four digits
    [InlineData("(2+3")]           // never closed
    [InlineData("（6037-2211）")]   // a local number's groups in brackets, not a difference
    [InlineData("(02*2345*6789)")]  // a landline with asterisks between its groups
    [InlineData("(0935+6)")]       // a leading zero: a value's group
    [InlineData("(10000+1)")]      // past four digits: wider than any group
    public void What_is_no_small_sum_is_no_term(string text) =>
        Assert.Equal(0, ArithmeticTerms.LengthAt(text.AsSpan(), 0, out _));

    [Theory]
    [InlineData("手機 ", "0935—6(2×4)1—27(7+0)", EntityTypes.PhoneNumber, "+886935681277")]
    [InlineData("聯絡電話：", "0937-(400+25)-(1000-38)", EntityTypes.PhoneNumber, "+886937425962")]
    [InlineData("報案人電話 ", "洞九(2+1)二 五(3×2)八 拐(1+1)洞", EntityTypes.PhoneNumber, "+886932568720")]
    [InlineData("身分證 ", "K12(2×4)6(5-5)5736", EntityTypes.NationalId, "K128605736")]
    [InlineData("身分證字號：", "（7＋6）", null, null)]
    [InlineData("統號 ", "H2【1+0】3579(2×2)61", EntityTypes.NationalId, "H213579461")]
    [InlineData("居留證 ", "P81(3加4)045(1+1)(18-9)4", EntityTypes.ResidentCertificate, "P817045294")]
    [InlineData("車牌 ", "RKT-235(1+6)", EntityTypes.LicensePlate, "RKT-2357")]
    [InlineData("機車車牌 ", "RKT-(2300+57)", EntityTypes.LicensePlate, "RKT-2357")]
    [InlineData("卡號 ", "4558 (7200+3) 1694 827(1+2)", EntityTypes.CreditCard, "4558720316948273")]
    public void A_value_with_sums_inside_is_found_where_it_is_written(string label, string written, string? type, string? normalized)
    {
        string text = $"關係人林○安，{label}{written}，請幫我寫成報告。";
        var findings = Scan(text);
        if (type is null)
        {
            Assert.Empty(findings); // a sum alone after a label is one digit, no value
            return;
        }
        var f = Assert.Single(findings, x => x.Type == type);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), f.Start);
        Assert.Equal(written.Length, f.Length);
        Assert.Equal(normalized, f.NormalizedValue);
        Assert.True(f.Evasions.HasFlag(Evasions.Arithmetic));
    }

    [Fact]
    public void Groups_given_as_sums_after_an_instruction_to_compute_are_one_phone()
    {
        const string text = "線人手機是0918再接 (600+34) 再接 (1000-1)，算完再打，不要直接存。";
        var f = Assert.Single(Scan(text), x => x.Type == EntityTypes.PhoneNumber);
        Assert.Equal("+886918634999", f.NormalizedValue);
        Assert.Equal("0918再接 (600+34) 再接 (1000-1)", text.Substring(f.Start, f.Length));
    }

    [Theory]
    [InlineData("手機分三段給你：第二段「6(2×4)1」、第一段「0935」、第三段「27(7+0)」，幫我寫通報。")]
    [InlineData("[10:01] 學長: 他手機給我\n[10:02] 小林: 0935\n[10:02] 小林: 6(2×4)1\n[10:03] 小林: 27(7+0)\n[10:04] 學長: 收到")]
    public void A_sum_inside_a_piece_is_read_when_the_pieces_are_joined(string text)
    {
        var f = Assert.Single(Scan(text), x => x.Type == EntityTypes.PhoneNumber);
        Assert.Equal("+886935681277", f.NormalizedValue);
    }

    [Fact]
    public void A_plain_value_beside_a_sum_keeps_its_own_span()
    {
        const string text = "手機 0935-681-277 (3+4) 人到場。";
        var f = Assert.Single(Scan(text));
        Assert.Equal("0935-681-277", text.Substring(f.Start, f.Length));
        Assert.False(f.Evasions.HasFlag(Evasions.Arithmetic));
    }

    [Theory]
    [InlineData("總價 (100+20)元，已繳。")]
    [InlineData("民國(112+1)年3月5日到場，(9+1)時離開。")]
    [InlineData("車道寬 (3×4) 公尺，另 3×4 公尺的空地。")]
    [InlineData("(113)北檢字第(28000+417)號，請調卷。")]
    [InlineData("(1)先報到 (2)填表 (3)等候，共 35 人。")]
    [InlineData("arr[i+1] = x*(n-1); total = (a+b)*2;")]
    [InlineData("比數 (3-1)，上半場 (2+0) 分。")]
    [InlineData("(2+3)×4=20，(12+8)÷4=5。")]
    [InlineData("刑法第(270+7)條第(1+1)項。")]
    [InlineData("發票號碼 AB-(1+0)2345678，統一編號 (2+1)2345678。")]
    [InlineData("手機 09(1+2)*-***-678，身分證 A1(2+0)****789。")]
    [InlineData("版本 v(1+1).3.4，(08:00-17:00) 值班。")]
    [InlineData("編碼 K12(2×4)6(5-5)5737 已登錄。")] // K128605737: the checksum fails
    public void Sums_that_make_no_value_are_read_as_nothing(string text) => Assert.Empty(Scan(text));
}
