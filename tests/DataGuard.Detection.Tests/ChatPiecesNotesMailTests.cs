using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 38 (categories of sets U33, U34): e-mail written out with the at word glued by hyphens or underscores and its last
/// label on the next line; reversal notes in more forms (用倒的寫, 從右邊讀, a note whose value follows a colon in the next
/// clause, a verb opening the brackets after the value); pieces over chat messages opened by a joining word, and pieces
/// joined by 】【. Values are invented (checksums computed by the test helpers).
/// </summary>
public class ChatPiecesNotesMailTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 1, "3572468");
    private const string Mobile = "0937461528";

    private static string Reversed(string value) => Generated.ReversalsPiecesSpacedTests.Reverse(value);

    [Theory]
    [InlineData("wangxiao88-at-gmail dot com", "wangxiao88@gmail.com")]
    [InlineData("mei DOT lin7-at-yahoo DOT com DOT tw", "mei.lin7@yahoo.com.tw")]
    [InlineData("chen_wei_at_hinet.net", "chen_wei@hinet.net")]
    public void The_at_word_glued_by_hyphens_or_underscores_anchors_an_address(string written, string normalized) =>
        Assert.Equal(normalized, FindsExactly($"聯絡信箱 {written}，請回覆。", written, EntityTypes.EmailAddress).NormalizedValue);

    [Theory]
    [InlineData("we meet-at-noon dot then go.")]
    [InlineData("stay_at_home dot 明天見")]
    [InlineData("look-at-this.file 先看")]
    public void The_glued_at_word_without_a_known_domain_is_no_address(string text) => FindsNo(text, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("wanghua7@hotmail點\ncom")]
    [InlineData("meihua1990 @ gmail . \ncom")]
    public void An_address_whose_last_label_is_on_the_next_line_is_read_whole(string written) =>
        Assert.EndsWith("@" + (written.Contains("hotmail") ? "hotmail" : "gmail") + ".com",
            FindsExactly($"信箱拆成兩半：{written}。", written, EntityTypes.EmailAddress).NormalizedValue);

    [Fact]
    public void An_address_ending_in_a_known_domain_does_not_take_the_next_line() =>
        Assert.Equal("lin.mei@gmail.com", FindsExactly("信箱 lin.mei (at) gmail 點 com。\nme too", "lin.mei (at) gmail 點 com", EntityTypes.EmailAddress).NormalizedValue);

    [Fact]
    public void A_listing_field_glued_after_a_written_out_address_ends_it()
    {
        const string text = "駕駛  wenhua22（小老鼠）hotmail點comK-123-456 關係人", written = "wenhua22（小老鼠）hotmail點com";
        var finding = Assert.Single(Scan(text), f => f.Type == EntityTypes.EmailAddress);
        Assert.Equal((text.IndexOf(written, StringComparison.Ordinal), written.Length, "wenhua22@hotmail.com"), (finding.Start, finding.Length, finding.NormalizedValue));
    }

    [Theory]
    [InlineData("車牌用倒的寫：{0}。")]
    [InlineData("車牌從右邊讀：{0}。")]
    [InlineData("車牌 {0}（用倒的寫，請轉正）")]
    public void A_plate_typed_backwards_with_a_note_of_another_form_is_the_plate(string frame)
    {
        string written = Reversed("ABC-1235");
        Assert.Equal("ABC-1235", FindsExactly(string.Format(frame, written), written, EntityTypes.LicensePlate).NormalizedValue);
    }

    [Fact]
    public void A_note_whose_value_follows_a_colon_in_the_next_clause_turns_it_round()
    {
        string written = Reversed(Mobile);
        FindsExactly($"嫌犯手機號碼我用倒著寫的，避免被過濾：{written}，請轉回正常順序。", written, EntityTypes.PhoneNumber);
    }

    [Fact]
    public void A_note_with_no_value_in_its_next_clause_turns_nothing_round() =>
        FindsNothing("我用倒著寫的，比較好記：共 3 項，明天再說。");

    [Fact]
    public void An_id_read_from_the_right_is_the_id() =>
        Assert.Equal(Id, FindsExactly($"身分證從右邊讀：{Reversed(Id)}。", Reversed(Id), EntityTypes.NationalId).NormalizedValue);

    [Fact]
    public void Pieces_over_chat_messages_opened_by_a_joining_word_are_one_phone()
    {
        string text = $"[22:10] 對方：再傳一次 {Mobile[..2]}\n[23:33] 對方：接著 {Mobile[2..6]}\n[23:34] 對方：接著 {Mobile[6..]}（接起來）\n[09:21] 小林：好";
        var finding = Assert.Single(Scan(text), f => f.Type == EntityTypes.PhoneNumber);
        Assert.Equal("+886" + Mobile[1..], finding.NormalizedValue);
    }

    [Fact]
    public void Chat_pieces_joining_to_a_wrong_check_digit_are_no_id() =>
        FindsNo($"[09:11] 阿宏：案號 {SyntheticIds.Corrupt(Id, 1)[..4]}\n[09:12] 阿宏：接著 {SyntheticIds.Corrupt(Id, 1)[4..]}（接起來）", EntityTypes.NationalId);

    [Theory]
    [InlineData("】【")]
    [InlineData("』『")]
    public void Pieces_joined_by_closing_and_opening_brackets_are_one_value(string joint) =>
        FindsExactly($"身分證我拆開寫：{Id[..3]}{joint}{Id[3..]}（接起來就是完整的）。", $"{Id[..3]}{joint}{Id[3..]}", EntityTypes.NationalId);

    [Fact]
    public void Bracketed_headings_with_numbers_are_no_value() => FindsNothing("【第1】【23】公告：456】【7890");
}
