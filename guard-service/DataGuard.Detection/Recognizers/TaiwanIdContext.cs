namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Context words for Taiwan identity numbers. Starts from Microsoft Purview's Taiwan lists (身分證字號, 身份證,
/// 國民身分證統一編號, 居留證, 外僑居留證, 台灣地區居留證, ARC, 中華民國護照) and adds the wording of police records.
/// </summary>
internal static class TaiwanIdContext
{
    public static readonly string[] NationalIdWords = new[]
    {
        "身分證", "身份證", "身分證字號", "身份證字號", "身分證號", "身份證號", "國民身分證統一編號", "身分證統一編號",
        "證號", "身分證號碼", "身份證號碼", "國民身分證", "ID No", "ID number", "ID card", "national ID",
        "identity card", "identification number", "TWID",
    }.Concat(ForeignIdCardWords()).ToArray();

    public static readonly string[] ResidentWords = new[]
    {
        "居留證", "外僑居留證", "台灣地區居留證", "臺灣地區居留證", "台灣地区居留證", "居留證號", "統一證號", "外來人口統一證號",
        "新式統一證號", "居留證統一證號", "永久居留證", "外僑永久居留證", "入出境許可證", "ARC", "APRC", "UI number",
        // Round 32: the English label the 2021 certificate prints beside its number
        "UI No",
        "resident certificate", "residence permit", "resident permit", "alien resident", "證號", "身分證", "身份證",
        // Round 27: the certificate in the languages the agency's foreign-affairs staff write to its holders in
        // (Vietnamese, Indonesian and Malay, Thai, Japanese, Korean, English).
        "thẻ cư trú", "thẻ thường trú", "giấy phép cư trú", "kartu izin tinggal", "izin tinggal", "KITAS", "KITAP",
        "permit kediaman", "ใบถิ่นที่อยู่", "บัตรถิ่นที่อยู่", "บัตรต่างด้าว", "在留カード", "居留カード", "居留証", "외국인등록증",
        "거류증", "거주증", "residence card", "resident card", "alien registration",
    }.Concat(ForeignIdCardWords()).ToArray();

    // An identity card in those languages (CMND, KTP, บัตรประชาชน, 身分証, 신분증): the word a writer of that language uses
    // for the Taiwan ID or certificate of the person too. A function, not a field: the lists above are initialised first.
    private static IEnumerable<string> ForeignIdCardWords() => new[]
    {
        "CMND", "CCCD", "căn cước", "chứng minh nhân dân", "số định danh", "KTP", "kartu identitas", "nomor identitas",
        "kartu tanda penduduk", "kad pengenalan", "บัตรประชาชน", "เลขประจำตัวประชาชน", "身分証", "身分証明書", "신분증",
        "주민등록번호", "등록번호",
    };

    public static readonly string[] PersonWords =
    {
        "姓名", "出生", "性別", "戶籍", "住址", "地址", "嫌疑人", "犯嫌", "被害人", "報案人", "證人", "當事人", "關係人",
        "被告", "民眾", "身分", "身份", "外籍", "移工", "國籍", "移民署", "name", "date of birth", "nationality",
    };

    /// <summary>Labels of numbers that look like IDs but are not personal: invoices, orders, cases, products.</summary>
    public static readonly string[] LookAlikeLabels =
    {
        "發票", "統一發票", "載具", "訂單", "單號", "序號", "型號", "料號", "產品", "批號", "受理編號", "參考編號", "案件編號",
        "文件編號", "收據", "票號", "流水號", "追蹤", "條碼", "代碼", "代號", "編碼", "invoice", "order", "serial", "model", "SKU",
        "part no", "reference", "ref", "tracking",
        // a device's or warranty's serial number (機身編號…, 保固卡編號…: set O)
        "機身編號", "機身序號", "保固卡編號", "保固編號", "保固卡", "IMEI",
        // a part's number and the serial and part numbers of a label plate (round 22)
        "零件編號", "零件", "S/N", "P/N",
        // the numbers of a case file's records, forms, photos and documents, a work order's, a ticket's, a badge's (round 26):
        // in sets U1–U12 none stands in the clause before an ID
        "紀錄表編號", "紀錄編號", "報告編號", "相片編號", "照片編號", "表單編號", "檔案編號", "檔號", "文號", "工單", "表單", "警號",
        "ticket", "batch",
    };
}
