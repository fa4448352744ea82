using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 42 (det-county42, set U44): an ID's or certificate's area letter given by its county or city
/// (<c>Normalization/CountyLetters</c>, read by <c>LetterDescriptions</c> as <c>Kind.County</c>), and the described-letter
/// forms round 41's readers missed (X(大寫), "X as in Word", 接, a line break, spaced marks, a cell bar after the digits).
/// Every value here is invented, with its check digit.
/// </summary>
public sealed class CountyLetterTests
{
    [Theory]
    [InlineData("居留證號第一個字是臺中市的英文代碼,後面接 962096653,幫我寫通知", "臺中市的英文代碼,後面接 962096653", EntityTypes.ResidentCertificate)]
    [InlineData("身分證:新北(舊北縣)那個字母 + 242870724。女性", "新北(舊北縣)那個字母 + 242870724", EntityTypes.NationalId)]
    [InlineData("03. 張O豪|女|南投縣的代碼 + ２２９71O２84|九一九〇_〇六四七", "南投縣的代碼 + ２２９71O２84", EntityTypes.NationalId)]
    [InlineData("身分證(號碼 (臺北市),後面 122512395)於明天", "(臺北市),後面 122512395", EntityTypes.NationalId)]
    [InlineData("owner_id = '(金門縣)、①③⑦⓪④⑤⓪⑤②';", "(金門縣)、①③⑦⓪④⑤⓪⑤②", EntityTypes.NationalId)]
    [InlineData("| 周O琪 | 新竹縣的代碼⏎八二八 | 五五九 | 六六一 | 0912 |", "新竹縣的代碼⏎八二八 | 五五九 | 六六一", EntityTypes.ResidentCertificate)]
    [InlineData("14. 鄭O誠|男|雲林縣那個英文字 接 8五四２59８78|無車", "雲林縣那個英文字 接 8五四２59８78", EntityTypes.ResidentCertificate)]
    [InlineData("被害人 林O華,澎湖縣的代碼 二四七-一七四-二九三。", "澎湖縣的代碼 二四七-一七四-二九三", EntityTypes.NationalId)]
    [InlineData("查核關係人 連江縣 接 壹貳肆柒肆壹壹陸貳", "連江縣 接 壹貳肆柒肆壹壹陸貳", EntityTypes.NationalId)]
    [InlineData("我的身分證 桃園的代碼 2️⃣6️⃣7️⃣7️⃣3️⃣7️⃣3️⃣1️⃣1️⃣|0910", "桃園的代碼 2️⃣6️⃣7️⃣7️⃣3️⃣7️⃣3️⃣1️⃣1️⃣", EntityTypes.NationalId)]
    public void An_id_or_certificate_whose_area_letter_is_given_by_its_county_is_found(string text, string value, string type) =>
        FindsExactly(text.Replace("⏎", "\n"), value.Replace("⏎", "\n"), type);

    [Theory]
    [InlineData("17. 曾O瑋|女|新北市那個英文字 Ｄ + 33552519|+65", "新北市那個英文字 Ｄ + 33552519")]
    [InlineData("15. 王O明|男|(臺南市) B,後面 三七七九０４４８|０9二八", "(臺南市) B,後面 三七七九０４４８")]
    [InlineData("21. 林O華|女|臺東縣那個英文字 C + 35 | 129 | 224|ling", "臺東縣那個英文字 C + 35 | 129 | 224")]
    public void An_old_certificate_whose_area_letter_is_given_by_its_county_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.ResidentCertificate);

    [Theory]
    [InlineData("相對人:蔡O君,N as in November⏎壹伍參捌陸壹肆零肆,車輛", "N as in November⏎壹伍參捌陸壹肆零肆", EntityTypes.NationalId)]
    [InlineData("10. 王O明|女|Z as in Zulu 1２四~七四1伊六二|9588", "Z as in Zulu 1２四~七四1伊六二", EntityTypes.NationalId)]
    [InlineData("被害人 曾O瑋,Q(大寫),後面 983160089,電話", "Q(大寫),後面 983160089", EntityTypes.ResidentCertificate)]
    [InlineData("查詢對象 E（大寫）、2六9九3四6七3 與", "E（大寫）、2六9九3四6七3", EntityTypes.NationalId)]
    [InlineData("12. 曾O瑋|第7個英文字母 接 108617933|0895", "第7個英文字母 接 108617933", EntityTypes.NationalId)]
    [InlineData("18. 李O婷|第21個英文字母⏎貳柒伍 | 肆壹捌 | 捌貳伍|〇九", "第21個英文字母⏎貳柒伍 | 肆壹捌 | 捌貳伍", EntityTypes.NationalId)]
    [InlineData("被害人 陳O如,英文字母第11個 - 一〇〇‧二〇八‧七二〇。", "英文字母第11個 - 一〇〇‧二〇八‧七二〇", EntityTypes.NationalId)]
    public void A_letter_described_in_the_forms_of_round_42_is_found(string text, string value, string type) =>
        FindsExactly(text.Replace("⏎", "\n"), value.Replace("⏎", "\n"), type);

    [Theory]
    [InlineData("臺北市 統編 12345675 之公司")]
    [InlineData("(臺北市) 113年度偵字第123456號")]
    [InlineData("苗栗縣道119線 與 台1線交會")]
    [InlineData("新北市的郵遞區號 220,板橋")]
    [InlineData("(新竹縣) 接 2026年1月5日 上午10:30")]
    [InlineData("澎湖縣 + 123,456,789 元")]
    [InlineData("金門縣的英文代碼是W,座標 24.4321, 118.3210")]
    [InlineData("雲林縣那個英文字 接 123****89")]
    [InlineData("臺北市的代碼 + 122512396")]
    [InlineData("基隆市的代碼 + 299394423，請幫我整理。")] // the plus joins the letter to digits that fail: no +299 phone either
    [InlineData("新北市那個英文字 Ｄ + 5934 兩台")]
    public void Counties_before_numbers_that_are_no_value_stay_clean(string text) => FindsNothing(text);

    [Theory]
    [InlineData("(臺北市) 2345-6789 總機")]
    [InlineData("住臺中市西屯區台灣大道三段99號12樓")]
    [InlineData("臺中市的代碼 + 0912345678")]
    public void A_county_beside_a_phone_or_in_an_address_makes_no_id(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate);
}
