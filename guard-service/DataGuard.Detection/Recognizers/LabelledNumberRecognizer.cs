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

    // The labels as a list of the one-pass context search: a prompt's label windows are answered from its occurrences.
    private readonly int _labelListId;

    private readonly int _minDigits;
    private readonly int _maxDigits;
    private readonly int _maxLetters;

    private LabelledNumberRecognizer(string type, int minDigits, int maxDigits, string[] labels, int maxLetters = 0)
    {
        Type = type;
        _minDigits = minDigits;
        _maxDigits = maxDigits;
        _maxLetters = maxLetters;
        _labels = ContextWord.All(labels);
        _labelListId = ContextVocabulary.RegisterList(_labels);
    }

    /// <summary>The declared labelled-number types.</summary>
    public static LabelledNumberRecognizer[] Declared { get; } =
    {
        // 中華民國護照: 9 digits (MOFA); foreign passports seen in police records put one or two letters first (C1234567).
        new(EntityTypes.Passport, 7, 9, new[] { "護照", "護照號碼", "護照號", "中華民國護照", "passport", "passport no" }, maxLetters: 2),
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

    // Without letters the leading digits are the whole number; with them, TryMatch counts the digits after the letters.
    public override bool Accepts(in ChainShape shape) =>
        !shape.HasPlus && shape.LeadingLetters <= _maxLetters
        && (shape.LeadingLetters > 0 || (shape.LeadingDigits >= _minDigits && shape.LeadingDigits <= _maxDigits));

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus) return false;
        int letters = 0;
        while (letters < chain.Length && (uint)(chain.Chars[letters] - 'A') <= 25) letters++;
        if (letters > _maxLetters) return false;
        int count = letters;
        while (count < chain.Length && (uint)(chain.Chars[count] - '0') <= 9) count++;
        int digits = count - letters;
        // Without letters the number carries the whole value; with them, 7–8 digits (C1234567).
        if (digits > _maxDigits || digits < (letters > 0 ? 7 : _minDigits) || (letters == 0 && digits < _minDigits)) return false;
        if (letters == 0 && _maxLetters > 0 && digits < 9) return false;
        if (!chain.EndsCleanlyAfter(count)) return false;
        if (!ContextScorer.IsLabelled(text, chain.Start, _labels, _labelListId, LabelReach)) return false;
        // "帳號資訊：收款人手機0917-522-012": a phone label right before the number is nearer than the account label; so is
        // any phone word (Round 34, categories of sets U25, U26: "出售帳戶 價格好談 聯絡：09…", the account is what is sold).
        if (ContextScorer.IsLabelledImmediately(text, chain.Start, PhoneWords.Any)) return false;
        match = MatchOf(chain, count, LabelledScore, chain.HasUnusualGrouping(count, maxGroups: 5, maxSingles: 0));
        return true;
    }
}
