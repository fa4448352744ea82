using Xunit.Abstractions;
using static DataGuard.Detection.Tests.Scanning;
using Tally = DataGuard.Detection.Tests.Generated.PartsGivenApartTests.CellTally;

namespace DataGuard.Detection.Tests.Generated;

/// <summary>
/// Generator "Round 36 (categories of sets U29, U30)": phones and IDs disguised the way staff write them to get past a
/// filter — digits written as characters that sound like them in Mandarin (a share of the digits: all, half, a quarter;
/// the characters of the reading list by syllable, one common in prose such as 是 or 路 at most between other digits), a
/// value sent in pieces with words saying to join them (blank lines between messages, the next message's sender, a list
/// item's number), and a value whose last character the words after it correct — family × disguise × frame, with hard
/// negatives of the same shapes: prose, names, place names and idioms dense in those characters, numbers of other things
/// in pieces under a joining instruction, corrections of numbers that are no value. Values are built here with their check
/// digits; output lists cell names and counts only.
/// </summary>
public sealed class SoundsPiecesCorrectionsTests(ITestOutputHelper output)
{
    private const int CasesPerCell = 10;

    private static readonly string[] Families = { "mobile", "landline", "id" };

    /// <summary>
    /// Characters staff type for each digit by its sound, as the reading list files them (rare in prose): written here
    /// apart from the engine's list, so the test does not read the table it tests.
    /// </summary>
    private static readonly string[] SoundAlikes =
    {
        "鈴靈玲苓", "醫衣依伊", "耳兒爾洱", "山傘衫珊", "寺似絲嗣", "屋烏舞午", "柳溜留琉", "妻漆淒戚", "爸吧巴叭", "酒韭久灸",
    };

    /// <summary>Characters common in prose that sound like a digit, typed by some among the others (是 for 4, 路 for 6…).</summary>
    private static readonly (int Digit, char Character)[] CommonSoundAlikes =
    {
        (4, '是'), (4, '事'), (4, '市'), (6, '路'), (7, '氣'), (7, '起'), (9, '就'), (0, '林'), (1, '意'),
    };

    private static readonly (string Name, Func<string, Random, string?> Write)[] SoundAlikeMixes =
    {
        ("sound-alike.all", (v, r) => SoundAlike(v, r, share: 1.0)),
        ("sound-alike.half", (v, r) => SoundAlike(v, r, share: 0.5)),
        ("sound-alike.quarter", (v, r) => SoundAlike(v, r, share: 0.25)),
        ("sound-alike.one-common", (v, r) => OneCommon(SoundAlike(v, r, share: 0.5), v, r)),
    };

    private static readonly (string Name, Func<string[], Random, (string Before, string Value, string After)> Write)[] PieceLayouts =
    {
        ("pieces.blank-lines.told-before", (p, r) => (Pick(r, "分兩則傳，下一則接著：", "分三則傳，自己接起來：\n"), $"{p[0]}\n\n{p[1]}\n\n{p[2]}", "")),
        ("pieces.blank-lines.told-after", (p, r) => ("", $"{p[0]}\n\n{p[1]}{p[2]}", Pick(r, "（上面幾行合起來）", "\n（第二行接第一行）"))),
        ("pieces.senders", (p, r) => ("分三則傳，要接起來看：\n", $"{p[0]}\n[21:{r.Next(10, 59)}] 學弟：{p[1]}\n{Pick(r, "[21:59] 學弟：", "林巡佐 (24分)：")}{p[2]}", "")),
        ("pieces.list-numbers", (p, r) => (Pick(r, "號碼拆成清單，請合併：\n", "分三段給你，自己接：\n"), $"1. {p[0]}\n2. {p[1]}\n3. {p[2]}", "")),
    };

    private static readonly (string Name, Func<char, string> Write)[] CorrectionForms =
    {
        ("correction.errata", d => $" 更正：尾數{d}"),
        ("correction.not-that", d => $" 啊不是，最後一碼{d}"),
        ("correction.wrong", d => $" 不對，最後是 {d}"),
        ("correction.mistyped", d => $"（打錯，末碼是{d}）"),
        ("correction.english", d => $" correction: last digit {d}"),
    };

    private static readonly string[] Frames = { "label", "chat", "table", "sentence" };

    /// <summary>The honest figure reached on this branch (T): see the README's det-sound36 subsection.</summary>
    private const double Floor = 1.0;

