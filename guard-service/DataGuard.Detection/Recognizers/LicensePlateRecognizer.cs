using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Taiwan licence plates in every layout of <see cref="PlateLayouts"/>: a letter group and a digit group, in either
/// order, scored by layout, hyphen, the 2012 scheme's letter and digit rules, and context.
/// </summary>
internal sealed class LicensePlateRecognizer : ChainRecognizer
{
    private const double DigitFourPenalty = 0.1;
    private const double AcronymPenalty = 0.3;
    private const double LowerCasePenalty = 0.15;

    public override string Type => EntityTypes.LicensePlate;

    public override int MinLength => 4;

    public override ContextProfile Context { get; } = new(
        strong: new[]
        {
            "車牌", "車號", "牌照", "車牌號碼", "號牌", "車輛", "機車", "汽車", "轎車", "貨車", "小客車", "計程車", "重機",
            "自小客", "自用小客車", "休旅車", "車主", "行照", "廂型車", "營業車", "租賃車", "電動車", "plate", "license plate",
            "licence plate", "vehicle", "car", "scooter", "motorcycle",
        },
        weak: new[] { "車", "駕駛", "騎乘", "停放", "違規", "罰單", "肇事", "逃逸", "監視器", "行駛", "停車", "路口", "拖吊", "driver" },
        negative: new[]
        {
            "型號", "料號", "產品", "商品", "訂單", "序號", "版本", "發票", "編號", "批號", "規格", "零件", "顯卡", "晶片",
            "處理器", "房號", "航班", "班次", "分機", "model", "part", "SKU", "item", "version", "flight", "room",
        },
        strongBoost: 0.35,
        negativePenalty: 0.35);

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus) return false;
        bool lettersFirst = IsLetter(chain.Chars[0]);
        int first = RunLength(chain, 0, lettersFirst);
        if (first < 2 || first > 4) return false;
        int second = RunLength(chain, first, !lettersFirst);
        int count = first + second;
        if (second < 2 || !chain.EndsCleanlyAfter(count)) return false;
        int letters = lettersFirst ? first : second;
        int digits = lettersFirst ? second : first;

        for (int l = 0; l < PlateLayouts.All.Length; l++)
        {
            var layout = PlateLayouts.All[l];
            if (layout.LettersFirst != lettersFirst || layout.Letters != letters || layout.Digits != digits) continue;
            int letterStart = lettersFirst ? 0 : first;
            if (layout.IsCurrent && ContainsIOrO(chain, letterStart, letters)) return false;

            char boundary = chain.Gaps[first] > 0 ? chain.GapChars[first] : '\0';
            bool otherGaps = chain.GapCount(count) > (boundary == '\0' ? 0 : 1);
            double score = otherGaps || boundary == '\0' ? layout.PlainScore
                : boundary == '-' ? layout.HyphenScore
                : (layout.HyphenScore + layout.PlainScore) / 2;
            if (layout.IsCurrent && ContainsDigitFour(chain, lettersFirst ? first : 0, digits)) score -= DigitFourPenalty;
            if (letters == 3 && IsAcronym(chain, letterStart)) score -= AcronymPenalty;
            var evasions = chain.EvasionsOf(count);
            if ((evasions & Evasions.LowerCase) != 0) score -= LowerCasePenalty;
            match = MatchOf(chain, count, score, otherGaps, variant: first);
            return true;
        }
        return false;
    }

    public override string Normalize(in Chain chain, in ChainMatch match) =>
        chain.Chars.Slice(0, match.Variant).ToString() + "-" + chain.Chars.Slice(match.Variant, match.Count - match.Variant).ToString();

    private static bool IsLetter(char c) => (uint)(c - 'A') <= 25;

    private static int RunLength(in Chain chain, int from, bool letters)
    {
        int i = from;
        while (i < chain.Length && IsLetter(chain.Chars[i]) == letters) i++;
        return i - from;
    }

    private static bool ContainsIOrO(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] is 'I' or 'O') return true;
        return false;
    }

    private static bool ContainsDigitFour(in Chain chain, int from, int count)
    {
        for (int i = from; i < from + count; i++) if (chain.Chars[i] == '4') return true;
        return false;
    }

    private static bool IsAcronym(in Chain chain, int from)
    {
        var letters = chain.Chars.Slice(from, 3);
        foreach (var acronym in PlateLayouts.Acronyms) if (letters.SequenceEqual(acronym.AsSpan())) return true;
        return false;
    }
}
