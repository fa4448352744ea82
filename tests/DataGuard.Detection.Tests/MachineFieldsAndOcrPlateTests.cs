using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-ocr45: the mechanisms of the round, one behaviour each — a program's log fields read as no value
/// (<c>MachineLogFields</c>, <c>PhoneInsideCardRun</c>, dates in <c>PhoneForms.IsSlashDate</c>, <c>CountAfter.CountsSpacedAt</c>)
/// and a plate read through OCR confusions where a field or the line names it (<c>PlateOcrReading</c>). Values are invented.
/// </summary>
public sealed class MachineFieldsAndOcrPlateTests
{
    [Theory]
    [InlineData("10.2.3.4 - - [06/May/2025:10:11:12 +0800] \"GET /index.html HTTP/1.1\" 200 6905\n10.2.3.5 - - [06/May/2025:10:11:13 +0800] \"GET / HTTP/1.1\" 404 3170")]
    [InlineData("< HTTP/2 503 7312\n< Content-Type: text/html")]
    [InlineData("10.2.3.4 - - [06/May/2025:10:11:12 +0800] \"POST /api HTTP/1.1\" 201 4903\n203.142.147.96 - - [06/May/2025:10:11:13 +0800] \"GET / HTTP/1.1\" 200 512")]
    public void An_access_logs_status_and_size_are_no_phone_or_card(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type is EntityTypes.PhoneNumber or EntityTypes.CreditCard);

    [Theory]
    [InlineData("2024-10-23 13:32:59,881 DEBUG [pay] charge user=tp12 amt=3557")]
    [InlineData("[LPR] cam=07 conf=0.82 ts=1714620033")]
    [InlineData("GET /notify?sid=ok&exp=0827")]
    [InlineData("2025-09-10 WARN [pay] charge card=5389 \n1443 amt=3681")]
    [InlineData("qty=4821 cnt=5531")]
    public void A_log_fields_key_is_no_plates_letters(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車牌 EUB=6991", "EUB=6991")]
    public void A_plate_typed_with_an_equals_sign_alone_or_under_a_plate_key_stays_a_plate(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("越南籍家屬來電協尋：自2025/05/20起失聯")]
    [InlineData("越南籍家屬來電協尋：自115.12.14起失聯")]
    [InlineData("印尼籍移工自20/05/2025起失聯")]
    [InlineData("The Thai worker has been missing since 05/20/2025.")]
    public void A_date_is_no_foreign_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("測試資料（checksum錯誤，不是真的）：\n2446-0045-5134-5176\nX12156029")]
    [InlineData("Sample: 4111 0045 5134 5175")]
    public void A_phone_is_not_read_from_inside_a_number_grouped_as_a_card(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Fact]
    public void A_card_under_a_phone_word_is_the_card_not_a_phone_of_its_first_groups() =>
        FindsExactly("電話4111 1111 1111 1111", "4111 1111 1111 1111", EntityTypes.CreditCard);

    [Theory]
    [InlineData("機車型號 GP125 2 台、JET SL 125 1 台，車身號碼另附。")]
    [InlineData("庫存 KRV 180 12 輛")]
    public void A_spaced_count_before_its_measure_word_is_no_plates_digit(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("2024-10-23 13:32:59,881 DEBUG [case-api] plate=RRMBID8 cam=4", "RRMBID8")]
    [InlineData("[LPR] cam=12 plate=MKBl2Z8 conf=0.41", "MKBl2Z8")]
    [InlineData("車牌 Z02-JBZ  車種 普通重型機車", "Z02-JBZ")]
    public void A_plate_read_through_ocr_confusions_in_a_plate_field_or_an_ocr_line_is_found(string text, string plate) =>
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("料號 RRMBZD8 已到貨")]
    [InlineData("{\"sku\": \"MKBl2ZB\", \"qty\": 2}")]
    [InlineData("commit 7G89EZ1 merged")]
    [InlineData("license key UB17oGK-QW")]
    public void The_same_characters_with_no_plate_field_or_ocr_line_stay_clean(string text) => FindsNo(text, EntityTypes.LicensePlate);

    private static void FindsNo(string text, string type) => Assert.DoesNotContain(Scan(text), f => f.Type == type);
}
