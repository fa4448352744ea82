using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 41 (det-email41): e-mail addresses written out in the styles of set U42 — 在, quoted 老鼠, 🐭, ㄟˋ特 for the at sign;
/// 「點」, ㄉㄚˋ, 🔴, ● for the dot; a known provider named alone; a mailbox's last digits said as numerals; quoted pieces
/// joined by 接 — and digits spelled as pinyin, 注音 and Roman numerals. Every value is invented.
/// </summary>
public class WrittenMailAndDigitScriptTests
{
    [Theory]
    [InlineData("信箱 pohan.lin42 在 nkust 點 edu 點 tw。經查", "pohan.lin42 在 nkust 點 edu 點 tw", "pohan.lin42@nkust.edu.tw")]
    [InlineData("我的信箱是 yachi 點 wu 七三 在 gmail", "yachi 點 wu 七三 在 gmail", "yachi.wu73@gmail.com")]
    [InlineData("Email：「szuyu_chen 在 hotmail 那家 點 com」", "szuyu_chen 在 hotmail 那家 點 com", "szuyu_chen@hotmail.com")]
    [InlineData("寄給 kuanyu【點】hung【在】nccu【點】edu【點】tw 的學生", "kuanyu【點】hung【在】nccu【點】edu【點】tw", "kuanyu.hung@nccu.edu.tw")]
    [InlineData("署名：meiling.tsai 「老鼠」 gmail「點」com，請回信", "meiling.tsai 「老鼠」 gmail「點」com", "meiling.tsai@gmail.com")]
    [InlineData("電子郵件為 junwei.liao🐭seed🔴net🔴tw，請調閱", "junwei.liao🐭seed🔴net🔴tw", "junwei.liao@seed.net.tw")]
    [InlineData("信箱 tzuhan88 ㄟˋ特 yahoo ㄉㄚˋ com ㄉㄚˋ hk。", "tzuhan88 ㄟˋ特 yahoo ㄉㄚˋ com ㄉㄚˋ hk", "tzuhan88@yahoo.com.hk")]
    [InlineData("信箱 hsinyi_52 ㄟ特 outlook ● com 的", "hsinyi_52 ㄟ特 outlook ● com", "hsinyi_52@outlook.com")]
    [InlineData("收到來自 yuting 句點 wang 在 icloud 句點 com 的釣魚信", "yuting 句點 wang 在 icloud 句點 com", "yuting.wang@icloud.com")]
    [InlineData("她的 email 是「chihao.wu」接「@」接「outlook.com」。", "chihao.wu」接「@」接「outlook.com", "chihao.wu@outlook.com")]
    public void Written_out_addresses_are_found_whole(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.EmailAddress).NormalizedValue);

    [Theory]
    [InlineData("我把 PDF 在 gmail 裡面找了很久，信箱太亂")]
    [InlineData("report_v2 在 gmail 裡面找，email 很多")]
    [InlineData("三點 com 展開幕，時間在 10 點，email 通知")]
    [InlineData("Kevin 在 google.com 工作三年了，email 沒給")]
    [InlineData("iPhone 在 apple 點 com 買的，收據寄到信箱了")]
    [InlineData("他的 IG @wang_ming 在 twitter 點 com 也有帳號")]
    [InlineData("v2 在 github 點 com 發布了，email 通知")]
    [InlineData("Let's meet Amy at 5 pm at the station, no email needed.")]
    [InlineData("資料寄給 wang@gmail。謝謝")]
    public void Look_alikes_of_written_out_addresses_are_no_email(string text) => FindsNo(text, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("用拼音寫的：ling jiu yi er san si wu liu qi ba，這是門號", "ling jiu yi er san si wu liu qi ba")]
    [InlineData("手機 líng jiǔ yāo èr sān sì wǔ liù qī bā", "líng jiǔ yāo èr sān sì wǔ liù qī bā")]
    [InlineData("電話用注音：ㄌㄧㄥˊ ㄐㄧㄡˇ ㄧ ㄦˋ ㄙㄢ ㄙˋ ㄨˇ ㄌㄧㄡˋ ㄑㄧ ㄅㄚ，請轉回", "ㄌㄧㄥˊ ㄐㄧㄡˇ ㄧ ㄦˋ ㄙㄢ ㄙˋ ㄨˇ ㄌㄧㄡˋ ㄑㄧ ㄅㄚ")]
    [InlineData("手機 ㄌㄧㄥ ㄐㄧㄡ ㄧ ㄦ ㄙㄢ ㄙ ㄨ ㄌㄧㄡ ㄑㄧ ㄅㄚ", "ㄌㄧㄥ ㄐㄧㄡ ㄧ ㄦ ㄙㄢ ㄙ ㄨ ㄌㄧㄡ ㄑㄧ ㄅㄚ")]
    [InlineData("每一位都用羅馬數字：0 IX I II III IV V VI VII VIII，前面的 0 直接寫", "0 IX I II III IV V VI VII VIII")]
    public void Phone_digits_in_another_script_are_found(string text, string value) =>
        Assert.Equal("+886912345678", FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void An_id_with_its_digits_in_pinyin_is_found() =>
        FindsExactly("身分證 A yi er san si wu liu qi ba jiu", "A yi er san si wu liu qi ba jiu", EntityTypes.NationalId);

    [Theory]
    [InlineData("wo men yi qi qu kan dian ying ba, ta shuo wu dian ban zai jia")]
    [InlineData("ba ba ma ma yi qi chi fan，這是拼音練習")]
    [InlineData("ㄅㄚ ㄅㄚ ㄇㄚ ㄇㄚ ㄨㄛˇ ㄞˋ ㄋㄧˇ，注音練習")]
    [InlineData("I. II. III. IV. V. 各點請見附件")]
    [InlineData("第 I、II、III、IV、V、VI 章已讀完")]
    [InlineData("I bought five apples and two pears for three people.")]
    public void Prose_and_lists_in_those_scripts_stay_clean(string text) => FindsNothing(text);
}
