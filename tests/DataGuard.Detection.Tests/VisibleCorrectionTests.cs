using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 32 (categories of sets U23, U24): a correction left visible inside a value is read as corrected — a deletion
/// mark drops the character before it, a bracketed character replaces the one an OCR pass misread — and an ID's letter
/// written as its Chinese reading is the letter the checksum picks. Marks and readings in ordinary text glue nothing.
/// Values are invented (checksums computed by <see cref="SyntheticIds"/>).
/// </summary>
public class VisibleCorrectionTests
{
    private static string Id(char letter) => SyntheticIds.Numeric(letter, 1, "5834781");

    [Theory]
    [InlineData("<")]
    [InlineData("←")]
    [InlineData("(x)")]
    [InlineData("（刪）")]
    public void A_wrong_digit_and_its_deletion_mark_read_as_the_corrected_phone(string mark)
    {
        var value = "091234" + "7" + mark + "5678";
        var finding = FindsExactly($"民眾留言「我的電話{value}」打錯一碼有更正。", value, EntityTypes.PhoneNumber);
        Assert.Equal("0912345678", finding.NormalizedValue.Replace("+886", "0"));
    }

    [Fact]
    public void A_deletion_inside_an_id_reads_as_the_corrected_id()
    {
        var id = Id('N');
        var value = id[..5] + "3(x)" + id[5..];
        var finding = FindsExactly($"國民身分證：{value}\n備註：無", value, EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void A_deletion_between_grouped_digits_reads_across_the_groups() =>
        FindsExactly("手機 0912-34" + "1←" + "5-678 請回電", "0912-341←5-678", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("B［8］")]
    [InlineData("?[8]")]
    [InlineData("?(8)")]
    public void A_misread_digit_with_the_right_one_in_brackets_reads_as_corrected(string corrected)
    {
        var value = "091" + corrected + "345678";
        var finding = FindsExactly($"我打錯了，電話是{value}才對。", value, EntityTypes.PhoneNumber);
        Assert.Equal("0918345678", finding.NormalizedValue.Replace("+886", "0"));
    }

    [Fact]
    public void An_ocr_question_mark_as_an_ids_last_digit_is_replaced()
    {
        var id = Id('K');
        var value = id[..9] + "?(" + id[9] + ")";
        FindsExactly($"OCR辨識（括號內為人工修正）：身分證{value}，請查。", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_struck_character_before_a_plates_hyphen_is_dropped() =>
        FindsExactly("  車牌：RKX~~5~~-5021\n備註：無", "RKX~~5~~-5021", EntityTypes.LicensePlate);

    [Theory]
    [InlineData('T', "替")]
    [InlineData('C', "西")]
    [InlineData('Q', "丘")]
    [InlineData('Z', "滋")]
    public void A_one_character_letter_reading_after_an_id_label_is_an_id(char letter, string reading)
    {
        var value = reading + Id(letter)[1..];
        var finding = FindsExactly($"身分證統一編號：{value}\n備註：無", value, EntityTypes.NationalId);
        Assert.Equal(Id(letter), finding.NormalizedValue);
    }

    [Theory]
    [InlineData('M', "艾姆")]
    [InlineData('H', "欸取")]
    [InlineData('F', "艾福")]
    [InlineData('X', "艾克斯")]
    public void A_letter_reading_of_two_or_more_characters_is_read_without_a_label(char letter, string reading)
    {
        var value = reading + Id(letter)[1..];
        var finding = FindsExactly($"經查 {value} 為當事人所有。", value, EntityTypes.NationalId);
        Assert.Equal(Id(letter), finding.NormalizedValue);
    }

    [Fact]
    public void A_reading_glued_to_an_id_label_is_read()
    {
        var value = "艾姆" + Id('M')[1..];
        FindsExactly($"身分證字號是{value}，請查。", value, EntityTypes.NationalId);
    }

    [Fact]
    public void A_reading_glued_to_another_word_is_read_only_where_the_text_states_its_key()
    {
        var value = "伊" + Id('E')[1..];
        FindsExactly($"經查{value}（第一個字是英文字母的念法）", value, EntityTypes.NationalId);
        FindsNo($"經查{value}", EntityTypes.NationalId);
    }

    // Round 34 (categories of sets U25, U26; det-speed34): the sound-alike digits and the letter readings are found by one
    // search. 死 of 愛死 (S) is a sound-alike 4 as well, and the run of digits from it has a whole value's shape: the
    // reading's filler must stay, whichever of the two readers rewrites the text first.
    [Fact]
    public void A_reading_whose_second_character_is_a_sound_alike_digit_stays_the_letter()
    {
        var id = Id('S');
        var finding = FindsExactly($"身分證字號：愛死{id[1..]}。", "愛死" + id[1..], EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Fact]
    public void A_letter_reading_with_digits_in_numerals_is_an_id()
    {
        var id = Id('G');
        var value = "吉" + string.Concat(id[1..].Select(c => "〇一二三四五六七八九"[c - '0']));
        FindsExactly($"上次整串被擋，這次字母念出來、數字寫國字：{value}。", value, EntityTypes.NationalId);
    }

    [Fact]
    public void The_reading_is_the_letter_whose_checksum_holds()
    {
        var id = SyntheticIds.Numeric('W', 2, "1357924");
        var finding = FindsExactly($"身分證：威{id[1..]}", "威" + id[1..], EntityTypes.NationalId);
        Assert.Equal(id, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("統計：替{0} 次點擊，較上月成長。")]
    [InlineData("本月西{0}元已入帳")]
    [InlineData("庫存盤點 比{0} 件待出貨")]
    public void A_one_character_reading_with_no_id_word_is_a_word(string frame)
    {
        var text = string.Format(frame, Id('T')[1..]);
        FindsNo(text, EntityTypes.NationalId);
        FindsNo(text, EntityTypes.ResidentCertificate);
    }

    [Fact]
    public void A_letter_reading_whose_checksum_fails_is_no_id() =>
        FindsNo($"證號 艾姆{SyntheticIds.Corrupt(Id('M'), 3)[1..]}", EntityTypes.NationalId);

    [Theory]
    [InlineData("若數值<5則退回，否則12<345照常處理")]
    [InlineData("步驟1←步驟2，2024←2025年度資料")]
    [InlineData("for (int i = 0; i<10000; i++) total += 12;")]
    [InlineData("依第12條第3(2)款及附件B(3)辦理，參考文獻2023[1]")]
    public void Marks_in_ordinary_text_glue_nothing(string text) => FindsNothing(text);

    [Fact]
    public void An_amount_range_is_no_phone() => FindsNo("金額 35000<42000 元之間免審", EntityTypes.PhoneNumber);
}
