using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The words that say a number is a telephone number: the phone recognizer's strong context, and what names a foreign
/// national-form number a phone (<see cref="ForeignNumberContext"/>).
/// </summary>
internal static class PhoneWords
{
    private static readonly string[] List =
    {
        "電話", "手機", "行動電話", "聯絡電話", "連絡電話", "市話", "室話", "住家電話", "公司電話", "電話號碼", "手機號碼",
        "門號", "來電", "致電", "電洽", "撥打", "回撥", "回電", "打給", "傳真", "分機", "Tel", "Phone", "Mobile", "Cell", "Fax", "call", "TEL.",
        "聯絡方式", "聯繫方式", "WhatsApp", "手機號", "來電號碼", "對方號碼", "號碼顯示", "回電號碼",
        "要撥", "請撥", "可撥", "直撥", "MSISDN", // 從國外打回來要撥+886…, a log's "msisdn" field
        "通聯", // police call records: 通聯紀錄, 通聯分析, 雙向通聯
        "聯絡", // a roster's "NUR HIDAYAH，印尼，…，聯絡0838…"
        "打來", "打過來", // 說是從大陸打過來的 139…
        "宅電", // a home landline (宅電欸 02 2345 嗯 6789: set U4)
        "專線", // 客服專線 +852…, 打我們專線 00852… (sets O, P; toll-free 0800 lines stay out by the numbering plan)
        "Contact", "Hotline", // English labels of how to reach someone: Contact: +852 …
        // Round 26: English verbs of a call log and a family's number abroad (outgoing calls to (415) 555-…, dialled 0…, the
        // number in the home country: 0…), written with no phone noun.
        "calls", "calls to", "call to", "called", "dialled", "dialed", "home country", "home-country",
        // Round 27: the English noun of a fixed line (his landline 2345-6789, land line: 234 5678).
        "landline", "land line",
    };

    /// <summary>Words that name a phone, with a country's short forms (港號, 陸手機…) and other languages' words (gọi, เบอร์, 携帯…): strong context.</summary>
    public static readonly string[] Strong = Concat(Concat(List, CountryWords.PhoneWords), ForeignLanguages.PhoneWords);

    /// <summary><see cref="Strong"/> as context words.</summary>
    public static readonly ContextWord[] Any = ContextWord.All(Strong);

    /// <summary>
    /// Around a number in a foreign country's national form, once that country is named, plainer words also say it is a
    /// phone: 打 (可以打 5897 7011 找他), 號碼, number, the Vietnamese điện thoại. libphonenumber's plan of the named country
    /// still has to accept it.
    /// </summary>
    private static readonly string[] ForeignPlainList =
    {
        "打", "號碼", "number", "điện thoại", "SĐT",
        "那支", "這支", "那隻", "這隻", // 支 counts phones: 香港那支 …跟澳門那支 6xxx xxxx (round 25)
    };

    /// <summary><see cref="ForeignPlainList"/> as context words.</summary>
    public static readonly ContextWord[] ForeignPlain = ContextWord.All(ForeignPlainList);

    /// <summary>Every word that names a foreign number a phone: <see cref="Strong"/> and the plain words.</summary>
    public static readonly ContextWord[] Foreign = ContextWord.All(Concat(Strong, ForeignPlainList));

    /// <summary>Plain words that, after a number written with its plus, say the text lists phone numbers (…兩個號碼聯絡).</summary>
    public static readonly ContextWord[] PlusNumber = ContextWord.All(new[] { "號碼", "number", "numbers" });

    /// <summary>
    /// Words right before a number that call it a phone by what it is (電話, 手機, 撥…), also one without its area code
    /// (市話2345-6789) — not by the place it rings.
    /// </summary>
    public static readonly ContextWord[] PhoneLabels = ContextWord.All(new[]
    {
        "電話", "市話", "室話", "住家電話", "公司電話", "電話號碼", "聯絡電話", "連絡電話", "家裡電話", "Tel", "Phone",
        "撥打", "致電", "回撥", "撥", "打給", "打", "家電", "宅電", "來電號碼", "回電號碼", "市話號碼",
        "手機", "手機號碼", "行動電話", // 檢舉人手機959 5077: a number labelled a phone is one, whatever digits were left out
        "回電", "打到", "撥到", // 請回電 2345-6789
        "來電", "值班台", "值班電話", // 偵查隊…來電3236 6691, 請聯繫民族派出所值班台 兩五五兩 五四幺八
        "聯絡方式", "聯繫方式", "打來了", "call back", // 請依聯絡方式2345-6789回電, 她又打來了 2345678 (set O)
        "宅", "總機", "沒區碼", "無區碼", // a directory's 宅 2345678 (home), a switchboard, 電話沒區碼：2345678 (set P)
        "傳真", "Fax", // the same line's fax, 電話…、傳真2345-6789
        "Contact", // an English contact line: Contact: 2345 6789
        "landline", "land line", // round 27: an English fixed line, no area code (his landline 765-4321)
        // Round 27: a message or call log's keys for the number it sent to or rang (send_sms to=+852…, sms_to=, caller=, callee=).
        "sms to", "sms_to", "smsTo", "caller", "callee",
    });

