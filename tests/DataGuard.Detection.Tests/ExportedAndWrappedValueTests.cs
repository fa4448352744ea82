using System.Text;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 29 (categories of sets U17, U18): values as systems export them — a spreadsheet that dropped a phone's leading
/// 0, a printout whose columns touch — and as wrappers carry them: inline markup and &amp;nbsp; inside a value, UTF-8
/// percent escapes glued to it, a text/* data: URI's base64 payload. The generator's <c>ExportsAndWrappersTests</c> covers
/// them across families; these facts pin the behaviours one at a time.
/// </summary>
public class ExportedAndWrappedValueTests
{
    private static readonly string Id = SyntheticIds.Numeric('M', 1, "2345678");

    [Theory]
    [InlineData("姓名,手機,金額\n王小明,931234567,1200", "931234567", "+886931234567")]
    [InlineData("編號\t姓名\t電話\n1\t王小明\t2-2345-6789", "2-2345-6789", "+886223456789")]
    [InlineData("手機: 912345678", "912345678", "+886912345678")]
    [InlineData("姓名,手機,件數\n王小明,912345678.0,3", "912345678", "+886912345678")]
    [InlineData("姓名      手機          金額\n王小明    945123678    1200", "945123678", "+886945123678")]
    public void A_phone_whose_leading_zero_a_spreadsheet_dropped_is_read_with_its_zero_put_back(string text, string value, string normalized)
    {
        var finding = FindsExactly(text, value, EntityTypes.PhoneNumber);
        Assert.Equal(normalized, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("姓名,金額,日期\n王小明,931234567,2024/03/11")]
    [InlineData("訂單編號: 912345678")]
    [InlineData("{\"amount\": 912345678.0, \"currency\": \"TWD\"}")]
    [InlineData("https://shop.example.com/order?id=912345678&qty=2")]
    [InlineData("品名      金額          數量\n衛生紙    945123678    3")]
    public void Nine_digits_no_phone_names_keep_their_own_meaning(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_column_touching_the_mobile_before_it_is_a_value_of_its_own()
    {
        string row = $"王小明0912345678{Id}台北市";
        FindsAmongOthers(row, "0912345678", EntityTypes.PhoneNumber);
        FindsAmongOthers(row, Id, EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("手機 <span>0912</span>345678", "0912</span>345678")]
    [InlineData("手機 09<font color=\"red\">12</font>345678", "09<font color=\"red\">12</font>345678")]
    [InlineData("手機&nbsp;0912&nbsp;345&nbsp;678", "0912&nbsp;345&nbsp;678")]
    public void Inline_markup_inside_a_phone_is_read_through(string text, string value) => FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void Inline_markup_inside_an_id_is_read_through()
    {
        string tagged = Id[..2] + "</b>" + Id[2..];
        FindsAmongOthers($"身分證 <b>{tagged}，請查", tagged, EntityTypes.NationalId);
    }

    [Fact]
    public void Digits_in_two_table_cells_are_not_joined()
    {
        FindsNo("<tr><td>0912</td><td>345678</td></tr>", EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_value_glued_to_a_percent_encoded_label_is_read_apart_from_the_escape()
    {
        string text = "data:text/plain;charset=utf-8," + Uri.EscapeDataString("身分證") + Id;
        FindsAmongOthers(text, Id, EntityTypes.NationalId);
        FindsAmongOthers("data:text/plain," + Uri.EscapeDataString("手機") + "0912345678", "0912345678", EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_base64_text_data_uri_is_read_and_the_finding_covers_its_payload()
    {
        string payload = Convert.ToBase64String(Encoding.UTF8.GetBytes("手機 0912345678\n身分證 " + Id));
        string text = "附件 data:text/plain;base64," + payload + " 請查";
        var findings = Scan(text);
        int start = text.IndexOf(payload, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Type == EntityTypes.PhoneNumber && f.NormalizedValue == "+886912345678" && f.Start >= start && f.End <= start + payload.Length);
        Assert.Contains(findings, f => f.Type == EntityTypes.NationalId && f.NormalizedValue == Id && f.Start >= start && f.End <= start + payload.Length);
    }

    // Each byte alignment of the value inside its base64 quads (the prefix's UTF-8 length mod 3 is 0, 1 and 2), with
    // one-byte and three-byte characters before it.
    [Theory]
    [InlineData("phone ", "0912345678", EntityTypes.PhoneNumber)]
    [InlineData("tel ", "0912345678", EntityTypes.PhoneNumber)]
    [InlineData("tel: ", "0912345678", EntityTypes.PhoneNumber)]
    [InlineData("手機 ", "0912345678", EntityTypes.PhoneNumber)]
    [InlineData("手機: ", "0912345678", EntityTypes.PhoneNumber)]
    [InlineData("身分證 ", null, EntityTypes.NationalId)]
    [InlineData("身分證字號：", null, EntityTypes.NationalId)]
    [InlineData("身分證 : ", null, EntityTypes.NationalId)]
    public void A_finding_in_a_base64_data_uri_spans_the_quads_that_encode_the_value_to_within_one_quad(string before, string? value, string type)
    {
        value ??= Id;
        string payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(before + value + "\n備註 無"));
        string text = "附件 data:text/plain;base64," + payload + " 請查";
        int payloadStart = text.IndexOf(payload, StringComparison.Ordinal);
        int firstByte = Encoding.UTF8.GetByteCount(before), endByte = firstByte + Encoding.UTF8.GetByteCount(value);
        int quadsStart = payloadStart + firstByte / 3 * 4; // the quad holding the value's first byte
        int quadsEnd = payloadStart + (endByte + 2) / 3 * 4; // the end of the quad holding its last byte

        var finding = Assert.Single(Scan(text), f => f.Type == type);

        Assert.InRange(finding.Start, quadsStart - 4, quadsStart + 4);
        Assert.InRange(finding.End, quadsEnd - 4, quadsEnd + 4);
        Assert.InRange(finding.End, finding.Start + 4, payloadStart + payload.Length);
    }

    [Fact]
    public void A_base64_data_uri_of_an_image_or_of_clean_text_is_no_finding()
    {
        FindsNothing("<img src=\"data:image/png;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes("手機 0912345678")) + "\">");
        FindsNothing("data:text/plain;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes("本月營業額 912345678 元")));
    }
}
