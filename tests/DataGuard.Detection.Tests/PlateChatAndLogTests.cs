using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 38 (categories of sets U33, U34): plates in chats with no plate word — alone in a message of a chat that passes
/// labelled identifiers, or pointed at by 那台 and seen on the road after it; a digits-first plate whose letters spell a unit
/// (a size of data) after a vehicle noun — and plate precision in logs and lists: a log's status word after a number, a decimal with its
/// unit, a product counted after a model code. Values are invented.
/// </summary>
public class PlateChatAndLogTests
{
    [Theory]
    [InlineData("AEK7351")] // 2012 layout without its hyphen
    [InlineData("７２３－ＷＫ")] // digits first, full width
    [InlineData("ek-52817")] // micro-EV 2+5 in lower case
    [InlineData("KT-582")] // heavy motorcycle 2+3
    public void A_plate_alone_in_a_chat_passing_labelled_identifiers_is_found(string plate)
    {
        var text = $"幫我整理：\n[10:04] 對方：證號 G12😀3456😀789\n[22:48] 組長：他的 {plate}\n[05:08] 組長：卡號 肆貳柒壹-伍參陸8\n";
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
    }

    [Fact]
    public void A_code_alone_in_a_chat_of_order_numbers_is_no_plate()
    {
        FindsNo("[10:04] 客服：訂單 83920571\n[10:05] 客服：這個 KT-582\n[10:06] 客服：分機 3921\n", EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("[9/13 18:48] 小陳: 那台KT-482剛剛又出現在中山路", "KT-482")]
    [InlineData("阿宏：那台RKW284剛剛又出現在民生路", "RKW284")]
    [InlineData("07:18 偵查佐林 這輛5231KT剛才經過忠孝路", "5231KT")]
    public void A_vehicle_pointed_at_and_seen_on_the_road_is_a_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車主於110年5月4日將KT528-17過戶。", "KT528-17")] // a micro-EV 2+5 with its hyphen moved
    [InlineData("林君已將RKT-5283過戶給他人", "RKT-5283")]
    public void A_vehicle_transferred_after_its_plate_names_the_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("那台XR-150要送修，麻煩處理。")]
    [InlineData("那台KT-582又當機了，請回報。")]
    public void A_machine_pointed_at_by_its_measure_word_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("另一台機車3715tb當時停在對面。", "3715tb")]
    [InlineData("騎乘機車5820gb離開現場。", "5820gb")]
    public void A_digits_first_plate_spelling_a_unit_after_a_vehicle_noun_is_found(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Fact]
    public void A_vehicles_own_measure_after_a_vehicle_noun_is_no_plate() => FindsNo("他的機車1998cc，回收車 2500cc", EntityTypes.LicensePlate);

    [Fact]
    public void A_size_typed_onto_its_number_is_still_no_plate() => FindsNo("備份檔 3072tb 已上傳，車籍資料庫同步完成。", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("2024-07-28 13:02:37 DEBUG [SMSGateway] to=0912-357-816 len=47 ok\n2024-07-28 13:02:39 INFO [VehicleQuery] done\n")]
    [InlineData("2024-07-28 13:02:37 DEBUG [SMSGateway] to=0933 268 157 len=112 ng\n")]
    public void A_logs_status_word_after_a_number_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("修正車籍查詢逾時問題，更新檔大小 263.5 MB。")]
    [InlineData("車牌辨識模組 88.2 GB，請預留空間。")]
    public void A_decimal_and_its_unit_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("另有 KVX-7300 監視器兩台。")]
    [InlineData("扣押 QX-2150 相機一台、筆電一台")]
    public void A_model_code_before_a_counted_product_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車號ABC-1235 監視器兩台拍到", "ABC-1235")] // a plate label right before it names the plate
    [InlineData("那台ABC-1235停了一個小時", "ABC-1235")] // a verb's object, not a count ending the clause
    [InlineData("查獲KTR-5281 機車兩台", "KTR-5281")] // a vehicle's noun counts plated vehicles
    public void A_plate_before_other_counts_stays_a_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
}
