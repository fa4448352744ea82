using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 44 (det-plates44): plates named by an export's field or column, a list of plates, and the codes beside them that stay
/// clean. Every value here is invented.
/// </summary>
public sealed class PlateExportFieldUnitTests
{
    private const string QueryLogHead =
        "  序號 類別  時間   車牌                身分證      電話          使用者\n" +
        "---------------------------------------------------------------------\n";

    [Theory]
    [InlineData("582KT")]
    [InlineData("6183WR")]
    [InlineData("RT2683")]
    [InlineData("KFZ132")]
    public void A_plate_under_a_query_logs_header_typed_with_one_space_and_ruled_off_is_found(string plate)
    {
        string text = QueryLogHead +
            "   1  查詢  22:03  QNY-1735  A123456789  0912345678  tp35083\n" +
            $"   2  異動  20:48  {plate}  A123456789  0912345678  tp92651\n" +
            "   3  比對  05:15  KRT-2835  A123456789  0912345678  cib87648\n";
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.LicensePlate && text.Substring(f.Start, f.Length) == plate);
    }

    [Fact]
    public void An_operators_code_in_the_user_column_of_a_plate_log_is_no_plate()
    {
        string text = QueryLogHead +
            "   1  查詢  22:03  QNY-1735  A123456789  0912345678  tp82537\n" +
            "   2  異動  20:48  KRT-2835  A123456789  0912345678  tp87125\n";
        Assert.DoesNotContain(Scan(text), f => f.Type == EntityTypes.LicensePlate && text.Substring(f.Start, 2) == "tp");
    }

    [Theory]
    [InlineData("{\"vehicle\": \"H36158\"}", "H36158")]
    [InlineData("{\"plateNo\": \"7396MB\"}", "7396MB")]
    [InlineData("{\"license_plate\": \"500HP\"}", "500HP")]
    [InlineData("INFO [qry-8] user=tp15981 sys=M-POLICE type=PLATE key=Z36190 hits=1", "Z36190")]
    [InlineData("最後出現於員林市，駕駛393AM。", "393AM")]
    [InlineData("| 編號 | 車牌 | 顏色 |\n|---|---|---|\n| 1 | 0313-AM | 銀 |\n| 2 | REF2181 | 黑 |\n", "0313-AM")]
    [InlineData("| 編號 | 車牌 | 顏色 |\n|---|---|---|\n| 1 | 0313-AM | 銀 |\n| 2 | REF2181 | 黑 |\n", "REF2181")]
    public void Letters_that_read_as_a_word_unit_or_time_are_a_plates_where_a_field_names_it(string text, string plate) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.LicensePlate && text.Substring(f.Start, f.Length) == plate);

    [Theory]
    [InlineData("常有 WG-833、JLA-5896 進出", "WG-833")]
    [InlineData("今天看到 H33859、ABC-1235 進出", "H33859")]
    public void A_value_listed_before_a_2012_plate_is_a_plate(string text, string plate) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.LicensePlate && text.Substring(f.Start, f.Length) == plate);

    [Theory]
    [InlineData("{\"orderNo\": \"KT3851\", \"vehicle\": \"ABC-1235\", \"amount\": 3000}", "KT3851")]
    [InlineData("{\"schedule\": \"AM512\", \"plateNo\": \"ABC-1235\"}", "AM512")]
    [InlineData("2026-05-01T10:35:21 INFO [qry-1] user=tp12345 sys=M-POLICE type=ORDER key=KT-3851 hits=1", "KT-3851")]
    [InlineData("{\"model\": \"RX-8\", \"vehicle\": \"ABC-1235\"}", "RX-8")]
    public void A_code_whose_own_key_names_another_kind_is_no_plate(string text, string code)
    {
        int at = text.IndexOf(code, StringComparison.Ordinal);
        Assert.DoesNotContain(Scan(text), f => f.Start < at + code.Length && at < f.End);
    }

    [Fact]
    public void A_list_of_plates_is_not_read_as_a_phone_with_look_alike_letters() =>
        Assert.DoesNotContain(Scan("重點：JFD-0226、QG-3695。"), f => f.Type == EntityTypes.PhoneNumber);
}
