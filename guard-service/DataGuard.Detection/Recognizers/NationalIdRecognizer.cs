using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>Taiwan national ID: area letter, sex digit 1/2, seven serial digits, check digit.</summary>
internal sealed class NationalIdRecognizer : ChainRecognizer
{
    /// <summary>A valid checksum is strong evidence on its own.</summary>
    private const double ValidScore = 0.85;

    /// <summary>A failed checksum is reported only next to strong context (0.3 + 0.3 = 0.6).</summary>
    private const double InvalidScore = 0.3;

    public override string Type => EntityTypes.NationalId;

    public override int MinLength => 10;

    public override ContextProfile Context { get; } = new(
        strong: TaiwanIdContext.NationalIdWords,
        weak: TaiwanIdContext.PersonWords,
        negative: TaiwanIdContext.LookAlikeLabels,
        negativePenalty: 0.45);

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 10 || !chain.AllLetters(0, 1) || !chain.AllDigits(1, 10)) return false;
        char sex = chain.Chars[1];
        if (sex != '1' && sex != '2') return false;
        if (!chain.EndsCleanlyAfter(10)) return false;
        bool valid = TaiwanIdChecksum.IsValidNumeric(chain.Chars.Slice(0, 10));
        match = MatchOf(chain, 10, valid ? ValidScore : InvalidScore, chain.GapCount(10) > 0);
        return true;
    }
}
