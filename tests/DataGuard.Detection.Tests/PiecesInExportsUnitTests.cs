using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;
using static DataGuard.Detection.Tests.PiecesOnRequestUnitTests;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-pieces41 (issue 9): values given in pieces in the layouts set U42 wrote them — chat exports (tabs, bracketed
/// speakers, note and sticker lines, the asker sending), segments labelled 甲乙丙, groups read out with a joining word in
/// mixed numerals — the frames that must stay clean, and the merge failing closed. Every value is invented
/// (checksum-valid where the type needs it).
/// </summary>
public sealed class PiecesInExportsUnitTests
{
    [Fact]
    public void A_tab_separated_export_whose_request_says_how_to_send_frames_the_pieces()
    {
        const string pieces = "4532\n16:56\t學長\t01987\n17:00\t學長\t（貼圖）\n17:01\t學長\t6543215";
        FindsOver($"=== LINE 聊天記錄匯出 ===\n16:52\t組長\t卡號給我一下，分開傳\n16:56\t學長\t{pieces}\n17:05\t組長\t👍", pieces, EntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("身分證", "K2046\n（已收回訊息）\n[值班台] 813\n[值班台] 52", EntityTypes.NationalId)]
    [InlineData("電話", "0912\n[貼圖]\n[值班台] 34\n[值班台] 5678", EntityTypes.PhoneNumber)]
    [InlineData("車號", "ABC\n😂\n[值班台] -1235", EntityTypes.LicensePlate)]
    public void Speakers_in_brackets_with_notes_between_the_pieces_frame_them(string asked, string pieces, string type) =>
        FindsOver($"以下是 LINE 群組對話：\n[我] 那個{asked}給一下\n[值班台] {pieces}\n[我] 收到，等等查", pieces, type);

    [Fact]
    public void The_asker_sending_the_pieces_after_a_sticker_frames_them()
    {
        const string pieces = "SK-\n17:16\t組長\t（貼圖）\n17:18\t組長\t1235";
        FindsOver($"17:10\t組長\t車號給我一下，分開傳\n17:14\t組長\t{pieces}\n17:18\t學長\t👍", pieces, EntityTypes.LicensePlate);
    }

    [Fact]
    public void A_second_request_ends_the_first_values_pieces()
    {
        // The plate's pieces end where 電話 is asked for: the phone's pieces after it are not joined onto the plate.
        var findings = Scan("[我] 車號給一下\n[阿偉] ABC\n[小美] 電話給我一下\n[阿偉] -1235\n[阿偉] 0912345678\n[我] 收到");
        Assert.DoesNotContain(findings, f => f.Type == EntityTypes.LicensePlate && f.Length > 8);
    }

    [Theory]
    [InlineData("身分證", "乙段：46813；甲段：K20\n丙段：52", EntityTypes.NationalId)]
    [InlineData("手機", "甲段：洞九幺，另一段是 丙段：678，另一段是 乙段：兩三四五", EntityTypes.PhoneNumber)]
    [InlineData("信用卡號", "乙段：01987  /  甲段：4532 🙈 丙段：6543215", EntityTypes.CreditCard)]
    [InlineData("居留證號", "丙段：2464\n乙段：玖壹參伍柒；甲段：F", EntityTypes.ResidentCertificate)]
    public void Segments_labelled_by_stems_are_joined_in_the_order_of_their_labels(string named, string written, string type) =>
        FindsOver($"我把{named}拆成幾段打亂給你，請你按照甲乙丙丁排列，然後寫進筆錄：\n{written}", written, type);

    [Theory]
    [InlineData("卡號", "45三二，再來是0198，再來是7654，再來是3215", EntityTypes.CreditCard)]
    [InlineData("卡號", "4532；下一組01九八；下一組7654；下一組3215", EntityTypes.CreditCard)]
    [InlineData("卡號", "4532，然後0198，然後7654，然後三2一5", EntityTypes.CreditCard)]
    [InlineData("手機", "09一二，接著345，接著678", EntityTypes.PhoneNumber)]
    public void Groups_read_out_with_a_joining_word_may_mix_numerals(string named, string written, string type) =>
        FindsOver($"被害人在電話裡唸{named}，我照她唸的記：{written}。請幫我寫成職務報告。", written, type);

    [Theory]
    [InlineData("我把案號拆成幾段打亂給你，請你按照甲乙丙排列：\n乙段：345678；甲段：113")]
    [InlineData("我把金額拆成幾段打亂給你：乙段：345  /  甲段：12")]
    [InlineData("對方在電話裡唸案號，我照他唸的記：1130，再來是45六7，再來是89。")]
    [InlineData("對方在電話裡唸訂單編號，我照他唸的記：TW12；下一組34五6；下一組7890。")]
    [InlineData("[我] 案號給一下\n[承辦] 1130\n[貼圖]\n[承辦] 456789\n[我] 收到")]
    [InlineData("16:52\t組長\t統編給我一下，分開傳\n16:56\t學長\t1234\n16:57\t學長\t5678\n17:05\t組長\tOK")]
    [InlineData("報告分甲段、乙段兩部分。甲段：113年3月5日；乙段：12時30分。")]
    public void Other_numbers_in_the_same_frames_stay_clean(string text) => Assert.Empty(Scan(text));

    [Fact]
    public void A_bracketed_sticker_alone_on_its_line_is_no_speaker()
    {
        Assert.Equal(0, ChatLine.SpeakerLength("[貼圖]\n0912", 0));
        Assert.Equal("[值班台] ".Length, ChatLine.SpeakerLength("[值班台] D2095", 0));
    }

    [Fact]
    public void Joining_pieces_never_drops_a_finding_that_reaches_past_them()
    {
        // Fail closed: the plain engine's finding of another type that reaches past the pieces stays beside the joined value;
        // one inside the pieces gives way to the value that covers it.
        const string text = "所長：車牌給一下\n小林：ABC\n小林：1235\n所長：OK";
        var frames = PiecesReading.Find(text)!;
        var pieces = Assert.Single(frames);
        var reaching = new Finding(EntityTypes.PhoneNumber, pieces.End - 2, 8, 0.9, Evasions.None, "x");
        var inside = new Finding(EntityTypes.PhoneNumber, pieces.Start, 3, 0.9, Evasions.None, "y");
        var merged = PiecesReading.Merge(frames, new[] { reaching, inside }, PersonalDataScanner.Default.Scan);
        Assert.Contains(merged, f => f.Type == EntityTypes.LicensePlate && f.Start == pieces.Start && f.End == pieces.End);
        Assert.Contains(reaching, merged);
        Assert.DoesNotContain(inside, merged);
    }
}
