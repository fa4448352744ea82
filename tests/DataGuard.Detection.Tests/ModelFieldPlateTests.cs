using DataGuard.Detection.Recognizers;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 24 (set U8's false plates): a vehicle model's code in a model field of a record pasted from a system — under a
/// model key or header, after the words of the model's name, in a fixed-width report or under a report's heading — and
/// a well-known model's code anywhere no plate word names it, are models; the plate beside them stays a plate. Values
/// here are made up for the tests (the well-known models come from the engine's own list).
/// </summary>
public class ModelFieldPlateTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "2345678");

    [Theory]
    [InlineData("<row><號牌>KPW-2635</號牌><型式>QZ-250</型式></row>")]
    [InlineData("{\"plateNo\": \"KPW-2635\", \"型式\": \"QZ-250\"}")]
    [InlineData("車牌：KPW-2635\n廠牌：QZ-250\n")]
    [InlineData("號牌=KPW-2635 型式=QZ-250 引擎號碼=7GH2K9LM4NP5QR8ST")]
    [InlineData("車牌　KPW-2635\n品名　QZ-250")]
    public void A_code_under_a_model_key_is_a_model_and_the_plate_beside_it_a_plate(string text)
    {
        FindsAmongOthers(text, "KPW-2635", EntityTypes.LicensePlate);
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.LicensePlate && text.Substring(f.Start, f.Length) == "QZ-250");
    }

    [Theory]
    [InlineData("查扣清冊 第3項\n品項：NOVA QZ-250\n引擎號碼：7GH2K9LM4NP5QR8ST")]
    [InlineData("廠牌型式：Racing QZ-250 車主：王○明")]
    public void A_code_after_a_model_key_and_the_words_of_the_models_name_is_a_model(string text) =>
        FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_2012_plate_after_a_brand_key_and_a_make_ends_the_vehicles_description() =>
        FindsAmongOthers("廠牌：TOYOTA Camry KPW-2635", "KPW-2635", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("型式,估價,引擎號碼\nQZ-250,NT$12,480,7GH2K9LM4NP5QR8ST\n")]
    [InlineData("品名;車架號碼;價值\nQZ-250;7GH2K9LM4NP5QR8ST;$6,815\n")]
    [InlineData("引擎號碼,型號,估價\n7GH2K9LM4NP5QR8ST,QZ-250,新台幣6,815元\n")]
    public void An_amounts_thousands_comma_is_no_cell_break_of_the_row(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_after_an_amount_in_a_csv_row_keeps_its_column() =>
        FindsAmongOthers("單價,車牌,型號\nNT$12,345,KP-2635,QZ-250\n", "KP-2635", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("型號  引擎號碼  台數\nQZ-250  7GH2K9LM4NP5QR8ST  2\nWK-125  8JK3L0MN5PQ6RS9TU  1\n")]
    [InlineData("引擎號碼\u3000型式\u3000台數\n7GH2K9LM4NP5QR8ST\u3000QZ-250\u3000２\n")]
    public void A_code_in_a_fixed_width_reports_model_column_is_a_model(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("盤點結果\n[型號]\nNOVA QZ-250 7GH2K9LM4NP5QR8ST\u30002\nWK-125  8JK3L0MN5PQ6RS9TU  1\n")]
    [InlineData("## 品名\nQZ-250  7GH2K9LM4NP5QR8ST  2\n")]
    public void A_code_opening_a_row_under_a_heading_naming_models_is_a_model(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_opening_a_row_under_a_heading_naming_plates_stays_a_plate() =>
        FindsAmongOthers($"【車號】\nQZ-250  {Id}  2\n", "QZ-250", EntityTypes.LicensePlate);

    // The list's models in a plate's older shapes (two letters and two or three digits, three letters and three digits).
    public static TheoryData<string> KnownModels()
    {
        var models = new TheoryData<string>();
        foreach (var (series, numbers) in VehicleModelCodes.Entries)
        {
            foreach (var number in numbers.Split(' '))
            {
                if (series.Length == 2 ? number.Length >= 2 : number.Length == 3) models.Add(series + "-" + number);
            }
        }
        return models;
    }

    [Theory]
    [MemberData(nameof(KnownModels))]
    public void A_well_known_model_beside_a_plate_in_a_row_without_its_header_is_no_plate(string model)
    {
        var text = $"2024-03-05;KPW-2635;{model};定檢\n展示車KPW-2635（{model}，珍珠白）車主{Id}";
        Assert.Equal(2, Scan(text).Count(f => f.Type == EntityTypes.LicensePlate));
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.LicensePlate && text.Substring(f.Start, f.Length) == model);
    }

    [Theory]
    [MemberData(nameof(KnownModels))]
    public void A_well_known_models_letters_and_digits_after_a_plate_label_are_a_plate(string model)
    {
        FindsAmongOthers($"車牌：{model}，車主{Id}", model, EntityTypes.LicensePlate);
        FindsAmongOthers($"車號,車主證號\n{model},{Id}\n", model, EntityTypes.LicensePlate);
    }
}
