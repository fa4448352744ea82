namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Taiwan plate layouts as data. Source: docs/taiwan-formats.md §(c) — 公路總局 announcements via TVBS (2012 scheme:
/// 3 letters + 4 digits, no I/O, no digit 4), the zh.wikipedia 台灣車牌號碼 table (commercial 3+3, large vehicles),
/// the 公路總局 FAQ on 1992–2012 plates (前二後二/三/四 and the digits-first 2001–2012 forms), SETN (large heavy
/// motorcycles 2+3), nextapple (micro EV 2 letters + 5 digits, separator position UNVERIFIED).
/// </summary>
/// <remarks>
/// Plates look like product codes, so only the current format written with its hyphen stands on its own; every other
/// layout needs context words (車牌、車號…) to pass the default threshold.
/// </remarks>
internal static class PlateLayouts
{
    public readonly struct Layout
    {
        public Layout(bool lettersFirst, int letters, int digits, double hyphenScore, double plainScore, bool current)
        {
            LettersFirst = lettersFirst;
            Letters = letters;
            Digits = digits;
            HyphenScore = hyphenScore;
            PlainScore = plainScore;
            IsCurrent = current;
        }

        public bool LettersFirst { get; }

        public int Letters { get; }

        public int Digits { get; }

        /// <summary>Score when written with a hyphen between the groups.</summary>
        public double HyphenScore { get; }

        /// <summary>Score when written without a separator (a space scores halfway).</summary>
        public double PlainScore { get; }

        /// <summary>The 2012+ scheme: letters I and O never appear and the digit 4 is not issued.</summary>
        public bool IsCurrent { get; }
    }

    public static readonly Layout[] All =
    {
        new(lettersFirst: true, letters: 3, digits: 4, hyphenScore: 0.6, plainScore: 0.35, current: true),   // 2012+ cars and motorcycles ABC-1234
        new(lettersFirst: true, letters: 3, digits: 3, hyphenScore: 0.35, plainScore: 0.2, current: false),  // 2012+ commercial KAQ-230, 1992 前三後三
        new(lettersFirst: true, letters: 2, digits: 4, hyphenScore: 0.4, plainScore: 0.2, current: false),   // 1992–2001 前二後四 AB-1234
        new(lettersFirst: false, letters: 2, digits: 4, hyphenScore: 0.4, plainScore: 0.2, current: false),  // 2001–2012 前四後二 1234-AB
        new(lettersFirst: true, letters: 2, digits: 3, hyphenScore: 0.35, plainScore: 0.2, current: false),  // 前二後三 taxis, trucks, large motorcycles
        new(lettersFirst: false, letters: 2, digits: 3, hyphenScore: 0.35, plainScore: 0.2, current: false), // 前三後二 123-AB
        new(lettersFirst: true, letters: 2, digits: 2, hyphenScore: 0.3, plainScore: 0.1, current: false),   // 前二後二 trailers
        new(lettersFirst: false, letters: 2, digits: 2, hyphenScore: 0.3, plainScore: 0.1, current: false),  // 12-AB
        new(lettersFirst: true, letters: 2, digits: 5, hyphenScore: 0.3, plainScore: 0.15, current: false),  // micro EV two-wheelers (UNVERIFIED)
        new(lettersFirst: false, letters: 3, digits: 3, hyphenScore: 0.3, plainScore: 0.15, current: false), // legacy motorcycle 123-ABC (UNVERIFIED)
    };

    /// <summary>The layout of a plate of this many letters and digits in this order, if there is one.</summary>
    public static bool TryFind(bool lettersFirst, int letters, int digits, out Layout found)
    {
        foreach (var layout in All)
        {
            found = layout;
            if (layout.LettersFirst == lettersFirst && layout.Letters == letters && layout.Digits == digits) return true;
        }
        found = default;
        return false;
    }

    /// <summary>Short English words that stand before or after a number in running text ("of 1886", "tel 0950", "1886 to").</summary>
    public static readonly string[] EnglishWords =
    {
        "OF", "TO", "IN", "AT", "ON", "IS", "BY", "NO", "OR", "AS", "IF", "IT", "BE", "WE", "MY", "UP", "SO", "DO", "GO", "AN",
        "AM", "PM", "ID", "THE", "AND", "FOR", "WAS", "ARE", "TEL", "FAX", "NOT", "BUT", "HAS", "HAD", "HIS", "HER", "OUR",
        "YOU", "ALL", "CAN", "NOW", "NEW", "OLD", "AGE", "ZIP", "REF", "VIA", "PER", "APT", "NUM", "EXT",
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "MON", "TUE", "WED", "THU",
        "FRI", "SAT", "SUN",
    };

    /// <summary>The <see cref="Normalization.Hesitations"/> as a chain folds letters (upper case).</summary>
    public static readonly string[] Hesitations = Array.ConvertAll(Normalization.Hesitations.English, static word => word.ToUpperInvariant());

    /// <summary>
    /// Letter groups that typed in lower case before a number are words, not a plate's letters: the hesitations, and the
    /// Vietnamese "vehicle" of biển số xe 9636-KV.
    /// </summary>
    public static readonly string[] LowerCaseWords = Hesitations.Concat(new[] { "XE" }).ToArray();

    /// <summary>Units of measure written after a number (1998cc, 210 km, 5000 mAh): a number and its unit, not a plate.</summary>
    public static readonly string[] Units =
    {
        "CC", "KM", "KG", "MG", "ML", "MM", "CM", "KW", "HP", "PS", "GB", "MB", "TB", "KB", "HZ", "NM", "MS", "KV", "MA", "MW",
        "KL", "DB", "FT", "IN", "LB", "KWH", "MAH", "RPM", "MPH", "GHZ", "MHZ", "KHZ", "KPA", "MPA", "KMH", "CCM", "LBS",
    };

    /// <summary>Status words a log writes after a number in lower case (len=47 ok): never a plate's letters (round 38).</summary>
    public static readonly string[] StatusWords = { "OK", "NG" };

    /// <summary>A clock time's meridiem after its digits (1130-PM): round 39.</summary>
    public static readonly string[] Meridiems = { "AM", "PM" };

    /// <summary>A fashion collection's season after its year (2024-SS, 2025-FW): round 39.</summary>
    public static readonly string[] Seasons = { "SS", "FW", "AW" };

    /// <summary>Sizes of data typed onto their number in either case (3072KB, 512MB): never a plate written without its hyphen.</summary>
    public static readonly string[] DataSizes = { "KB", "MB", "GB", "TB", "PB" };

    /// <summary>Three-letter groups that are common acronyms in product codes and technical text, not plate series.</summary>
    public static readonly string[] Acronyms =
    {
        "USB", "CPU", "GPU", "RAM", "SSD", "HDD", "LED", "LCD", "PDF", "API", "SDK", "SQL", "TCP", "UDP", "DNS", "VPN",
        "LTE", "NFC", "RFC", "MAC", "WIN", "NET", "APP", "DOC", "XLS", "PPT", "JPG", "PNG", "GIF", "MPG", "AVI", "CVE",
        "GTX", "RTX", "SKU", "UTC", "GMT", "KPI", "EXE", "DLL", "XML", "CSS", "PHP", "AWS", "GCP", "VER", "REV", "REF",
        "SOP", "ESG", "SDG", "NFT", "APK", "ORD", "PKG", "DOC", "LPR", "SHA", "AES", "RSA", "DES", "CRC", "TLS", "SSL", "PGP",
        "GPG", "UTF", "NTD", "TWD", "USD", "RMB", "JPY", "EUR", "HKD", "CNY", "ISO", "CNS", "ECE",
    };
}
