using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 26 (sets U11, U12): a wrong-checksum ID or certificate is reported only when an ID word names that value — its
/// label before it in its clause, an ID word right after it, its column's header — not when the word stands a sentence or a
/// clause away. Values are synthetic (<see cref="SyntheticIds"/>).
/// </summary>
public class MistypedIdTests
{
    private static readonly string WrongId = SyntheticIds.Corrupt(SyntheticIds.Numeric('P', 2, "6031954"), 2);
    private static readonly string WrongCertificate = SyntheticIds.Corrupt(SyntheticIds.Numeric('W', 8, "1407263"), 5);
    private static readonly string WrongOldCertificate = SyntheticIds.Corrupt(SyntheticIds.OldResident('H', 'D', "5092318"), 6);

    public static TheoryData<string> Wrong() => new() { WrongId, WrongCertificate, WrongOldCertificate };

    private static string TypeOf(string value) => value == WrongId ? EntityTypes.NationalId : EntityTypes.ResidentCertificate;

    private static string IdWordFor(string value) => value == WrongId ? "身分證字號" : "居留證號";

    // {0} is the ID word, {1} the value: a label before it in its clause, across a name; an ID word right after it; its column.
    private static readonly string[] NamingFrames =
    {
        "{0}疑似誤植為{1}，請更正", "{0}：{1}", "{{\"{0}\": \"{1}\"}}", "{0}：王小明 {1}、李小華 待補", "另一組號碼 {1}（{0}）請更正",
        "姓名,{0},備註\n王小明,{1},待查", "| 姓名 | {0} |\n|---|---|\n| 王小明 | {1} |",
    };

    public static TheoryData<string, string> Named()
    {
        var data = new TheoryData<string, string>();
        foreach (var frame in NamingFrames)
        foreach (var value in new[] { WrongId, WrongCertificate, WrongOldCertificate })
            data.Add(frame, value);
        return data;
    }

    [Theory]
    [MemberData(nameof(Named))]
    public void A_mistyped_value_an_id_word_names_is_reported(string frame, string value) =>
        FindsAmongOthers(string.Format(frame, IdWordFor(value), value), value, TypeOf(value));

    [Theory]
    [MemberData(nameof(Wrong))]
    public void A_record_number_beside_an_id_word_that_names_another_value_is_not_reported(string value)
    {
        string word = IdWordFor(value);
        FindsNo($"當事人持{word[..3]}到場。調查紀錄表編號{value}，已歸檔。", TypeOf(value));
        FindsNo($"報告編號{value}，另案存查。{word}欄位空白。", TypeOf(value));
        FindsNo($"{word[..3]}正反面已影印，單據{value}另送。", TypeOf(value));
        FindsNo($"卷宗檔號{value}（內部序號，並非證件號碼）。", TypeOf(value));
        FindsNo($"Exhibit 4: scanned slip {value}; the resident certificate was sighted.", TypeOf(value));
        FindsNo($"| {word} | 檔號 |\n|---|---|\n| 待補 | {value} |", TypeOf(value));
    }
}
