using System.Text;

namespace DataGuard.Benchmarks;

/// <summary>
/// Dense short prompts: records of 100–300 chars with a personal value about every 40 chars, as in a pasted case table
/// or a list of accident records (synthetic, from a seed). Each record is scanned as its own prompt.
/// </summary>
public static class DenseRecords
{
    private const string Names = "王小明陳美玲林志強張家豪李淑芬黃建國吳佩珊劉俊傑蔡宜君楊宗翰";
    private const string Places = "臺北市大安區,新北市板橋區,臺中市西屯區,高雄市苓雅區,桃園市中壢區,臺南市東區";
    private const string PlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string IdLetters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"; // area letters in checksum order A=10 … O=35 (see TaiwanIdChecksum)

    /// <summary>Records whose lengths add up to <paramref name="totalChars"/> or just under.</summary>
    public static string[] Build(int totalChars, int seed = 7)
    {
        var random = new Random(seed);
        var records = new List<string>();
        int total = 0;
        while (true)
        {
            string record = Record(random);
            if (total + record.Length > totalChars) break;
            records.Add(record);
            total += record.Length;
        }
        return records.ToArray();
    }

    private static string Record(Random random)
    {
        int target = random.Next(100, 301);
        var sb = new StringBuilder(target + 64);
        sb.Append(random.Next(3) switch
        {
            0 => $"{random.Next(108, 114)}年度偵字第{random.Next(1000, 99999)}號｜",
            1 => $"A{random.Next(3, 16)}類事故{random.Next(1, 13)}月{random.Next(1, 29)}日，",
            _ => $"編號{random.Next(1, 999)}，",
        });
        while (sb.Length < target - 30)
        {
            sb.Append(Value(random));
            sb.Append(Filler(random));
        }
        return sb.ToString();
    }

    // One labelled value, ~25 chars with its label; the filler brings the spacing to about 40.
    private static string Value(Random random) => random.Next(9) switch
    {
        0 => $"{Name(random)}，身分證{NationalId(random)}",
        1 => $"手機{Mobile(random)}",
        2 => $"車號{Plate(random)}",
        3 => $"電話(0{random.Next(2, 9)}){random.Next(2000, 9999)}-{random.Next(1000, 9999)}",
        4 => $"駕駛{Name(random)}騎乘{Plate(random)}",
        5 => $"e-mail：{Email(random)}",
        6 => $"居留證{ResidentId(random)}",
        7 => $"{Name(random)} {NationalId(random)} {Mobile(random)}",
        _ => $"聯絡人{Name(random)}{Mobile(random)}",
    };

    private static string Filler(Random random) => random.Next(5) switch
    {
        0 => $"，{random.Next(110, 114)}年{random.Next(1, 13)}月{random.Next(1, 29)}日{random.Next(0, 24)}時許於{Place(random)}，",
        1 => $"，損失約新臺幣{random.Next(1, 99)},{random.Next(100, 999)}元，",
        2 => "，雙方當事人均已到場說明，",
        3 => $"｜{Place(random)}中正路{random.Next(1, 300)}號｜",
        _ => $"，依道路交通管理處罰條例第{random.Next(10, 90)}條舉發，",
    };

    private static string Name(Random random)
    {
        int i = random.Next(Names.Length / 3);
        return Names.Substring(i * 3, 3);
    }

    private static string Place(Random random)
    {
        var places = Places.Split(',');
        return places[random.Next(places.Length)];
    }

    private static string Mobile(Random random) => random.Next(3) switch
    {
        0 => $"09{random.Next(10, 99)}-{random.Next(100, 999)}-{random.Next(100, 999)}",
        1 => $"09{random.Next(10, 99)}{random.Next(100000, 999999)}",
        _ => $"+886 9{random.Next(10, 99)} {random.Next(100, 999)} {random.Next(100, 999)}",
    };

    private static string Plate(Random random)
    {
        var letters = new string(new[] { Pick(PlateLetters, random), Pick(PlateLetters, random), Pick(PlateLetters, random) });
        return random.Next(2) == 0 ? $"{letters}-{random.Next(1000, 9999)}" : $"{random.Next(100, 999)}-{letters.Substring(1)}";
    }

    private static string Email(Random random) =>
        $"user{random.Next(1, 9999)}@{(random.Next(2) == 0 ? "gmail.com" : "police.gov.tw")}";

    private static string NationalId(Random random) => WithCheckDigit(Pick(IdLetters, random), (char)('1' + random.Next(2)), random);

    private static string ResidentId(Random random) => WithCheckDigit(Pick(IdLetters, random), (char)('8' + random.Next(2)), random);

    // Letter + second digit + 7 random digits + the check digit that makes the weighted sum a multiple of 10.
    private static string WithCheckDigit(char letter, char second, Random random)
    {
        int code = IdLetters.IndexOf(letter) + 10;
        var digits = new char[8];
        digits[0] = second;
        for (int i = 1; i < 8; i++) digits[i] = (char)('0' + random.Next(10));
        int sum = code / 10 + code % 10 * 9;
        for (int i = 0; i < 8; i++) sum += (digits[i] - '0') * (8 - i);
        int check = (10 - sum % 10) % 10;
        return letter + new string(digits) + (char)('0' + check);
    }

    private static char Pick(string chars, Random random) => chars[random.Next(chars.Length)];
}
