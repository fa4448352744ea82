using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 41 (det-letters41, set U42; 注音 plates of set U41): letters of IDs, resident certificates and plates described
/// instead of written (<c>Normalization/DescribedLetterRuns</c>, <c>LetterDescriptions</c>, <c>BopomofoLetters</c>). Every
/// value here is invented, with its check digit where the type has one.
/// </summary>
public sealed class DescribedLetterRowTests
{
    [Theory]
    [InlineData("身分證 英文字母第5個：125249900，使用門號", "英文字母第5個：125249900")]
    [InlineData("身分證 第16個英文字母，後面160462118。", "第16個英文字母，後面160462118")]
    [InlineData("| 1 | 陳○明 | 字母表排第17的那個，後面壹壹7—６６８—4８一 | 0923 |", "字母表排第17的那個，後面壹壹7—６６８—4８一")]
    [InlineData("被害人身分證：第四個英文字母 + 256 636 603", "第四個英文字母 + 256 636 603")]
    [InlineData("身分證 第二十三個字母 + 1‍1‍2‍6‍1‍9‍8‍6‍9。", "第二十三個字母 + 1‍1‍2‍6‍1‍9‍8‍6‍9")]
    [InlineData("身分證 英文字母第８個２７２８０１１２２。", "英文字母第８個２７２８０１１２２")]
    public void An_id_whose_letter_is_given_by_its_place_in_the_alphabet_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.NationalId);

    [Theory]
    [InlineData("住戶林○華（ID 大寫的h：272 801 122）表示", "大寫的h：272 801 122")]
    [InlineData("身分證 小寫的k 174234905。", "小寫的k 174234905")]
    public void An_id_whose_letter_is_given_with_a_case_word_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.NationalId);

    [Theory]
    [InlineData("被害人身分證：「ㄐㄧ」那個字母(G)：102•684•485", "「ㄐㄧ」那個字母(G)：102•684•485")]
    [InlineData("身分證 W(ㄉㄚˇㄅㄡ)1 1 2 6 1 9 8 6 9，電話", "W(ㄉㄚˇㄅㄡ)1 1 2 6 1 9 8 6 9")]
    [InlineData("身分證 ㄝㄇ，282269059。", "ㄝㄇ，282269059")]
    public void An_id_whose_letter_is_written_as_its_name_in_zhuyin_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.NationalId);

    [Theory]
    [InlineData("居留證號：D(ㄉㄧ)B（Bravo）6 9 4 2 3 1 4 5⏎母國", "D(ㄉㄧ)B（Bravo）6 9 4 2 3 1 4 5")]
    [InlineData("居留證 字母表排第19的那個，後面874596553。", "字母表排第19的那個，後面874596553")]
    [InlineData("居留證 Uniform：954472752。", "Uniform：954472752")]
    public void A_resident_certificate_whose_letters_are_described_is_found(string text, string value) =>
        FindsExactly(text.Replace("⏎", "\n"), value, EntityTypes.ResidentCertificate);

    [Theory]
    [InlineData("車號：大寫的p 英文字母第17個 字母表排第8的那個 ， 3 8 6 8⏎駕駛", "大寫的p 英文字母第17個 字母表排第8的那個 ， 3 8 6 8")]
    [InlineData("車號是「英文字母第1個、第7個、第8個」再加上 2825，就是這台", "英文字母第1個、第7個、第8個」再加上 2825")]
    [InlineData("車號：大寫的r、英文字母第2個、大寫的e、，、8、8、5、2⏎駕駛", "大寫的r、英文字母第2個、大寫的e、，、8、8、5、2")]
    [InlineData("民眾檢舉：字母表排第11的那個字母表排第24的那個，927 這台車", "字母表排第11的那個字母表排第24的那個，927")]
    [InlineData("常用車輛：8 9 8 9 ， 大寫的p 字母表排第17的那個⏎電子郵件", "8 9 8 9 ， 大寫的p 字母表排第17的那個")]
    [InlineData("車號 「ㄚˋ」那個字母(R) 「ㄅㄧ」那個字母(B) 「ㄝㄙ」那個字母(S) ， 9 7 0 0，家裡", "「ㄚˋ」那個字母(R) 「ㄅㄧ」那個字母(B) 「ㄝㄙ」那個字母(S) ， 9 7 0 0")]
    [InlineData("車號：Romeo、Bravo、「ㄗㄟ」那個字母(Z)、，、5、7、2、7⏎駕駛", "Romeo、Bravo、「ㄗㄟ」那個字母(Z)、，、5、7、2、7")]
    public void A_plate_whose_letters_are_described_is_found(string text, string value) =>
        FindsExactly(text.Replace("⏎", "\n"), value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("可疑車輛 Lima Alfa Zulu dash 幺拐六八，黑色", "Lima Alfa Zulu dash 幺拐六八")]
    [InlineData("可疑車輛 Alfa Golf Juliett ，六六八六，白色", "Alfa Golf Juliett ，六六八六")]
    [InlineData("目擊者說逃逸車輛是 EB（Bravo）A 7272，銀色的", "EB（Bravo）A 7272")]
    [InlineData("車號 R（Romeo）B（Bravo）G（Golf）六六九六，租賃車", "R（Romeo）B（Bravo）G（Golf）六六九六")]
    [InlineData("答：我開我哥的車，車號 A(ㄟ)Ｒd 五九一二。", "A(ㄟ)Ｒd 五九一二")]
    public void A_plate_spelt_with_the_alphabet_s_words_or_its_letters_examples_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("中山 12 呼叫勤務中心，車號 ㄅ-ㄇ-ㄒ 兩拐山八，白色休旅", "ㄅ-ㄇ-ㄒ 兩拐山八")]
    [InlineData("車號唸給我的是「ㄅ ㄏ ㄆ 兩拐洞八」，我猜是", "ㄅ ㄏ ㄆ 兩拐洞八")]
    public void A_plate_called_over_the_radio_by_zhuyin_initials_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("第5個路口右轉，第3個問題是 125249900 元的罰款。")]
    [InlineData("大寫的金額是新台幣壹萬元，收據號碼 12345678。")]
    [InlineData("請教小朋友 ㄅㄆㄇㄈ 注音符號第1課 第12頁")]
    [InlineData("請問 英文字母第5個：125249901 是什麼")]
    [InlineData("Hotel California 1976, room 512")]
    [InlineData("ㄅ-ㄇ-ㄒ 1234 是注音練習的頁碼")]
    [InlineData("英文字母第5個是E，案號 112年度偵字第1234號")]
    [InlineData("型號是大寫的X 500 兩台")]
    public void Descriptions_in_ordinary_text_and_before_numbers_that_are_no_value_stay_clean(string text) => FindsNothing(text);
}