    /// <summary>
    /// The honest figure (T) of the cells where a quarter of the digits are sound-alikes: a run is found only from one of
    /// the characters staff type most (the searched ones of the reading list), so a value whose one or two sound-alikes
    /// are all among the rarer ones of the list (琉, 珊, 洱…) is not read; nor is one whose sound-alikes all stand at the
    /// edge of a number whole in real digits, by design (舊0912…).
    /// </summary>
    private const double QuarterFloor = 0.7;

    [Fact]
    public void Digits_written_as_characters_of_the_same_sound_are_read()
    {
        var tally = new Tally();
        var quarter = new Tally();
        foreach (var family in Families)
        foreach (var mix in SoundAlikeMixes)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"sounds/{family}/{mix.Name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r);
                if (mix.Write(value, r) is not string written) continue;
                Add(mix.Name.EndsWith(".quarter", StringComparison.Ordinal) ? quarter : tally, $"sounds {family} × {mix.Name} × {frame}", family, ("", written, ""), frame, r);
            }
        }
        quarter.Assert(output, QuarterFloor);
        tally.Assert(output, Floor);
    }

    [Fact]
    public void A_value_sent_in_pieces_with_words_saying_to_join_them_is_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var layout in PieceLayouts)
        foreach (var frame in new[] { "label", "sentence" })
        {
            var r = new Random(CaseGenerator.StableSeed($"pieces-told/{family}/{layout.Name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r);
                Add(tally, $"pieces {family} × {layout.Name} × {frame}", family, layout.Write(JoinedPiecesTests.Pieces(family, value, r), r), frame, r);
            }
        }
        tally.Assert(output, Floor);
    }

    [Fact]
    public void A_value_whose_last_character_is_corrected_in_words_is_found()
    {
        var tally = new Tally();
        foreach (var family in Families)
        foreach (var form in CorrectionForms)
        foreach (var frame in Frames)
        {
            var r = new Random(CaseGenerator.StableSeed($"corrected/{family}/{form.Name}/{frame}"));
            for (int n = 0; n < CasesPerCell; n++)
            {
                string value = JoinedPiecesTests.ValueOf(family, r);
                char right = value[^1], wrong = (char)('0' + (right - '0' + 1 + r.Next(8)) % 10);
                Add(tally, $"corrected {family} × {form.Name} × {frame}", family, ("", value[..^1] + wrong, form.Write(right)), frame, r);
            }
        }
        tally.Assert(output, Floor);
    }

    [Fact]
    public void Prose_and_numbers_of_other_things_in_the_same_shapes_stay_clean()
    {
        var tally = new Tally();
        var r = new Random(CaseGenerator.StableSeed("sounds-pieces-corrections negatives"));
        for (int n = 0; n < CasesPerCell * 24; n++)
        {
            (string cell, string text) = (n % 12) switch
            {
                0 => ("prose-of-common-sound-alikes", Pick(r,
                    "這就是老師說的事，市場裡的路是他自己走出來的，起來以後氣就順了。",
                    "是時候了，事實是如此，師傅就在市區的路口等你，一起去吃酒席。",
                    "意思是說，其實這一路走來，氣氛就是這樣，試試看吧。")),
                1 => ("prose-of-rare-sound-alikes", Pick(r,
                    "柳樹下的老屋，烏鴉在屋頂上叫，妻子在溜冰場旁等爸爸喝酒。",
                    "靈山寺的鈴聲傳到山下，醫生穿著白衣，依舊在舊屋裡看診。",
                    "舞蹈班下午在巴士站旁集合，傘放在屋簷下，久久不見。")),
                2 => ("names", $"{Pick(r, "柳", "吳", "林", "巫", "戚")}{Pick(r, "依玲", "怡珊", "琪", "麒", "屋舞", "思柳")}、{Pick(r, "林", "劉", "施")}{Pick(r, "詩琪", "奕翔", "祺", "師傅")}與{Pick(r, "巴", "柳", "伍")}{Pick(r, "山", "衣", "久")}到場"),
                3 => ("place-names", $"{Pick(r, "五股", "六甲", "七堵", "八里", "九份", "柳營", "烏日", "三芝")}區{Pick(r, "中山路", "民生路", "柳川路")}{r.Next(1, 300)}號{r.Next(2, 15)}樓，{Pick(r, "五福", "七賢", "六合", "九如")}路口"),
                4 => ("idioms-with-numerals", Pick(r, "一石二鳥、三心二意", "四面八方，五湖四海", "七上八下，九死一生", "一五一十地說，十全十美", "三三兩兩，五花八門")),
                5 => ("shop-names-and-ages", $"{Pick(r, "柳記", "烏梅", "巴山", "舊屋")}酒舖 {r.Next(80, 400)} 元，屋齡 {r.Next(5, 60)} 年，{Pick(r, "爸爸", "妻子")} {r.Next(30, 90)} 歲"),
                6 => ("orders-in-pieces-told-to-join", $"請合併下列訂單：\n1. {Digits(r, 4)}\n2. {Digits(r, 4)}\n3. {Digits(r, 4)}"),
                7 => ("times-in-messages-told-to-join", $"分兩則傳，下一則接著：\n{r.Next(10, 23)}:{r.Next(10, 59)}\n\n[{r.Next(10, 23)}:{r.Next(10, 59)}] 學弟：收到"),
                8 => ("wrong-check-id-in-pieces", SyntheticIds.Corrupt(JoinedPiecesTests.ValueOf("id", r), 1 + r.Next(8)) is var bad
                    ? $"分兩則傳，下一則接著：{bad[..4]}\n\n{bad[4..]}" : ""),
                9 => ("corrected-case-numbers", $"案號 {Digits(r, 8)} 更正：尾數{r.Next(10)}，金額 {r.Next(100, 9999)} 元 不對，最後是 {r.Next(10)}"),
                // Written and corrected both with a wrong check digit (two different ones).
                10 => ("corrected-id-still-wrong", JoinedPiecesTests.ValueOf("id", r) is var valid
                    ? $"編號 {SyntheticIds.Corrupt(valid, 1 + r.Next(4))} 更正：尾數{SyntheticIds.Corrupt(valid, 5 + r.Next(4))[^1]}" : ""),
                _ => ("sound-alikes-beside-short-numbers", $"第{r.Next(1, 12)}期 柳營 {r.Next(10, 99)} 號，舞蹈 {r.Next(1, 9)} 班，屋齡{r.Next(10, 60)}年，酒{r.Next(2, 9)}瓶"),
            };
            tally.Add($"sounds-pieces-corrections negative {cell}", !Scan(text).Any(f => f.Type is EntityTypes.NationalId or EntityTypes.ResidentCertificate
                or EntityTypes.CreditCard or EntityTypes.PhoneNumber or EntityTypes.LicensePlate));
        }
        tally.Assert(output, floor: 1.0);
    }

    // ---- frames ----

    private static void Add(Tally tally, string cell, string family, (string Before, string Value, string After) written, string frame, Random r)
    {
        var (label, type) = family switch
        {
            "mobile" => ("手機", EntityTypes.PhoneNumber),
            "landline" => ("市話", EntityTypes.PhoneNumber),
            _ => ("身分證", EntityTypes.NationalId),
        };
        string before = frame switch
        {
            "label" => $"{label}：",
            "chat" => $"[{r.Next(10, 23)}:{r.Next(10, 59)}] 學長：他的{label} ",
            "table" => $"| 2 | {Pick(r, "王○明", "陳○玲")} | ",
            _ => $"經查{Pick(r, "當事人", "報案人")}{label}為 ",
        };
        string after = frame switch
        {
            "table" => " | 已通知 |",
            "chat" => "\n[23:01] 學弟：收到",
            _ => Pick(r, "，請幫我寫成通知單。", "\n備註：已通知。", ""),
        };
        if (frame == "table") before = $"| no | name | {label} |\n|---|---|---|\n" + before;
        string text = before + written.Before + written.Value + written.After + after;
        tally.Add(cell, PartsGivenApartTests.Finds(text, before.Length + written.Before.Length, written.Value.Length, type));
    }

    // ---- disguises ----

    // The value with about the given share of its digits written as sound-alikes (at least one; a real digit left unless all).
    private static string? SoundAlike(string value, Random r, double share)
    {
        var chars = value.ToCharArray();
        int written = 0;
        for (int k = 0; k < chars.Length; k++)
        {
            if (!char.IsAsciiDigit(chars[k]) || r.NextDouble() >= share) continue;
            var options = SoundAlikes[chars[k] - '0'];
            chars[k] = options[r.Next(options.Length)];
            written++;
        }
        return written == 0 ? null : new string(chars);
    }

    // One digit between two others written as a sound-alike common in prose, when the value has one it can stand for.
    private static string? OneCommon(string? written, string value, Random r)
    {
        if (written is null) return null;
        var chars = written.ToCharArray();
        int start = r.Next(2, value.Length - 2);
        for (int k = start; k < value.Length - 1; k++)
        {
            foreach (var (digit, character) in CommonSoundAlikes)
            {
                if (value[k] - '0' != digit) continue;
                chars[k] = character;
                return new string(chars);
            }
        }
        return null;
    }

    private static string Digits(Random r, int count) => ValueFamilies.Digits(r, count);

    private static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
