using System.Text;
using DataGuard.Detection.Tests.Generated;
using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 41 (categories of set U42, open): one value written in many numeral kinds at once — sound-alikes with one odd mark
/// repeated between groups (<c>RepeatedGroupMark</c>), the sound-alikes 苓 揖 絲 戚 叭 searched, two common ones at a disguised
/// run's tail, a landline's seven or eight local digits in sound-alikes after its label, other scripts' digits among them —
/// and the cells of <see cref="MixedNumeralKinds"/>. Values are invented (checksums valid); a failure names cells, never a value.
/// </summary>
public sealed class MixedNumeralKindsTests(ITestOutputHelper output)
{
    // An invented mobile 0917-635-084 and national ID K138056209, in sound-alikes and numerals; {0} is the mark between groups.
    private const string Mobile = "苓酒戚依{0}柳散舞{0}菱吧寺";
    private const string NationalId = "K依山吧{0}苓五留{0}尔零酒";

    [Theory]
    [InlineData("•")]
    [InlineData("∙")]
    [InlineData("·")]
    [InlineData("‧")]
    [InlineData("~")]
    [InlineData("～")]
    [InlineData("_")]
    [InlineData("＿")]
    [InlineData("、")]
    [InlineData("→")]
    [InlineData("*")]
    [InlineData("＊")]
    [InlineData("♦")]
    [InlineData("☆")]
    [InlineData("★")]
    [InlineData(" ")]
    // Left (round 41): a bar, a plus or an ellipsis repeated between groups — the sound-alikes are read, but the recognizers
    // take those marks between a value's groups rarely (cells mixed41.mark.bar, .plus, .ellipsis at their figures).
    public void One_mark_repeated_between_groups_parts_a_value_of_sound_alikes(string mark)
    {
        string phone = string.Format(Mobile, mark), id = string.Format(NationalId, mark);
        FindsExactly($"手機 {phone}，請回電。", phone, EntityTypes.PhoneNumber);
        FindsExactly($"身分證：{id}", id, EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("K依山吧•苓五留~尔零酒")] // two kinds of mark: not one value cut by one mark
    [InlineData("K依、山、吧、苓、五、留、尔、零、酒")] // one character per item: a list
    public void Marks_of_two_kinds_or_between_single_characters_part_no_value(string written) =>
        FindsNo($"身分證：{written}", EntityTypes.NationalId);

    [Theory]
    [InlineData("居留證 C八揖七苓九三五貳依", EntityTypes.ResidentCertificate)] // C817093521: 揖 and 苓 the only sound-alikes besides 依
    [InlineData("身分證 B二五七三六苓絲揖九", EntityTypes.NationalId)] // B257360419: 苓 絲 揖
    [InlineData("身分證 E依叭२४६三٩苓६", EntityTypes.NationalId)] // E182463906: Devanagari and Arabic-Indic digits among them
    [InlineData("手機 〇九戚一-六三五-〇八四", EntityTypes.PhoneNumber)] // 戚 among numerals
    public void A_value_of_numerals_with_a_sound_alike_once_unsearched_is_read(string text, string type) =>
        Assert.Contains(Scan(text), f => f.Type == type);

    [Fact]
    public void A_disguised_run_two_digits_short_takes_two_common_sound_alikes_that_make_it_whole()
    {
        const string phone = "苓酒戚依•柳散舞•菱悟私"; // 0917-635-054
        FindsExactly($"手機 {phone}，請回電。", phone, EntityTypes.PhoneNumber);
        FindsNo("手機 苓酒戚依柳散舞私悟了", EntityTypes.PhoneNumber); // nine digits with them: no whole value
    }

    [Theory]
    [InlineData("家裡電話 尔戚山 舞吧四依")] // 2735841
    [InlineData("市話：尔戚山舞 吧寺依留")] // 2735-8416
    public void A_landline_without_its_area_code_in_sound_alikes_is_read_after_its_label(string text) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("拾得人留下電話（沒有區碼）七二三八四一六。")] // 723-8416
    [InlineData("留電話（無區碼）2783 5169，請回電")]
    [InlineData("聯絡電話（不含區碼）：伍捌貳參柒肆壹")]
    public void A_note_that_the_area_code_is_left_out_makes_the_digits_a_local_number(string text) =>
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("訂單 尔戚山 舞吧四依")] // no phone label
    [InlineData("家裡電話 留言依舊，期間無人接")]
    [InlineData("依舊、期間、山區、留言、酒駕、午餐、私人、舊款、衣服")]
    [InlineData("依舊•期間•山區•留言•酒駕•午餐")]
    [InlineData("金額壹萬貳仟參佰元整，依舊未付")]
    [InlineData("一一三年五月二十一日下午三點四十分在山區")]
    [InlineData("依刑法第二百七十七條第一項~酒駕~期間")]
    [InlineData("地址 台中市西屯區文心路三段二十一號五樓")]
    [InlineData("①依舊②期間③山區④留言⑤酒駕⑥午餐")]
    public void Words_of_the_same_characters_stay_clean(string text) =>
        Assert.DoesNotContain(Scan(text), f => EntityTypes.Core.Contains(f.Type));

    [Fact]
    public void The_cells_of_round_41_meet_their_floors()
    {
        var tallies = new SortedDictionary<string, (int Cases, int Found)>(StringComparer.Ordinal);
        foreach (var item in MixedNumeralKinds.Positives())
        {
            bool found = GeneratedRun.IsFound(Scan(item.Text), item);
            var (cases, hits) = tallies.GetValueOrDefault(item.Cell);
            tallies[item.Cell] = (cases + 1, hits + (found ? 1 : 0));
        }
        var table = new StringBuilder();
        var below = new List<string>();
        foreach (var (cell, (cases, hits)) in tallies)
        {
            table.Append($"{cell}\t{hits}/{cases}\n");
            if ((double)hits / cases < CellFloors.For(cell)) below.Add(cell);
        }
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "mixed41-cells.tsv"), table.ToString());
        output.WriteLine($"{tallies.Values.Sum(t => t.Found)}/{tallies.Values.Sum(t => t.Cases)} in {tallies.Count} cells");
        Assert.Empty(below);
    }

    [Fact]
    public void The_look_alikes_of_round_41_stay_clean()
    {
        var random = new Random(41);
        int dirty = 0;
        for (int i = 0; i < 400; i++)
        {
            if (Scan(MixedNumeralKinds.LookAlike(random)).Any(f => EntityTypes.Core.Contains(f.Type))) dirty++;
        }
        output.WriteLine($"{400 - dirty}/400 clean");
        Assert.Equal(0, dirty);
    }
}
