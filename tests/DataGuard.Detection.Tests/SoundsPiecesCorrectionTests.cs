using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 36 (categories of sets U29, U30): digits written as any character that sounds like them in Mandarin, read from
/// the reading list by syllable (<c>SoundAlikeTable</c>) — a character common in prose only between other digits; values
/// sent in pieces where the text says to join them (<c>JoiningInstructions</c>); a value's last character corrected in
/// words after it (<c>StatedCorrections</c>). Values are invented (checksums computed by the test helpers).
/// </summary>
public class SoundsPiecesCorrectionTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 2, "0308246");
    private const string Mobile = "0937461528";

    [Fact]
    public void The_reading_list_loads_and_files_each_syllable_under_its_digit()
    {
        Assert.Contains('柳', SoundAlikeTable.SearchedCharacters);
        Assert.DoesNotContain('琉', SoundAlikeTable.SearchedCharacters); // rare, read inside a run, not searched for
        Assert.Equal('6', SoundAlikeTable.DigitOf('琉'));
        Assert.False(Pipeline.CharSearch.FilterPassesMostHan(SoundAlikeTable.SearchedCharacters)); // the search stays vectorised
        Assert.Equal('6', SoundAlikeTable.DigitOf('柳'));
        Assert.Equal('5', SoundAlikeTable.DigitOf('屋'));
        Assert.Equal('4', SoundAlikeTable.DigitOf('是'));
        Assert.True(SoundAlikeTable.IsCommonInProse('是'));
        Assert.False(SoundAlikeTable.IsCommonInProse('柳'));
        Assert.Null(SoundAlikeTable.DigitOf('十')); // a numeral of another meaning is not listed
        Assert.DoesNotContain('是', SoundAlikeTable.SearchedCharacters); // a common character never starts a search hit
    }

    [Theory]
    [InlineData("靈9山7-寺柳1-屋2吧")]
    [InlineData("鈴酒屋8-耳醫3-妻柳4")]
    [InlineData("0韭2柳-烏3似-衣8吧")]
    public void A_mobile_written_with_characters_of_the_same_sound_is_a_phone(string value) =>
        FindsExactly($"電話號碼：{value}（諧音字），幫我寫一則簡訊。", value, EntityTypes.PhoneNumber);

    [Fact]
    public void A_character_common_in_prose_counts_only_between_other_digits()
    {
        // 是 for the 4 inside the run, and 是 the copula before it: only the first is a digit.
        FindsExactly("他的電話是靈酒山7是6醫5二8", "靈酒山7是6醫5二8", EntityTypes.PhoneNumber);
        Assert.Equal(Mobile, Assert.Single(Scan("他的電話是靈酒山7是6醫5二8")).NormalizedValue.Replace("+886", "0"));
    }

    [Fact]
    public void A_run_holding_more_than_one_common_character_in_four_is_no_value() =>
        FindsNo("電話 靈9是7是路是5二8", EntityTypes.PhoneNumber);

    [Fact]
    public void An_id_with_sound_alikes_after_its_letter_is_an_id()
    {
        // Every other digit after the letter's digit written by its sound: K2鈴3…
        var written = string.Concat(Id.Select((c, k) => k >= 2 && k % 2 == 0 ? "鈴醫耳山寺屋柳妻吧韭"[c - '0'] : c));
        FindsExactly($"身分證 {written}，這是諧音，我照打。", written, EntityTypes.NationalId);
    }

    [Theory]
    [InlineData("這就是老師說的事，市場裡的路是他自己走出來的，起來以後氣就順了。")]
    [InlineData("柳樹下的老屋，烏鴉在屋頂上叫，妻子在溜冰場旁等爸爸喝酒。")]
    [InlineData("五股區柳川路12號3樓，屋齡40年，七上八下，九死一生")]
    public void Prose_dense_in_sound_alikes_is_clean(string text) => FindsNothing(text);

    [Theory]
    [InlineData("分兩則傳，下一則接著：{0}\n\n{1}\n\n{2}")]
    [InlineData("手機被拆成三則，自己接：\n{0}\n王警員 (23分)：{1}\n王警員 (24分)：{2}")]
    [InlineData("分三則傳，要接起來看\n{0}\n[21:29] 學弟：{1}\n[21:30] 學弟：{2}")]
    [InlineData("號碼拆成清單：\n1. {0}\n2. {1}\n3. {2}")]
    public void A_mobile_sent_in_pieces_with_words_saying_to_join_them_is_a_phone(string layout)
    {
        var text = string.Format(layout, Mobile[..4], Mobile[4..7], Mobile[7..]);
        var finding = Assert.Single(Scan(text), f => f.Type == EntityTypes.PhoneNumber);
        Assert.Equal(text.IndexOf(Mobile[..4], StringComparison.Ordinal), finding.Start);
        Assert.Equal(text.LastIndexOf(Mobile[7..], StringComparison.Ordinal) + 3, finding.Start + finding.Length);
    }

    [Theory]
    [InlineData("身分證 {0}\n\n{1}（上面幾行合起來）")]
    [InlineData("訊息1：{0}\n\n{1}\n（第二行接第一行）")]
    public void An_id_whose_letter_was_sent_alone_is_an_id_when_told_to_join(string layout) =>
        FindsExactly(string.Format(layout, Id[..1], Id[1..]), Id[..1] + "\n\n" + Id[1..], EntityTypes.NationalId);

    [Theory]
    [InlineData("{0}\n\n{1}")] // no words saying to join: two lines
    [InlineData("請合併下列訂單：\n1. 3579\n2. 4473\n3. 2709")]
    public void Pieces_stay_apart_without_a_joining_instruction_or_a_value(string layout) =>
        FindsNo(string.Format(layout, Mobile[..4], Mobile[4..]), EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("居留證 {0} 更正：尾數{1}")]
    [InlineData("| {0} 啊不是，最後一碼{1} | 林 |")]
    [InlineData("證號 {0} 不對，最後是 {1}")]
    [InlineData("身分證 {0}（打錯，末碼是{1}）")]
    [InlineData("ID {0} correction: last digit {1}")]
    public void An_id_whose_last_character_is_corrected_in_words_is_the_corrected_id(string layout)
    {
        string wrong = SyntheticIds.Corrupt(Id, 3);
        var text = string.Format(layout, wrong, Id[^1]);
        var finding = Assert.Single(Scan(text), f => f.Type == EntityTypes.NationalId);
        Assert.Equal((text.IndexOf(wrong, StringComparison.Ordinal), wrong.Length), (finding.Start, finding.Length));
        Assert.Equal(Id, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("案號 12345678 更正：尾數9")]
    [InlineData("金額 1200 元 不對，最後是 5")]
    public void A_correction_of_a_number_that_is_no_value_finds_nothing(string text) => FindsNothing(text);

    [Fact]
    public void A_correction_that_leaves_the_checksum_wrong_finds_no_id()
    {
        string wrong = SyntheticIds.Corrupt(Id, 3);
        FindsNo($"編號 {wrong[..^1]}{(char)('0' + (wrong[^1] - '0' + 5) % 10)} 更正：尾數{wrong[^1]}", EntityTypes.NationalId);
    }
}
