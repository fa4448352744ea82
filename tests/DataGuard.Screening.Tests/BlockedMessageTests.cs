using System.Globalization;
using DataGuard.Detection;
using DataGuard.Detection.Configuration;
using static DataGuard.Screening.Tests.Screening;

namespace DataGuard.Screening.Tests;

public class BlockedMessageTests
{
    private const string Json = """{"messages":[{"role":"system","content":"hi"},{"role":"user","content":"A123456789 and B120863130"}]}""";

    [Fact]
    public void Chinese_message_names_the_kind_and_place_but_not_the_value()
    {
        var message = BlockedMessage.Create(Screen(Json));
        Assert.Contains("身分證統一編號 2 筆", message, StringComparison.Ordinal);
        Assert.Contains("第 2 則訊息（messages[1].content）", message, StringComparison.Ordinal);
        Assert.Contains("生成式 AI", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, message, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherId, message, StringComparison.Ordinal);
    }

    [Fact]
    public void English_message_for_english_speakers()
    {
        var message = BlockedMessage.Create(Screen(Json), BlockedMessage.CultureFor("en-US,en;q=0.9"));
        Assert.Contains("national ID number (2)", message, StringComparison.Ordinal);
        Assert.Contains("message 2 (messages[1].content)", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "zh-TW")]
    [InlineData("", "zh-TW")]
    [InlineData("zh-TW,zh;q=0.9", "zh-TW")]
    [InlineData("ja", "zh-TW")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    public void Culture_follows_accept_language(string? header, string expected) =>
        Assert.Equal(expected, BlockedMessage.CultureFor(header).Name);

    [Fact]
    public void Every_entity_type_has_plain_words_in_both_languages()
    {
        foreach (var type in ScreeningPolicy.KnownTypes.Append(ScreeningPolicy.UnreadableContentType))
        {
            Assert.NotEqual(type, BlockedMessage.TypeName(type, CultureInfo.GetCultureInfo("zh-TW")));
            Assert.NotEqual(type, BlockedMessage.TypeName(type, CultureInfo.GetCultureInfo("en")));
        }
    }

    [Fact]
    public void A_configured_type_is_named_as_configured_in_each_language_and_by_its_type_otherwise()
    {
        var recognizers = RecognizerRegistry.Create(new[]
        {
            new CustomRecognizerOptions { Type = "TW_CASE_NUMBER", DenyList = { "x" }, DisplayName = "案號", DisplayNames = { ["en"] = "case number" } },
            new CustomRecognizerOptions { Type = "BADGE_NUMBER", DenyList = { "y" } },
        });
        var counts = new[] { new FindingCount("TW_CASE_NUMBER", 2), new FindingCount("BADGE_NUMBER", 1), new FindingCount(EntityTypes.NationalId, 1) };

        var chinese = BlockedMessage.Create(counts, ["messages[0].content"], CultureInfo.GetCultureInfo("zh-TW"), recognizers);
        var english = BlockedMessage.Create(counts, ["messages[0].content"], BlockedMessage.CultureFor("en-US"), recognizers);

        Assert.Contains("案號 2 筆", chinese, StringComparison.Ordinal);
        Assert.Contains("BADGE_NUMBER 1 筆", chinese, StringComparison.Ordinal);
        Assert.Contains("身分證統一編號 1 筆", chinese, StringComparison.Ordinal);
        Assert.Contains("case number (2)", english, StringComparison.Ordinal);
        Assert.Contains("national ID number (1)", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_content_message_says_to_describe_it_in_words()
    {
        var decision = Screen("""{"input":[{"role":"user","content":[{"type":"input_image","image_url":"https://example.invalid/x.png"}]}]}""");
        var message = BlockedMessage.Create(decision);
        Assert.Contains("無法檢查的內容", message, StringComparison.Ordinal);
        Assert.Contains("第 1 項輸入", message, StringComparison.Ordinal);
    }
}
