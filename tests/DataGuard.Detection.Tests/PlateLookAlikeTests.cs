using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Codes shaped like plates that name something else (set P's false plates, by class), and plates that a make, a table's
/// plate column or a driving verb names where the older rules missed them (set P's plate misses, by class).
/// </summary>
public class PlateLookAlikeTests
{
    [Theory]
    [InlineData("管委會停車登記\n| 車位編號 | 樓層 | 車牌 |\n|---|---|---|\n| B2-017 | C棟5F | KVW-2861 |\n| P1-204 | A棟9F | - |")]
    [InlineData("管委會停車登記\n停車位,樓層,車牌號碼,電話\nB3-118,D棟2F,KVW-2861,-\nF2-036,E棟6F,-,-")]
    [InlineData("管委會停車登記\n車位\t車牌\t住戶電話\nB1-072\tKVW-2861\t-")]
    public void A_code_in_another_column_of_a_table_with_a_plate_column_is_not_a_plate(string text) =>
        Assert.Equal("KVW-2861", Assert.Single(Scan(text)).NormalizedValue);

    [Fact]
    public void A_2012_plate_stays_a_plate_in_another_column() =>
        FindsExactly("登記表\n| 備註 | 車號 |\n|---|---|\n| NRT-5831 | - |", "NRT-5831", EntityTypes.LicensePlate);

    [Fact]
    public void A_wrapped_row_does_not_count_its_columns_from_the_wrong_place() =>
        FindsAmongOthers("| 姓名 | 電話 | 車號 | 備註 |\n| 王小明 | 0912-\n345-678 | WB-3817 | 無 |", "WB-3817", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("倉庫盤點短少：DeWALT DHX-485 一支，機車行另報 HONDA 安全帽失竊")]
    [InlineData("失竊物品：PlayStation CUH-2218 主機，停車場監視器已調閱")]
    public void A_code_after_a_brand_in_its_own_casing_is_its_model(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void The_count_of_an_accident_class_is_not_a_plate() =>
        FindsNo("肇事分類統計：A3 96件（上季 A2 41 件），機車占多數。", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("報案：所有機車（黑色，KYMCO） 752-RKT，今晨發現遭竊。", "752-RKT")]
    [InlineData("失竊車輛：機車一部（藍色，Gogoro）PXL5921，今晨發現遭竊。", "PXL5921")]
    [InlineData("他的重機（黑色，SYM） 6218-KP，今晨發現遭竊。", "6218-KP")]
    public void A_make_in_a_closed_remark_leaves_the_plate_after_it(string text, string plate) =>
        FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("據報嫌犯騎5K8362離開現場", "5K8362")]
    [InlineData("監視器拍到對方開著48217P闖紅燈", "48217P")]
    [InlineData("網路投訴檢舉APR 6213夜間飆車", "APR 6213")]
    [InlineData("報案單掃描\n車 號 kw73925\n顏 色 銀", "kw73925")]
    public void A_driving_verb_or_a_spaced_label_names_a_weak_layout(string text, string plate) =>
        FindsExactly(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("值班紀錄：民眾詢問車號KWY-93B6 的拖吊費用", "KWY-93B6")]
    [InlineData("車號\t電話\nDK 3S9S\t-", "DK 3S9S")]
    public void A_letter_typed_for_a_digit_of_a_named_plate_is_read_as_the_digit(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("請參考 ABC-12B5 的說明")]
    [InlineData("汽車零件編號 KLM-1O25，已叫貨")]
    [InlineData("車輛：BMW 520i 停在路邊")]
    public void A_code_with_a_letter_among_its_digits_needs_a_plate_word(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_column_names_an_older_layout_alone_in_its_cell() =>
        FindsExactly("拖吊紀錄\n時間\t車號\t地點\n08:15\tQK-472\t中山路口", "QK-472", EntityTypes.LicensePlate);
}
