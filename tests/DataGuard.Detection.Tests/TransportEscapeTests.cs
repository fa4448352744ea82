using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 26 (sets U11, U12; code, requests and mail sources pasted by police IT staff): a value whose characters are
/// written as URL, JSON, HTML or quoted-printable escapes is read as typed and reported over its escaped characters;
/// escapes around no value change nothing. Values are invented.
/// </summary>
public class TransportEscapeTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 2, "4071593");

    [Theory]
    [InlineData("POST /v1/users\n\nname=lin&email=mei_chen.tw%40example.com&lang=zh", "mei_chen.tw%40example.com")]
    [InlineData("fetch(`/api/persons?mail=jay-wu%40mail.example.org`)", "jay-wu%40mail.example.org")]
    [InlineData("{\"mail\":\"hsu.ling77\\u0040example.net\"}", "hsu.ling77\\u0040example.net")]
    [InlineData("<td>chou.an&#64;example.com</td>", "chou.an&#64;example.com")]
    [InlineData("<td>chou.an&#x40;example.com</td>", "chou.an&#x40;example.com")]
    [InlineData("聯絡 chou.an&commat;example&period;com 謝謝", "chou.an&commat;example&period;com")]
    [InlineData("Reply-To: yuting.lai=40example.com", "yuting.lai=40example.com")]
    [InlineData("請寄到 wei.tsai﹫example.com，謝謝", "wei.tsai﹫example.com")]
    public void An_address_with_an_escaped_at_is_reported_over_its_escapes(string text, string value) =>
        FindsExactly(text, value, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("{\"mobile\":\"0912\\u002D345\\u002D678\"}", "0912\\u002D345\\u002D678")]
    [InlineData("{\"Phone\":\"\\u002B886 2 2345 6789\"}", "\\u002B886 2 2345 6789")]
    [InlineData("GET /lookup?tel=%2B886-912-345-678&x=1", "%2B886-912-345-678")]
    [InlineData("GET /lookup?tel=%28%2B886%29%20912-345-678&x=1", "%28%2B886%29%20912-345-678")]
    [InlineData("curl -d \"to=0912+345+678\" https://sms.example.org", "0912+345+678")]
    [InlineData("callback=%2B886+912+345+678 HTTP/1.1", "%2B886+912+345+678")]
    [InlineData("<span>0912&#45;345&#x2D;678</span>", "0912&#45;345&#x2D;678")]
    public void A_phone_with_escaped_punctuation_is_reported_over_its_escapes(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_with_every_character_escaped_is_reported()
    {
        string escaped = string.Concat(Id.Select(c => $"\\u{(int)c:X4}"));
        FindsExactly($"{{\"idNo\":\"{escaped}\"}}", escaped, EntityTypes.NationalId);
    }

    [Fact]
    public void An_escaped_finding_records_the_escape()
    {
        var finding = Single("{\"mail\":\"hsu.ling77\\u0040example.net\"}");
        Assert.True(finding.Evasions.HasFlag(Evasions.Escaped));
        Assert.Equal(Evasions.None, Single("mail: hsu.ling77@example.net").Evasions & Evasions.Escaped);
    }

    [Theory]
    [InlineData("/search?q=%E8%BB%8A%E7%89%8C&page=2&size=20&sort=date%2Cdesc")]
    [InlineData("amount=1%2C250%2C000&date=2024%2F05%2F06&time=10%3A15")]
    [InlineData("total=120+350+80&items=3+4")]
    [InlineData("{\"note\":\"\\u53F0\\u5317\\u5E02 113\\u5E74\",\"ver\":\"2.10.3\"}")]
    [InlineData("&lt;td&gt;113&#24180;5&#26376;&lt;/td&gt; AT&amp;T")]
    [InlineData("Subject: =?UTF-8?Q?=E6=A1=88=E4=BB=B6?= ref=3D20240506 limit=4096")]
    [InlineData("trace=3fa85f64%2D5717%2D4562%2Db3fc%2D2c963f66afa6")]
    public void Escapes_around_no_value_find_nothing(string text) => FindsNothing(text);

    [Fact]
    public void A_key_and_its_value_are_not_read_as_quoted_printable()
    {
        FindsExactly("tel=0912345678&x=1", "0912345678", EntityTypes.PhoneNumber);
        FindsExactly($"idNo={Id}", Id, EntityTypes.NationalId);
    }

    [Fact]
    public void A_plus_between_digits_outside_a_form_value_stays_a_plus()
    {
        FindsNo("合計 0912+345+678 元", EntityTypes.PhoneNumber);
        FindsExactly("電話 +886 912 345 678", "+886 912 345 678", EntityTypes.PhoneNumber);
    }
}
