using DataGuard.Detection.Recognizers;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 46 (det-calls46): the other party's number in a call record's row (<see cref="CallRecordRows"/>), a number right
/// after a party's role (<see cref="PartyRoles"/>), a 04 landline of Taichung's length outside the assigned ranges where a
/// cue names it (<see cref="LandlineOfAreaLength"/>), and the codes beside the same cues that stay clean. Every value here
/// is invented.
/// </summary>
public sealed class CallRecordAndRoleUnitTests
{
    private static void FindsPhone(string text, string value) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.PhoneNumber && text.Substring(f.Start, f.Length) == value);

    private static void FindsNoPhoneOver(string text, string code)
    {
        int at = text.IndexOf(code, StringComparison.Ordinal);
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.PhoneNumber && f.Start < at + code.Length && at < f.Start + f.Length);
    }

    [Theory]
    [InlineData("114/04/28 20:05:58 來話 138 2345 6781 739秒 基地台 46692-2073-58630 IMEI 352528285634650", "138 2345 6781")]
    [InlineData("115/07/04 20:15:40 去話 630-4981 499秒 基地台 46692-F5F2-87530", "630-4981")]
    [InlineData("115/06/01 16:43:07 數據 0918 580 9851 26秒 46692-73BC-37000", "0918 580 9851")]
    [InlineData("3 | 01/05 13:20:50 | SMS | 010-2345-6782 | 95 | 46692-2F07-00210", "010-2345-6782")]
    [InlineData("1,115/11/21,07:19:15,0813-5008-0763,MO,650,46697-9326-21730", "0813-5008-0763")]
    [InlineData("1 115/08/07 14:31:32 5642 6005 去話 9秒 46697-55D7-51210", "5642 6005")]
    [InlineData("115/01/25 08:51:13 簡訊 04-8896-1483 ext.45 83秒 基地台 46692-D00C-18590", "04-8896-1483")]
    public void The_other_party_of_a_call_record_row_is_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("攔查 ABC-1235 駕駛 0951 611 1120", "0951 611 1120")]
    [InlineData("外籍移工 居留證 電話 0912-345-670，雇主 012-808 1050", "012-808 1050")]
    [InlineData("六、車主 192 2940 4290，刑案編號 H5772094550", "192 2940 4290")]
    [InlineData("銀行窗口 0821-1395-4050 wang@example.com", "0821-1395-4050")]
    [InlineData("買受人 聯絡 737-1720 kuo@example.com", "737-1720")]
    [InlineData("房東：(206) 946-2130", "206) 946-2130")]
    public void A_number_right_after_a_party_role_is_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("報案人 A123456789 電話 04-8158-1670分機68", "04-8158-1670")]
    [InlineData("保險證號 P1234567890 保險公司 04-3075-2410", "04-3075-2410")]
    [InlineData("被告 B123456789 電話 (04)3534-0880 轉74 日期 115/08/16", "(04)3534-0880")]
    [InlineData("通聯紀錄 目標門號 04-5289-4280 IMSI 466924747426560", "04-5289-4280")]
    public void A_04_landline_of_eight_local_digits_after_a_cue_is_a_phone(string text, string value) => FindsPhone(text, value);

    [Theory]
    [InlineData("來話 2251846360 768秒 基地台 46692-0727-32670 IMEI 354624164893700", "0727-32670")]
    [InlineData("簡訊 0975-***-690 825秒 基地台 46697-0448-57750 IMEI 354109356688410", "0448-57750")]
    [InlineData("114/05/07 05:34:11 去話 0912-345-678 818秒 基地台 46697-39F2-67470 IMEI 352528285634650", "352528285634650")]
    [InlineData("114/05/07 05:34:11 去話 0912-345-678 818秒", "818秒")]
    [InlineData("關係人 115年度偵緝字第1086號，刑案編號 H5772094550", "1086")]
    [InlineData("駕駛 F123456789 酒測 0.36 mg/L", "F123456789")]
    [InlineData("車主 0399-QJ，文號 B1259712410", "0399")]
    [InlineData("攔查 ABC-1235 駕駛 24.6225,121.5429", "24.6225")]
    public void Codes_beside_a_call_record_or_a_role_are_no_phone(string text, string code) => FindsNoPhoneOver(text, code);

    [Fact]
    public void The_04_area_dials_two_lengths_and_the_others_one()
    {
        Assert.Equal(10, TaiwanNumberingPlan.OtherLandlineLength("0430752410".AsSpan(), 9));
        Assert.Equal(9, TaiwanNumberingPlan.OtherLandlineLength("042345678".AsSpan(), 10));
        Assert.Equal(0, TaiwanNumberingPlan.OtherLandlineLength("0223456789".AsSpan(), 10));
        Assert.Equal(0, TaiwanNumberingPlan.OtherLandlineLength("073456789".AsSpan(), 9));
    }

    [Fact]
    public void An_unnamed_04_number_of_eight_local_digits_stays_unread() =>
        FindsNoPhoneOver("交易序號 04-3075-2410 金額 1,200", "04-3075-2410");
}
