namespace DataGuard.Annotations.Tests;

public class MaskingTests
{
    [Theory]
    [InlineData("A123456789", "A1********")]
    [InlineData("abc", "***")]
    [InlineData("abcd", "a***")]
    [InlineData("0123456789abcdefghij", "0123****************")]
    [InlineData("", "")]
    public void Mask_keeps_a_quarter_at_most_four_characters(string value, string expected)
        => Assert.Equal(expected, Masking.Mask(value));

    [Fact]
    public void Every_method_returns_null_for_null()
    {
        Assert.Null(Masking.Mask(null));
        Assert.Null(Masking.Mask(null, 3));
        Assert.Null(Masking.MaskNationalId(null));
        Assert.Null(Masking.MaskName(null));
        Assert.Null(Masking.MaskPhone(null));
        Assert.Null(Masking.MaskPlate(null));
        Assert.Null(Masking.MaskEmail(null));
        Assert.Null(Masking.MaskAddress(null));
        Assert.Null(Masking.MaskBirthDate((DateTime?)null));
        Assert.Null(Masking.Hash(null, TestKey));
        Assert.Null(Masking.Redact(null));
    }

    [Theory]
    [InlineData("A123456789", 3, "A12*******")]
    [InlineData("A123456789", 9, "A1234*****")]
    [InlineData("A123456789", 0, "**********")]
    public void Mask_with_prefix_never_reveals_more_than_half(string value, int prefix, string expected)
        => Assert.Equal(expected, Masking.Mask(value, prefix));

    [Fact]
    public void Mask_rejects_a_negative_prefix()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Masking.Mask("A123456789", -1));
        Assert.Equal("visiblePrefix", error.ParamName);
        Assert.DoesNotContain("A123456789", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_does_not_split_surrogate_pairs()
    {
        // 𡘙 (U+21619) is one code point in two UTF-16 units: masked as one character.
        var masked = Masking.Mask("陳𡘙明安");
        Assert.Equal("陳***", masked);
        Assert.DoesNotContain(masked, char.IsSurrogate);
    }

    [Theory]
    [InlineData("A123456789", "A1********")]
    [InlineData(" F231234567 ", "F2********")]
    [InlineData("A800000014", "A8********")]
    public void MaskNationalId_keeps_letter_and_first_digit(string value, string expected)
        => Assert.Equal(expected, Masking.MaskNationalId(value));

    [Theory]
    [InlineData("王小明", "王○明")]
    [InlineData("王明", "王○")]
    [InlineData("歐陽小明", "歐○○明")]
    [InlineData("明", "○")]
    [InlineData("Chen Ming-hua", "C*** M*******")]
    [InlineData("Chen", "C***")]
    [InlineData("王 小明", "王○○明")]
    [InlineData("林𡘙安", "林○安")]
    public void MaskName_follows_taiwanese_notice_style(string value, string expected)
        => Assert.Equal(expected, Masking.MaskName(value));

    [Theory]
    [InlineData("0912345678", "*******678")]
    [InlineData("0912-345-678", "****-***-678")]
    [InlineData("+886 2 2345 6789", "+*** * **** *789")]
    [InlineData("(02)2345-6789", "(**)****-*789")]
    [InlineData("110", "***")]
    [InlineData("12345", "*****")]
    public void MaskPhone_keeps_last_three_digits_and_layout(string value, string expected)
        => Assert.Equal(expected, Masking.MaskPhone(value));

    [Theory]
    [InlineData("ABC-1234", "***-**34")]
    [InlineData("AB-123", "**-*23")]
    [InlineData("1234", "**34")]
    [InlineData("AB1", "***")]
    public void MaskPlate_keeps_last_two_and_dash(string value, string expected)
        => Assert.Equal(expected, Masking.MaskPlate(value));

    [Theory]
    [InlineData("chen.ming@example.tw", "c********@example.tw")]
    [InlineData("a@example.tw", "a@example.tw")]
    [InlineData("not-an-email", "not*********")]
    [InlineData("@example.tw", "@e*********")]
    public void MaskEmail_keeps_first_character_and_domain(string value, string expected)
        => Assert.Equal(expected, Masking.MaskEmail(value));

    [Theory]
    [InlineData("臺北市中正區忠孝西路一段1號", "臺北市中正區********")]
    [InlineData("花蓮縣花蓮市中山路100號", "花蓮縣花蓮市*******")]
    [InlineData("彰化縣和美鎮彰美路5號", "彰化縣和美鎮*****")]
    [InlineData("忠孝西路一段1號", "忠孝******")]
    public void MaskAddress_keeps_city_and_district(string value, string expected)
        => Assert.Equal(expected, Masking.MaskAddress(value));

    [Fact]
    public void MaskBirthDate_keeps_only_the_year()
    {
        Assert.Equal("1985-**-**", Masking.MaskBirthDate(new DateTime(1985, 3, 14)));
        Assert.Equal("0999-**-**", Masking.MaskBirthDate((DateTime?)new DateTime(999, 12, 31)));
    }

    [Fact]
    public void Hash_is_hmac_sha256_in_lower_case_hex()
    {
        // RFC 4231 test case 1: key = 20 × 0x0b, data = "Hi There".
        var key = Enumerable.Repeat((byte)0x0b, 20).ToArray();
        Assert.Equal("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Masking.Hash("Hi There", key));
    }

    [Fact]
    public void Hash_correlates_equal_values_and_separates_keys()
    {
        var otherKey = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
        Assert.Equal(Masking.Hash("A123456789", TestKey), Masking.Hash("A123456789", TestKey));
        Assert.NotEqual(Masking.Hash("A123456789", TestKey), Masking.Hash("A223456788", TestKey));
        Assert.NotEqual(Masking.Hash("A123456789", TestKey), Masking.Hash("A123456789", otherKey));
        Assert.DoesNotContain("123456789", Masking.Hash("A123456789", TestKey), StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_rejects_missing_or_short_keys()
    {
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => Masking.Hash("A123456789", null!)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => Masking.Hash("A123456789", new byte[Masking.MinimumHashKeyLength - 1]));
        Assert.Equal("key", error.ParamName);
        Assert.Contains("16 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_reveals_nothing()
    {
        Assert.Equal("[REDACTED]", Masking.Redact("A123456789"));
        Assert.Equal(Masking.Redact("x"), Masking.Redact("王小明住在臺北市中正區忠孝西路一段1號"));
    }

    private static readonly byte[] TestKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
}
