using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Plate layouts and writings the held-out sets showed missing (legacy digits-first plates with a mixed code, plates spelt
/// out, a remark in brackets after a plate, look-alike letters with invisible characters), and the numbers with units
/// and model codes with measure words that must stay clean. The generator covers each across contexts.
/// </summary>
public class PlateVariantTests
{
    [Theory]
    [InlineData("交易地點停放288-R3", "288-R3")]
    [InlineData("X9-8761、232-C9兩台舊車長期停放", "232-C9")]
    [InlineData("3715-W7、705-N1兩台舊車長期停放", "705-N1")]
    [InlineData("車牌３６１－Ｑ５的老賓士停在路肩", "３６１－Ｑ５")]
    [InlineData("舊牌6551-4U的車", "6551-4U")]
    [InlineData("車 牌 M1 298\u3000車 主 電 話", "M1 298")]
    [InlineData("附件是B M N 1 1 1 9的事故照片", "B M N 1 1 1 9")]
    [InlineData("車牌辨識系統比對結果：B J H 7 2 2 0（110年5月17日 02:45 經過中山路口）", "B J H 7 2 2 0")]
    [InlineData("比對結果：AJT-1013（115年1月5日 01:44 經過中山路口）、acm-6982（同日）", "AJT-1013")]
    [InlineData("車牌號碼(EWT-8937)（115年7月20日 04:14 違停）", "EWT-8937")]
    [InlineData("比對結果：車牌 2Q-1909（110年11月8日 10:56 違停）", "2Q-1909")]
    [InlineData("車牌:RH-52（113年7月25日 08:38 違停）", "RH-52")]
    [InlineData("## 車籍\n* HR  575", "HR  575")]
    [InlineData("事故登記：LSМ\u200D-8\u200C55，騎士另案", "LSМ\u200D-8\u200C55")]
    public void Legacy_spelt_out_bracketed_and_disguised_plates_are_found(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車輛型號：CX-5一部，排氣量1998cc，出廠年份2018。")]
    [InlineData("Summary: model F-150一台, mileage 45,210 km, no plate attached.")]
    [InlineData("model Gogoro S2一台, mileage 12,480 km")]
    [InlineData("他買了RX-8一輛、MT-09兩部、A-10一架、SU-7一艘、Model Y一款")]
    [InlineData("電池5000mAh，車重1500kg")]
    // a group of a longer hyphenated code beside a plate word (超速, 路檢): a romanised case number, a part number
    [InlineData("超速部分另案。Case No. 110-Jin-Su-200 was adjourned to 5 Nov 2023.")]
    [InlineData("路檢勤務中查扣零件 PN RX-815-B7 一批")]
    public void Units_and_counted_model_codes_are_not_plates(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_in_capitals_with_a_unit_shaped_code_is_still_a_plate() =>
        FindsAmongOthers("舊牌 1234 KM 停在路邊", "1234 KM", EntityTypes.LicensePlate);
}
