using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 37 (categories of sets U31, U32): a roster's plate column shown by its other rows (column consensus) names a plate
/// written without its hyphen, in lower case or with its hyphen moved; a plate spelt out with wide gaps around its hyphen; a
/// count after a listed plate; a plate without its hyphen before a fixed-width roll's next column — and codes of the same
/// shapes in other columns that stay clean. Values are invented.
/// </summary>
public class PlateRosterColumnTests
{
    private const string Mobile1 = "0912-357-816", Mobile2 = "0933-268-157", Mobile3 = "0955-713-862";

    [Theory]
    [InlineData("RPX6093")] // 2012 layout, hyphen dropped
    [InlineData("kpd7135")] // lower case
    [InlineData("GT582")] // heavy motorcycle 2+3
    [InlineData("5382TK")] // digits first
    [InlineData("ab52917")] // micro-EV 2+5 in lower case
    [InlineData("RPX609-3")] // hyphen moved inside the digits
    public void A_plate_written_another_way_in_a_roster_of_plates_is_found(string plate)
    {
        var text = $"王○、{Mobile1}、KTW-5281、-\n林○、待補、{plate}、無\n陳○、{Mobile2}、RRX-2958、-\n張○、{Mobile3}、GT-582、-\n";
        FindsAmongOthers(text, plate, EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("1／王○／{0}／KTW-5281／無\n2／林○／／{1}／-\n3／陳○／{2}／WK-582／無\n")]
    [InlineData("| 1 | 王○ | {0} | KTW-5281 |\n| 2 | 林○ |  | {1} |\n| 3 | 陳○ | {2} | 5382-TK |\n")]
    [InlineData("王○,{0},KTW-5281\n林○,,{1}\n陳○,{2},WK-582\n")]
    public void Rosters_cut_by_slashes_bars_and_commas_are_read(string rows)
    {
        var text = string.Format(rows, Mobile1, "RPX6093", Mobile2);
        FindsAmongOthers(text, "RPX6093", EntityTypes.LicensePlate);
    }

    [Fact]
    public void A_plate_without_its_hyphen_ends_before_a_fixed_width_rolls_next_column()
    {
        var text = "林大同  RPX6093  0933 222 111\n王小明  KTW-5281  0912-345-678\n陳美  MNB-3052  0955-111-222\n李四  QLM2586  277 2543\n";
        FindsAmongOthers(text, "RPX6093", EntityTypes.LicensePlate);
        FindsAmongOthers(text, "QLM2586", EntityTypes.LicensePlate);
    }

    [Fact]
    public void A_column_of_flight_numbers_is_no_plate_column()
    {
        var text = "| 1 | 王○ | CI-101 | 113/05/02 |\n| 2 | 林○ | BR189 | 113/05/03 |\n| 3 | 陳○ | JX-800 | 113/05/04 |\n| 4 | 李○ | CI-105 | 113/05/05 |\n";
        FindsNo(text, EntityTypes.LicensePlate);
    }

    [Theory]
    [InlineData("品名、料號、數量")]
    [InlineData("日期、訂單編號、數量")]
    public void Codes_under_a_part_or_order_header_are_no_plates(string header)
    {
        // (KTW-5281 and MNB-3052, the 2012 layout with its hyphen, are plates in any column, as before this round)
        var text = $"{header}\n螺絲、KTW-5281、3\n墊片、RPX6093、2\n濾芯、MNB-3052、5\n把手、5382-TK、2\n";
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.LicensePlate && (text.Substring(f.Start, f.Length) is "RPX6093" or "5382-TK"));
    }

    [Fact]
    public void A_lone_code_in_a_roster_without_other_plates_stays_as_it_was() =>
        FindsNo($"王○、{Mobile1}、無、-\n林○、待補、GT582、無\n陳○、{Mobile2}、無、-\n", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("D V R   -   6 1 7 2")]
    [InlineData("K T W  -  5 2 8 1")]
    public void A_plate_spelt_out_with_wide_gaps_around_its_hyphen_is_one_plate(string plate) =>
        FindsAmongOthers($"監視器拍到 {plate} 往北離去。", plate, EntityTypes.LicensePlate);

    [Fact]
    public void Digits_spelt_out_around_a_wide_hyphen_are_no_plate() =>
        FindsNo("版本 1 2   -   3 4 已更新。", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("駕駛王○駕", "RKM ＋ 5276")]
    [InlineData("對方車號只記得", "WTP + 8153")]
    [InlineData("有車輛", "HZD ＋ 3927")]
    public void A_plus_set_apart_between_a_named_plates_groups_joins_them(string before, string plate) =>
        FindsAmongOthers($"{before}{plate}，請協助調閱。", plate, EntityTypes.LicensePlate);

    [Fact]
    public void A_sum_of_a_word_and_a_number_is_no_plate() =>
        FindsNo("請計算 KPI + 1250 的結果。", EntityTypes.LicensePlate);

    [Fact]
    public void A_count_after_each_listed_plate_is_no_part_of_its_digits()
    {
        var text = "請按違規次數排序：MRT-5267 3次、HK-7731 5次、PLN-8136 2次、ZFA-1958 1次。";
        FindsAmongOthers(text, "MRT-5267", EntityTypes.LicensePlate);
        FindsAmongOthers(text, "PLN-8136", EntityTypes.LicensePlate);
        FindsAmongOthers(text, "ZFA-1958", EntityTypes.LicensePlate);
    }
}
