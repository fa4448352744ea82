using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 39 (det-plates39): older plate layouts in awkward places — a plate cell glued to the e-mail or mobile cell after it,
/// a person's own vehicle pointed at by 他那台, a log line whose component reads plates, a radio call asking to check the
/// value — and the codes of a plate's shape kept clean in the same places: a time before its meridiem, a year before a
/// season, a machine's trouble after its model. Values are invented.
/// </summary>
public class OlderPlateFrameTests
{
    [Theory]
    [InlineData("姓名,車號,Email\n陳○華,UW-3985chen.hua10@example.com\n", "UW-3985", "chen.hua10@example.com")]
    [InlineData("姓名,車號,Email\n陳○華,2954-NCtina.wu90@example.com\n", "2954-NC", "tina.wu90@example.com")]
    [InlineData("姓名,車號,Email\n陳○華,ＢＫ－８５６４chen.hua47@example.com\n", "ＢＫ－８５６４", "chen.hua47@example.com")]
    [InlineData("姓名,車號,Email\n陳○華,9X-0395tina.wu89@example.com\n", "9X-0395", "tina.wu89@example.com")]
    [InlineData("姓名,車號,Email\n陳○華,八六一三-MQhua_88@example.com\n", "八六一三-MQ", "hua_88@example.com")]
    public void A_plate_cell_glued_to_the_e_mail_cell_after_it_is_found_and_the_address_starts_after_it(string text, string plate, string mail)
    {
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
        FindsAmongOthers(text, mail, EntityTypes.EmailAddress);
    }

    [Theory]
    [InlineData("姓名,車號,手機\n陳○華,ZF-41340951880823\n", "ZF-4134")]
    [InlineData("姓名,車號,手機\n陳○華,6132-NA0988488572\n", "6132-NA")]
    [InlineData("姓名,車號,手機\n陳○華,8V-41330931005787\n", "8V-4133")]
    public void A_plate_cell_glued_to_the_mobile_cell_after_it_ends_where_the_mobile_starts(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Fact]
    public void A_mailbox_name_that_merely_starts_with_digits_and_a_hyphen_stays_whole() =>
        FindsAmongOthers("聯絡信箱：2954-nctina@example.com", "2954-nctina@example.com", EntityTypes.EmailAddress);

    [Theory]
    [InlineData("他那台 9531-RJ昨天被刮了", "9531-RJ")]
    [InlineData("我那台DPU-975又被拖走了", "DPU-975")]
    [InlineData("她的那輛 KV-46273 停在巷口。", "KV-46273")]
    public void A_persons_own_vehicle_pointed_at_by_its_measure_word_is_a_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("他那台XR-150又當機了")]
    [InlineData("我那台WR-237要送修，請回報。")]
    [InlineData("【無線電】巡邏車：確認 她的那台DF-882螢幕壞了")]
    public void A_persons_machine_with_its_trouble_after_it_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("2024-05-13 03:22:41 INFO [ParkingGate] entry CZ-4974 lane=8", "CZ-4974")]
    [InlineData("2024-05-13 03:22:41 WARN [LprCamera] 6T-9069 low confidence", "6T-9069")]
    [InlineData("2024-05-13 03:22:41 INFO [tow-service] queued 424-SE", "424-SE")]
    public void A_log_line_of_a_component_that_reads_plates_names_its_codes_plates(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("2024-05-13 03:22:41 INFO [Inventory] entry CZ-4974 slot=8")]
    [InlineData("2024-05-13 03:22:41 INFO [Towel] entry CZ-4974 slot=8")] // a word that only starts like one
    public void A_log_line_of_another_component_leaves_an_older_layout_alone(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("【無線電】三線一：查一下 5995-GD，請回報。", "5995-GD")]
    [InlineData("無線電 勤務中心：請查 FJ2-637", "FJ2-637")]
    public void A_radio_call_asking_to_check_the_value_names_it_a_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("[12:03] 小陳：查一下 XR-150 的庫存")] // 查 in a chat asks after anything
    [InlineData("【無線電】巡邏車：確認 0220-AM 集合，完畢。")]
    [InlineData("【無線電】巡邏車：確認 2024-SS 新品，完畢。")]
    [InlineData("巡邏車隊 1130-PM 出發")]
    public void Codes_that_are_times_seasons_or_stock_stay_clean(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車號 1130-PM", "1130-PM")] // a plate label right before it still names a plate
    [InlineData("開2024-SS離開", "2024-SS")]
    public void A_time_or_season_shape_named_a_plate_is_still_one(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
}
