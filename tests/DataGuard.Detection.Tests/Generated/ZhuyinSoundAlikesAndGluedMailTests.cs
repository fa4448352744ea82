using System.Text;
using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Generated.PiecesOnRequestTests;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 47 (issue 9, det-a47)": (1) digits said as sound-alikes mixed inside one value with 注音 syllables
/// (ㄌㄧㄥˊ ㄙˋ ㄧ, with or without tone marks), the Taiwanese 狗 for 9 and ASCII digits — family (mobile, national ID, 2021
/// certificate) × writing (注音 with tone marks, without, 狗 for every 9, sound-alikes and 注音 only) × context (label, chat
/// line, prose, list item); (2) e-mail written out — the at word and the dots between full-width commas (name，at，gmail，點，com)
/// and "dot" glued inside the domain after a written at (name圈圈Agmaildotcom) — at form × domain × frame. A case counts where
/// one finding of the type covers the value first to last and none of another type lies within it. Hard negatives: prose with
/// 山 期 午 酒 狗 beside numbers and numerals (dates, addresses, amounts, poems, menus, 注音 lessons), words with "dot" in them.
/// The characters are written here apart from the engine's reading list; values are invented, checksum-valid; output lists
/// cell names and counts only.
/// </summary>
public sealed class ZhuyinSoundAlikesAndGluedMailTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 8;

    /// <summary>For each digit 0–9: sound-alikes staff type (鈴 líng, 醫 yī, 耳 ěr, 山 shān, 死 sǐ, 午 wǔ, 溜 liù, 妻 qī, 吧 bā, 酒 jiǔ).</summary>
    private static readonly string[] SoundAlikes = { "鈴玲靈", "衣醫依", "兒耳", "山散傘衫", "死寺似", "午屋舞", "溜留柳", "妻漆期棲", "吧巴疤爸", "酒久" };

    /// <summary>The 注音 of each digit (國語 dictionary readings), with the tone mark and without.</summary>
    private static readonly string[] ZhuyinToned = { "ㄌㄧㄥˊ", "ㄧ", "ㄦˋ", "ㄙㄢ", "ㄙˋ", "ㄨˇ", "ㄌㄧㄡˋ", "ㄑㄧ", "ㄅㄚ", "ㄐㄧㄡˇ" };

    private static readonly string[] ZhuyinBare = { "ㄌㄧㄥ", "ㄧ", "ㄦ", "ㄙㄢ", "ㄙ", "ㄨ", "ㄌㄧㄡ", "ㄑㄧ", "ㄅㄚ", "ㄐㄧㄡ" };

    internal static readonly string[] Families = { "mobile", "id", "arc-2021" };

    internal static readonly string[] Writings = { "zhuyin-toned", "zhuyin-bare", "gou-for-9", "no-ascii" };

    internal static readonly string[] Contexts = { "label", "chat", "prose", "list" };

    [Fact]
    public void Values_mixing_zhuyin_and_sound_alikes_are_found_whole()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var writing in Writings)
        foreach (var context in Contexts)
        {
            var r = new Random(CaseGenerator.StableSeed($"a47/sound/{family}/{writing}/{context}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = Value(family, writing, r);
                string before = Before(family, context, r);
                string text = before + value + Pick(r, "", "，請查。", "（已到案）", "\n[10:45] 小美：收到");
                tally.Add($"a47 {family} × {writing} × {context}", CoversAlone(text, before.Length, value.Length, family == "mobile" ? EntityTypes.PhoneNumber : family == "id" ? EntityTypes.NationalId : EntityTypes.ResidentCertificate));
            }
        }
        tally.Assert(output, ZhuyinFloors.Of);
    }

    // A valid value written in the cell's writing: its letter as typed, each digit a sound-alike, a 注音 syllable or itself.
    private static string Value(string family, string writing, Random r)
    {
        string plain = family switch
        {
            "mobile" => "09" + r.Next(9) + ValueFamilies.Digits(r, 7), // 090–098, as ValueFamilies' phone.mobile
            "id" => SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 1 + r.Next(2), ValueFamilies.Digits(r, 7)),
            _ => SyntheticIds.Numeric(SyntheticIds.Letters[r.Next(SyntheticIds.Letters.Length)], 8 + r.Next(2), ValueFamilies.Digits(r, 7)),
        };
        if (writing == "gou-for-9" && !plain.Substring(1).Contains('9')) plain = plain[..^3] + "9" + plain[^2..];
        if (family != "mobile") plain = SyntheticIds.Numeric(plain[0], plain[1] - '0', plain.Substring(2, 7)); // the check digit again
        var written = new StringBuilder();
        int first = char.IsAsciiLetter(plain[0]) ? 1 : 0;
        written.Append(plain, 0, first);
        bool zhuyinBefore = false;
        for (int i = first; i < plain.Length; i++)
        {
            int digit = plain[i] - '0';
            // kinds: 0 a sound-alike, 1 注音, 2 the digit; 注音 never twice in a row (ㄙㄧ would be the letter C)
            int kind = writing == "gou-for-9" && digit == 9 ? 3 : r.Next(writing == "no-ascii" ? 2 : 3);
            if (kind == 1 && (zhuyinBefore || writing == "gou-for-9")) kind = 0;
            if (i == first + 1 && writing is "zhuyin-toned" or "zhuyin-bare" or "no-ascii" && !zhuyinBefore) kind = 1;
            zhuyinBefore = kind == 1;
            written.Append(kind switch
            {
                0 => SoundAlikes[digit][r.Next(SoundAlikes[digit].Length)].ToString(),
                1 => (writing == "zhuyin-bare" ? ZhuyinBare : ZhuyinToned)[digit],
                2 => plain[i].ToString(),
                _ => "狗",
            });
        }
        return written.ToString();
    }

    private static string Before(string family, string context, Random r)
    {
        string label = family switch
        {
            "mobile" => Pick(r, "手機：", "電話 ", "新號碼 ", "來電 "),
            "id" => Pick(r, "身分證：", "身分證字號 ", "妻 "),
            _ => Pick(r, "居留證：", "居留證號 ", "統一證號 "),
        };
        return context switch
        {
            "label" => label,
            "chat" => $"[{r.Next(8, 23)}:{r.Next(10, 60)}] {Pick(r, "阿明", "投資老師 林", "陳先生")}: " + Pick(r, "", label),
            "prose" => Pick(r, "他叫我記下", "你記一下喔", "報案人說對方的") + label,
            _ => $"{r.Next(2, 9)}. → {label}",
        };
    }

    // ---- e-mail -------------------------------------------------------------------------------------------------------

    internal static readonly string[] MailForms = { "comma-at", "circle-glued-dot", "mouse-glued-dot", "at-sign-glued-dot", "bracket-glued-dot" };

    private static readonly string[] Domains = { "gmail.com", "outlook.com", "yahoo.com.tw", "ms45.hinet.net", "icloud.com" };

    private static readonly string[] MailFrames = { "label", "qa", "chat" };

    [Fact]
    public void Addresses_with_commas_or_a_glued_dot_are_found_whole()
    {
        var tally = new Tally();
        foreach (var form in MailForms)
        foreach (var domain in Domains)
        foreach (var frame in MailFrames)
        {
            var r = new Random(CaseGenerator.StableSeed($"a47/mail/{form}/{domain}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string mailbox = Pick(r, "hsieh", "lailily", "maria.santos_", "whsinyi", "hpeiyu") + r.Next(10, 2000);
                string address = form switch
                {
                    "comma-at" => mailbox + "，at，" + domain.Replace(".", Pick(r, "，點，", "，dot，")),
                    "circle-glued-dot" => mailbox + Pick(r, "圈圈A", "圈a", "圈圈a") + domain.Replace(".", "dot"),
                    "mouse-glued-dot" => mailbox + Pick(r, "小老鼠", "（小老鼠）") + domain.Replace(".", "dot"),
                    "at-sign-glued-dot" => mailbox + "@" + domain.Replace(".", "dot"),
                    _ => mailbox + Pick(r, "(at)", "[at]") + domain.Replace(".", "dot"),
                };
                string before = frame switch
                {
                    "label" => Pick(r, "對方的電郵是", "信箱：", "email "),
                    "qa" => Pick(r, "問：他的email？\n答：是", "Q：信箱？\nA："),
                    _ => $"[{r.Next(8, 23)}:{r.Next(10, 60)}] 阿偉：",
                };
                string text = before + address + Pick(r, "。", "，電話另給。", "", "\n[10:42] 我：收到");
                tally.Add($"a47-mail {form} × {domain} × {frame}", CoversAlone(text, before.Length, address.Length, EntityTypes.EmailAddress));
            }
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- hard negatives -----------------------------------------------------------------------------------------------

    private static readonly (string Name, Func<Random, string> Make)[] NotValues =
    {
        ("date-period", r => $"{Pick(r, "七月", "三月", "九月")}期間{Pick(r, "山上", "午後", "酒吧")}人多，{r.Next(1, 28)}日{Pick(r, "午", "晚")}間{r.Next(1, 12)}點到{r.Next(1, 12)}點休息。"),
        ("address", r => $"住址：{Pick(r, "台中市", "高雄市", "新北市")}{Pick(r, "中山", "五福", "吳興")}路{r.Next(1, 9)}段{r.Next(10, 400)}巷{r.Next(1, 30)}弄{r.Next(1, 60)}號{r.Next(2, 15)}樓之{r.Next(1, 5)}"),
        ("amount", r => $"第{r.Next(2, 9)}期款項{r.Next(1000, 99999)}元，午{Pick(r, "前", "後")}{r.Next(1, 5)}點繳清，酒錢{r.Next(100, 999)}元另計。"),
        ("poem", r => Pick(r, "春眠不覺曉，處處聞啼鳥，夜來風雨聲，花落知多少。", "千山鳥飛絕，萬徑人蹤滅，孤舟蓑笠翁，獨釣寒江雪。", "勸君更盡一杯酒，西出陽關無故人。", "久旱逢甘雨，他鄉遇故知。") + $"（第{r.Next(1, 99)}首）"),
        ("menu", r => $"菜單：{Pick(r, "山藥", "狗不理包子", "酒釀湯圓")} {r.Next(30, 200)}、{Pick(r, "午餐", "柳橙汁", "巴西莓")} {r.Next(30, 200)}、{Pick(r, "留香", "衫記", "妻子餅")} {r.Next(30, 200)}，共{r.Next(3, 9)}份"),
        ("dogs", r => $"{Pick(r, "小狗", "狗狗", "流浪狗")}{r.Next(2, 19)}隻在{Pick(r, "山", "寺", "屋")}邊，{r.Next(1, 12)}月{r.Next(1, 28)}日{Pick(r, "午", "晚")}上{r.Next(1, 12)}點又來了{r.Next(2, 9)}隻。"),
        ("zhuyin-lesson", r => $"注音：{Pick(r, "ㄌㄧㄥˊ", "ㄙˋ", "ㄧ")} 是「{Pick(r, "零", "四", "一")}」的讀音，第{r.Next(1, 30)}課共{r.Next(2, 12)}個字，ㄅㄆㄇㄈ練{r.Next(2, 9)}遍。"),
        ("dot-words", r => $"他在學 {Pick(r, "dotnet", "dotfiles", "anecdote")} at {Pick(r, "github", "school")}，{Pick(r, "信箱", "email")}不明，版本 {r.Next(1, 9)}.{r.Next(0, 9)}。"),
        ("comma-at-prose", r => $"我們約在，at，{Pick(r, "the station", "noon")}，點，{Pick(r, "咖啡", "餐")}，共{r.Next(2, 9)}人。"),
    };

    [Fact]
    public void Prose_with_digit_sound_alikes_and_dot_words_stays_clean()
    {
        var tally = new Tally();
        foreach (var (name, make) in NotValues)
        {
            var r = new Random(CaseGenerator.StableSeed($"a47/negative/{name}"));
            // (an address is reported as one, rightly: the cell asks that none of its numbers is read as a value)
            for (int n = 0; n < 20; n++) tally.Add($"a47-negative {name}", Scanning.Scanner.Scan(make(r)).All(f => f.Type == EntityTypes.Address));
        }
        tally.Assert(output, floor: 1.0);
    }
}

/// <summary>Floors of <see cref="ZhuyinSoundAlikesAndGluedMailTests"/>: every cell at 1.0 unless listed at its honest figure.</summary>
internal static class ZhuyinFloors
{
    public static double Of(string cell) => 1.0;
}
