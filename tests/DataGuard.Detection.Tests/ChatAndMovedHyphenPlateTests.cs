using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 35 (categories of sets U27, U28): plates sent alone in a chat message, a person's mobile or ID in another message
/// of the same chat, no plate word anywhere; plates whose hyphen is typed at another place, after a plate word, a driving
/// verb or a vehicle noun; a plate whose list entry parts its fields with a spaced slash; and the codes of the same shapes
/// that stay clean. Values are invented.
/// </summary>
public class ChatAndMovedHyphenPlateTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2046813");

    [Theory]
    [InlineData("對方留的：", "kd-318", "")] // lower case, 2+3
    [InlineData("另外一個 ", "fqw-627", "")] // lower case, 3+3
    [InlineData("抄一下 ", "KD 318", " 先別外流")] // a space for the hyphen
    [InlineData("", "QW 60735", " 先別外流")] // micro-EV, 2+5, a space
    [InlineData("對方說是", "RKT5203", "")] // the 2012 layout without its hyphen
    [InlineData("再補一個：", "rkt5203", "")]
    public void A_plate_sent_alone_in_a_chat_of_identifiers_is_a_plate(string lead, string plate, string trail)
    {
        var text = $"幫我把群組訊息整理成表：\n[19:06] 小李：再補一個：0921-238-782\n[19:07] 阿志：好的🙏\n[19:08] 張隊：{lead}{plate}{trail}\n[19:09] 小李：了解";
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
    }

    [Fact]
    public void An_id_in_a_later_message_names_the_chat_too()
    {
        var text = $"[10:01] Amy：查到了 kd-318\n[10:02] 阿志：ok\n[10:03] 小李：{Id}";
        FindsAmongOthers(text, "kd-318", EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("[19:08] 張隊：另外一個 kd-318\n[19:09] 小李：明天開會")] // no identifier in the chat
    [InlineData("[19:06] 小李：0921-238-782\n[19:08] 張隊：型號 KD-318")] // a model named by its label
    [InlineData("[19:06] 小李：0921-238-782\n[19:08] 張隊：料號 KDW-318")]
    [InlineData("[19:06] 小李：0921-238-782\n[19:08] 張隊：房號 B1-318")]
    [InlineData("[19:06] 小李：0921-238-782\n[19:08] 張隊：訂單編號 KDW-3185")]
    [InlineData("[19:06] 小李：0921-238-782\n[19:08] 張隊：v2 kd-318")] // another code in the message
    [InlineData("小李說 0921-238-782\n張隊說 kd-318")] // no chat lines
    public void A_code_in_a_chat_without_that_shape_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("機車", "PK-T3816")] // the hyphen inside the letters
    [InlineData("車號 ", "R-KT3927")]
    [InlineData("騎乘", "KDW7-205")] // inside the digits
    [InlineData("車號 ", "TR681-5")] // 2+4
    [InlineData("車牌：", "72-15KT")] // digits first, 4+2
    [InlineData("車號 ", "538K-W")] // digits first, 3+2
    [InlineData("自小客車", "R\u2212KT-318\u22122")] // several, typed as minus signs
    public void A_plate_with_its_hyphen_moved_is_a_plate_after_a_plate_word(string label, string plate) =>
        FindsAmongOthers($"{label}{plate}，請查照。", plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("他的手機是 SM-S9180 很好用")]
    [InlineData("騎機車時掉了手機 SM-S9180，螢幕摔裂了。")]
    [InlineData("機型 SM-A5360 已送修")]
    public void A_code_split_like_a_moved_hyphen_is_no_plate_unless_named(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("RKT-5203")]
    [InlineData("rkt-5203")]
    public void A_spaced_slash_ends_a_plate_as_a_bare_one_does(string plate) =>
        FindsAmongOthers($"停車場巡查紀錄：\n1) KWT-3865 / 07:12\n2) {plate} / 15:30", plate, EntityTypes.LicensePlate);
}
