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
        "門號", "來電", "致電", "撥打", "回撥", "回電", "打給", "傳真", "分機", "Tel", "Phone", "Mobile", "Cell", "Fax", "call", "TEL.",
        "聯絡方式", "聯繫方式", "WhatsApp", "手機號", "來電號碼", "對方號碼", "號碼顯示", "回電號碼",
        "要撥", "請撥", "可撥", "直撥", "MSISDN", // 從國外打回來要撥+886…, a log's "msisdn" field
        "通聯", // police call records: 通聯紀錄, 通聯分析, 雙向通聯
        "聯絡", // a roster's "NUR HIDAYAH，印尼，…，聯絡0838…"
        "打來", "打過來", // 說是從大陸打過來的 139…
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
    private static readonly string[] ForeignPlainList = { "打", "號碼", "number", "điện thoại", "SĐT" };

    /// <summary><see cref="ForeignPlainList"/> as context words.</summary>
    public static readonly ContextWord[] ForeignPlain = ContextWord.All(ForeignPlainList);

    /// <summary>Every word that names a foreign number a phone: <see cref="Strong"/> and the plain words.</summary>
    public static readonly ContextWord[] Foreign = ContextWord.All(Concat(Strong, ForeignPlainList));

    /// <summary>Plain words that, after a number written with its plus, say the text lists phone numbers (…兩個號碼聯絡).</summary>
    public static readonly ContextWord[] PlusNumber = ContextWord.All(new[] { "號碼", "number", "numbers" });

    /// <summary>Both lists, in order.</summary>
    public static string[] Concat(string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
