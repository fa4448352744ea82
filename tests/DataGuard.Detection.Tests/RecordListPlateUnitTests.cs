using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-lists46 (issue 9, categories of set U51): values in record lists packed with other codes — a plate before an amount
/// written with thousands commas (<c>AmountAfterCode</c>), a row cut its own way under a barred header (<c>OwnCutRows</c>),
/// goods counted after a code (<c>ItemCountAfter</c>), a ticket's number under a ticket label or column (<c>TicketNumbers</c>).
/// Every value is invented (checksums computed so that the ticket numbers would pass as an ID or certificate).
/// </summary>
public sealed class RecordListPlateUnitTests
{
    private const string Header = "交通違規罰單彙整表\n序|單號|條款|車牌|金額|應到案日期\n";

    [Theory]
    [InlineData("違規 KDW-2815 1,200元 已繳", "KDW-2815")]
    [InlineData("車號 RT-357 3,600元 已繳", "RT-357")]
    [InlineData(Header + "1|QF12345678|35-1|MNB-6127|900元|114/02/03\n2 JB7654321 56-1 EQ-2815 36,000元 114/05/06\n", "EQ-2815")]
    [InlineData(Header + "1|QF12345678|35-1|MNB-6127|900元|114/02/03\n2 TB0765432 60-2-3 5127-KT 2,400元 115/01/16\n", "5127-KT")]
    [InlineData(Header + "1|QF12345678|35-1|MNB-6127|900元|114/02/03\n2，CS08765432，33-1-1，MR-573，1,800元，115/03/21\n", "MR-573")]
    [InlineData(Header + "1|QF12345678|35-1|MNB-6127|900元|114/02/03\n2\tPK5678123\t40\tKLT-8125\t12,000元\t114/11/30\n", "KLT-8125")]
    [InlineData(Header + "1|QF12345678|35-1|MNB-6127|900元|114/02/03\n2 QAB1234567 48-1-2 ZRW1592 6,000元 114/12/01\n", "ZRW1592")]
    public void A_plate_in_a_record_list_row_is_found_whatever_cuts_the_row(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("扣押物品目錄表\n1 TP-8127 2台 序號 QW12ER34TY\n2 手機 1支\n")]
    [InlineData("扣押物品目錄表\n3 NX-321 4盒 序號 QW12ER34TY\n")]
    [InlineData("贓物清冊\n2. GTX-3160 9件 序號 ZX98YT76WQ 估價 3,600\n")]
    [InlineData("盤點清單\n5 QV-73882支 序號 EY19LK28PQ\n")]
    [InlineData("盤點清單\n5 MK-2715 12個 序號 EY19LK28PQ\n")]
    public void Goods_counted_after_a_code_are_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車號 ABC-1235台北停車場", "ABC-1235")]
    [InlineData("常被拍到 MRT-5267 3次", "MRT-5267")]
    [InlineData("肇事車 KDW-2815 兩台車擦撞", "KDW-2815")]
    public void A_plate_before_a_place_a_count_of_sightings_or_of_vehicles_stays(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData(Header + "1 QZB9514158 35-1 KDW-2815 1,200元 114/03/09\n")]
    [InlineData(Header + "1|QZB0246908|35-1|KDW-2815|1,200元|114/03/09\n")]
    [InlineData("罰單 TB06346744 還沒繳")]
    [InlineData("單號：TB80129930；時間：18:23")]
    public void A_tickets_number_is_no_id_or_certificate(string text)
    {
        FindsNo(text, EntityTypes.NationalId);
        FindsNo(text, EntityTypes.ResidentCertificate);
    }

    [Theory]
    [InlineData("身分證 QZB9514158", EntityTypes.NationalId)]
    [InlineData("居留證 TB06346744", EntityTypes.ResidentCertificate)]
    public void The_same_characters_under_their_own_label_stay(string text, string type) =>
        Assert.Contains(Scan(text), f => f.Type == type);
}
