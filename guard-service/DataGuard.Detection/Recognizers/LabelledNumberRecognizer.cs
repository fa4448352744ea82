using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Numbers with no checksum or layout of their own (passport, NHI card, bank account): reported only right after a
/// label that names them, so they never flood. One mechanism; each type is a declaration in <see cref="Declared"/>.
/// </summary>
internal sealed class LabelledNumberRecognizer : ChainRecognizer
{
    private const double LabelledScore = 0.85;

    /// <summary>How far before the number its label may sit (label, colon, a bank name…).</summary>
    private const int LabelReach = 24;

    private readonly ContextWord[] _labels;
    private readonly int _minDigits;
    private readonly int _maxDigits;

    private LabelledNumberRecognizer(string type, int minDigits, int maxDigits, string[] labels)
    {
        Type = type;
        _minDigits = minDigits;
        _maxDigits = maxDigits;
        _labels = ContextWord.All(labels);
    }

    /// <summary>The declared labelled-number types.</summary>
    public static LabelledNumberRecognizer[] Declared { get; } =
    {
        // 中華民國護照: 9 digits (MOFA). Purview's Taiwan passport type uses the same labels.
        new(EntityTypes.Passport, 9, 9, new[] { "護照", "護照號碼", "護照號", "中華民國護照", "passport", "passport no" }),
        // 全民健康保險卡: 12-digit card number printed on the card.
        new(EntityTypes.NhiCard, 12, 12, new[] { "健保卡", "健保卡號", "健保卡號碼", "健保IC卡", "NHI card", "NHI" }),
        // Bank accounts in Taiwan run 10–16 digits depending on the bank.
        new(EntityTypes.BankAccount, 10, 16, new[]
        {
            "帳號", "帳戶", "銀行帳號", "匯款帳號", "轉帳帳號", "戶頭", "人頭帳戶", "存摺", "金融帳戶", "郵局帳號", "account",
            "acct", "A/C", "bank account",
        }),
    };

    public override string Type { get; }

    public override ContextProfile Context => ContextProfile.None;

    public override int MinLength => _minDigits;

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus) return false;
        int digits = 0;
        while (digits < chain.Length && (uint)(chain.Chars[digits] - '0') <= 9) digits++;
        if (digits < _minDigits || digits > _maxDigits || !chain.EndsCleanlyAfter(digits)) return false;
        if (!ContextScorer.IsLabelled(text, chain.Start, _labels, LabelReach)) return false;
        match = MatchOf(chain, digits, LabelledScore, chain.HasUnusualGrouping(digits, maxGroups: 5, maxSingles: 0));
        return true;
    }
}
