namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Round 35 (categories of sets U27, U28): a group chat that passes a person's details one message at a time — a mobile or an
/// ID in one message, the plate alone in another after a short lead (對方留的：, 記一下, 另外一個), no plate word anywhere;
/// and plates whose hyphen is typed at another place (PK-T3816, TR681-5). The hard negatives hold codes of a plate's shapes
/// in the same chats named by their own labels or with no person's identifier in the chat, and model codes split as a
/// moved hyphen splits a plate (SM-S9180) with a vehicle word near them but not before them.
/// </summary>
internal static class ChatRolls
{
    private static readonly string[] Speakers = { "小李", "阿志", "張隊", "Amy", "巡佐陳", "勤務台" };

    private static readonly string[] Leads = { "對方留的：", "抄一下 ", "對方說是", "另外一個 ", "再補一個：", "查到了 ", "" };

    private static readonly string[] Trails = { " 先別外流", "", "", " 你看一下" };

    private static string Prefix(Random r) =>
        $"[{r.Next(8, 22):00}:{r.Next(60):00}] {CaseContexts.Pick(r, Speakers)}：";

    // A message holding a person's mobile or ID (synthetic: a reserved range or a checksum-valid generated ID).
    private static string IdentifierMessage(Random r) => Prefix(r) + CaseContexts.Pick(r, "再補一個：", "抄一下 ", "對方說是", "") + CaseContexts.Pick(r,
        "0912-345-678", "+886 912 345 678", "0987 654 321", CaseContexts.RecordId(r)) + "\n";

    /// <summary>The text before and after a plate sent alone in a chat message, a person's identifier in another message.</summary>
    public static (string Before, string After) AroundPlate(Random r)
    {
        string before = CaseContexts.Pick(r, "把這段群組紀錄做成名單：\n", "群組對話如下，請摘要：\n", "")
            + (r.Next(2) == 0 ? IdentifierMessage(r) + Prefix(r) + "好的🙏\n" : Prefix(r) + "好的🙏\n" + IdentifierMessage(r))
            + Prefix(r) + CaseContexts.Pick(r, Leads);
        string after = CaseContexts.Pick(r, Trails) + CaseContexts.Pick(r, "\n" + Prefix(r) + "了解", "");
        return (before, after);
    }

    // A message holding a person's mobile or ID masked as rolls print them (0912-***-678, A1****789): no personal data.
    private static string MaskedIdentifierMessage(Random r) => Prefix(r) + CaseContexts.Pick(r, "再補一個：", "抄一下 ", "") + CaseContexts.Pick(r,
        $"09{r.Next(10, 99)}-***-{ValueFamilies.Digits(r, 3)}", $"{"ABFQW"[r.Next(5)]}{r.Next(1, 3)}****{ValueFamilies.Digits(r, 3)}") + "\n";

    /// <summary>
    /// Codes of a plate's shapes in a chat whose person's mobile or ID is masked, each named by its own label (型號, 班機,
    /// 料號, 房號, 發票, 版本). (A hard negative holds no personal data, so a valid identifier cannot stand in it; the label's
    /// part beside a valid one is asserted by ChatAndMovedHyphenPlateTests.)
    /// </summary>
    public static string NamedCodesInChat(Random r) =>
        MaskedIdentifierMessage(r) + Prefix(r) + CaseContexts.Pick(r,
            $"型號 {ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 3)}",
            $"班機 {ValueFamilies.Letters(r, 2)}{ValueFamilies.Digits(r, 3)}",
            $"料號 {ValueFamilies.Letters(r, 3)}-{ValueFamilies.Digits(r, 3)}",
            $"房號 {CaseContexts.Pick(r, "B1", "A3", "C2")}-{ValueFamilies.Digits(r, 3)}",
            $"發票 {ValueFamilies.Letters(r, 2)}{ValueFamilies.Digits(r, 8)}",
            $"版本 v{r.Next(1, 9)}.{r.Next(10)}.{r.Next(30)}",
            $"訂單編號 {ValueFamilies.Letters(r, 3)}-{ValueFamilies.Digits(r, 4)}")
        + CaseContexts.Pick(r, Trails) + "\n" + Prefix(r) + "好的🙏";

    /// <summary>Codes of a plate's shapes alone in chat messages, with no person's ID or mobile anywhere in the chat.</summary>
    public static string CodesInChatWithoutIdentifier(Random r) =>
        Prefix(r) + "明天開會" + "\n" + Prefix(r) + CaseContexts.Pick(r, Leads) + CaseContexts.Pick(r,
            $"{ValueFamilies.Letters(r, 3)}-{ValueFamilies.Digits(r, 3)}",
            $"{ValueFamilies.Letters(r, 2)} {ValueFamilies.Digits(r, 3)}",
            $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Digits(r, 5)}".ToLowerInvariant(),
            $"{ValueFamilies.Letters(r, 3)}-{ValueFamilies.Digits(r, 3)}".ToLowerInvariant())
        + CaseContexts.Pick(r, Trails) + "\n" + Prefix(r) + "好";

    /// <summary>
    /// A model's code split as a moved hyphen splits a plate (SM-S9180: two letters, a hyphen, a letter and four digits),
    /// named by its own word (手機, 型號, 機型) with a vehicle word earlier in the sentence but not right before it.
    /// </summary>
    public static string MovedHyphenModels(Random r) =>
        CaseContexts.Pick(r, "騎機車時掉了", "他把車停好，拿出", "車上放著", "開車的司機用的")
        + CaseContexts.Pick(r, "手機 ", "手機型號 ", "平板 ", "耳機，型號：", "機型 ")
        + $"{ValueFamilies.Letters(r, 2)}-{ValueFamilies.Letters(r, 1)}{ValueFamilies.Digits(r, 4)}"
        + CaseContexts.Pick(r, "，螢幕摔裂了。", "。", " 已送修", "");
}
