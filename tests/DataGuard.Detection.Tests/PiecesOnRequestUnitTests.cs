using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-pieces40 (issue 9): values given in pieces that a frame says to join — chat messages after a request, segments
/// labelled out of order — and the frames that must stay clean. Every value is invented (checksum-valid where the type
/// needs it).
/// </summary>
public sealed class PiecesOnRequestUnitTests
{
    [Theory]
    [InlineData("卡號", "4916338\n小林：（被打斷）\n所長：繼續\n小林：812345675", EntityTypes.CreditCard)]
    [InlineData("卡號", "肆玖壹陸\n小林：🤐\n小林：③③⑧⑧\n小林：先這樣\n小林：12345675", EntityTypes.CreditCard)]
    [InlineData("身分證", "A12\n小林：3456\n小林：789", EntityTypes.NationalId)]
    [InlineData("居留證號", "A8\n小林：（被打斷）\n所長：繼續\n小林：洞洞幺兩\n小林：三四五洞", EntityTypes.ResidentCertificate)]
    [InlineData("手機", "09\n小林：一二三四\n小林：５６７８", EntityTypes.PhoneNumber)]
    [InlineData("車牌", "ABC\n小林：😅\n小林：1235", EntityTypes.LicensePlate)]
    public void Pieces_sent_after_a_request_are_one_value_over_all_of_them(string asked, string pieces, string type)
    {
        string text = $"所長：{asked}給一下\n小林：系統會擋，我分開傳\n小林：{pieces}\n所長：OK\n請根據對話寫一份工作紀錄。";
        FindsOver(text, pieces, type);
    }

    [Fact]
    public void Timed_messages_asking_with_gei_wo_and_an_acknowledgement_frame_the_pieces()
    {
        const string pieces = "A1234\n[10:03] 我：🙈🙈\n[10:03] 我：56789";
        FindsOver($"對話如下：\n[10:02] 學長：那個證號給我\n[10:02] 我：{pieces}\n[10:03] 學長：收到，我幫你查\n請改寫成正式紀錄。", pieces, EntityTypes.NationalId);
    }

    [Fact]
    public void A_record_number_before_the_request_does_not_hide_it()
    {
        const string pieces = "0912\n我：345678";
        FindsOver($"【7】學長：手機給一下\n我：{pieces}\n學長：OK", pieces, EntityTypes.PhoneNumber);
    }

    [Fact]
    public void Card_pieces_that_fail_its_checks_are_not_reported_as_phones()
    {
        // 4916338812345676 fails Luhn: no card, and no piece alone may be reported as a phone number.
        Assert.Empty(Scan("所長：卡號給一下\n學姊：系統會擋，我分開傳\n學姊：49163388\n學姊：（被打斷）\n所長：繼續\n學姊：12345676\n所長：OK"));
    }

    [Fact]
    public void A_single_answer_of_another_kind_than_asked_is_still_reported()
    {
        // An ID sent where a phone was asked is still an ID: only two pieces or more that make nothing are hidden.
        var finding = Single("所長：手機給一下\n小林：A123456789\n所長：OK");
        Assert.Equal(EntityTypes.NationalId, finding.Type);
    }

    [Fact]
    public void The_askers_answer_ends_the_pieces()
    {
        // 0912 and 345678 after 收到 belong to nothing asked: the phone is not joined across the answer.
        var findings = Scan("所長：手機給一下\n小林：0912\n所長：收到\n小林：345678");
        Assert.DoesNotContain(findings, f => f.Type == EntityTypes.PhoneNumber && f.Length > 8);
    }

    [Theory]
    [InlineData("身分證號", "第B段＝56789；第A段＝A1234", EntityTypes.NationalId)]
    [InlineData("統一證號", "第A段＝A8；第C段＝三四五〇；第B段＝洞洞幺兩", EntityTypes.ResidentCertificate)]
    [InlineData("卡號", "第3段＝12345675；第1段＝4916；第2段＝3388", EntityTypes.CreditCard)]
    [InlineData("身分證號", "第二段：3344；第一段：F22；第三段：舞舞爸", EntityTypes.NationalId)]
    public void Segments_labelled_out_of_order_are_joined_in_the_order_of_their_labels(string named, string written, string type) =>
        FindsOver($"下面是{named}，我拆成幾段打亂了，請依順序接起來：{written}。接好之後寫成公文附件。", written, type);

    [Theory]
    [InlineData("下面是案號，我拆成幾段打亂了，請依 A→B 的順序接起來：第B段＝345678；第A段＝1120。")]
    [InlineData("下面是金額，請依順序接起來：第2段＝345；第1段＝12。")]
    [InlineData("身分證號的格式說明：第一段是英文字母，第二段是性別碼。")]
    [InlineData("所長：案號給一下\n小林：系統會擋，我分開傳\n小林：1120\n小林：345678\n所長：OK")]
    [InlineData("所長：金額給一下\n小林：12\n小林：345\n所長：收到")]
    public void Other_numbers_given_in_pieces_the_same_way_stay_clean(string text) => Assert.Empty(Scan(text));

    internal static void FindsOver(string text, string pieces, string type)
    {
        int start = text.IndexOf(pieces, StringComparison.Ordinal);
        var findings = Scan(text);
        Assert.Contains(findings, f => f.Type == type && f.Start == start && f.Length == pieces.Length);
        Assert.DoesNotContain(findings, f => f.Type != type && f.Start < start + pieces.Length && start < f.Start + f.Length);
    }
}