    /// <summary>
    /// The parties of a settlement or a notice right before a mobile typed in look-alikes (甲方 O9l8…, 已通知車主 O9…): the
    /// value given for a party is how to reach them (round 39, set U38); no label of a phone alone.
    /// </summary>
    public static readonly ContextWord[] PartyLabels = ContextWord.All(new[]
    {
        "甲方", "乙方", "丙方", "車主", "當事人",
        // round 43 (set U46: 家屬 O9459S981S): the people of a report or a missing-person notice, reached by the number given
        "家屬", "報案人", "本人", "聯絡人", "緊急聯絡人", "關係人", "失主",
    });

    /// <summary>Words right before a number that label it a phone: <see cref="PhoneLabels"/> and a station directory's 所.</summary>
    public static readonly ContextWord[] LocalLabels = ContextWord.All(new[]
    {
        "所", // a station directory: 復興所 353 0397, 新生分駐所 824 0971, 中庄所 24828463
    }).Concat(PhoneLabels).ToArray();

    /// <summary>
    /// Words ending in a local label that are no call: 劃撥 (a postal giro: 郵局劃撥 2345-6789 is its account), 調撥 (a
    /// transfer of stock or funds). The label 撥 right before a number counts only outside them.
    /// </summary>
    public static readonly ContextWord[] NotDialling = ContextWord.All(new[] { "劃撥", "調撥" });

    // Filed by last character: asked right before every long number a local reading is tried on.
    public static readonly WordsByChar LocalLabelsByLastChar = new(LocalLabels, byLastChar: true);

    /// <summary>Labels of numbers that look like phones (訂單, 發票, account…): negative context.</summary>
    public static readonly string[] LookAlikeList = PhoneWords.Concat(new[]
    {
        "訂單", "單號", "編號", "發票", "序號", "帳號", "帳戶", "統編", "條碼", "批號", "案號", "order", "invoice",
        "serial", "tracking", "account",
        "料號", "貨號", "品號", "零件", // a part or an item number: 料號 00772-7384-6830 (round 22)
        "型號", "追蹤碼", "SKU", // a model, tracking or stock code shaped like a phone with letters among its digits (round 23)
        "匯款", "轉帳", "匯入", "轉入", // 匯到 005-…: a bank's code and an account, not Taiwan's dial prefix 005
        "會議ID", "會議號碼", "會議代碼", "Meeting ID", // round 28: a video meeting's ID grouped as a phone (會議ID 512 634 7781)
        "授權碼", "授權號碼", "核准碼", "approval code", "auth code", // round 38: a card statement's authorisation code (授權碼 0x…)
    }, ForeignLanguages.NotPhoneWords);

    /// <summary>
    /// A bank statement's transfer to a phone number (手機轉帳 8869…, 手機號碼轉帳): the 轉帳 that names an account elsewhere
    /// names the number a phone here (round 39, set U37).
    /// </summary>
    private static readonly ContextWord[] PhoneTransferWords = ContextWord.All(new[] { "手機轉帳", "手機號碼轉帳", "手機號轉帳" });

    /// <summary>Whether the negative label before a number is a transfer to a phone (<see cref="PhoneTransferWords"/>).</summary>
    public static bool NamesPhoneTransfer(ReadOnlySpan<char> text, int from, int start) =>
        ContextWord.AnyIn(PhoneTransferWords, text.Slice(from, start - from));

    /// <summary>
    /// Whether what stands between a look-alike label and a number takes the label off it: a transfer to a phone
    /// (<see cref="NamesPhoneTransfer"/>), or a call label right before the number (det-foreign42, set U43: 對方叫她匯款到帳戶
    /// 還說有問題打 +886-9…: the account was named for the money, the number is the one to ring).
    /// </summary>
    public static bool ReleasesLookAlikeLabel(ReadOnlySpan<char> text, int from, int start) =>
        NamesPhoneTransfer(text, from, start)
        || ContextScorer.IsLabelledImmediately(text, start, PhoneLabels) && !ContextScorer.IsLabelledImmediately(text, start, NotDialling);

    /// <summary><see cref="LookAlikeList"/> as context words.</summary>
    public static readonly ContextWord[] LookAlikeWords = ContextWord.All(LookAlikeList);

    // Filed by first character: asked before the foreign readings of every long number (WordsByChar.AnyIn).
    public static readonly WordsByChar LookAlikeLabels = new(LookAlikeWords, byLastChar: false);

    /// <summary>Both lists, in order.</summary>
    public static string[] Concat(string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
