using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>Taiwan national ID: area letter, sex digit 1/2, seven serial digits, check digit.</summary>
internal sealed class NationalIdRecognizer : ChainRecognizer
{
    /// <summary>A valid checksum is strong evidence on its own.</summary>
    internal const double ValidScore = 0.85;

    /// <summary>A failed checksum is reported only next to strong context (0.3 + 0.3 = 0.6).</summary>
    private const double InvalidScore = 0.3;

    public override string Type => EntityTypes.NationalId;

    public override int MinLength => 10;

    public override bool ReadsAcrossFillers => true;

    public override ContextProfile Context { get; } = new(
        strong: TaiwanIdContext.NationalIdWords,
        weak: TaiwanIdContext.PersonWords,
        negative: TaiwanIdContext.LookAlikeLabels,
        negativePenalty: 0.45,
        negativeWindow: 24,
        labelReachesAcrossValues: true);

    public override bool Accepts(in ChainShape shape) =>
        !shape.HasPlus && (shape.LeadingLetters > 0 || shape.LeadingDigits > 0 && ScannedAreaLetter.Of(shape.First) != '\0' || ReversedValues.MayBeIdTurned(shape));

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 10) return false;
        if (!chain.AllLetters(0, 1))
            return ScannedAreaLetter.TryMatch(text, chain, out match) || ReversedValues.TryIdTurned(text, chain, Context.Strong, certificate: false, out match);
        // The sex digit first: a resident certificate's second character (A–D, 8, 9) and a plate's letters are turned
        // down before the value is read.
        if (DigitLookalikes.AsDigitOcr(chain, 1) is not ('1' or '2')) return false;
        // (det-lists46: QZB7750843 under 單號 — a ticket's letters read as digits)
        if (chain.AllLetters(0, 2) && TicketNumbers.Names(text, chain.Start, chain.EndOf(10))) return false;
        Span<char> value = stackalloc char[10];
        int lookalikes = DigitLookalikes.Read(chain, 10, 1, value);
        if (lookalikes > DigitLookalikes.MostInOneValue || !DigitLookalikes.AllDigits(value, 1, 10)) return false;
        char sex = value[1];
        if (sex != '1' && sex != '2') return false;
        bool gluedCell = !GluedNames.EndsCleanlyAfter(text, chain, 10);
        if (gluedCell && !GluedCells.NextValueAt(text, chain, 10)) return false;
        // "市話：O2938l6O57": a Taipei number typed with O for its 0 (and letters for its digits) after a phone label.
        if (PhoneTypedWithO.IsLabelledPhone(text, chain, sex)) return false;
        bool valid = TaiwanIdChecksum.IsValidNumeric(value);
        if (gluedCell && (!valid || lookalikes > 0)) return false;
        // A look-alike letter in a number that then fails its checksum is just a code, not a disguised ID.
        if (lookalikes > 0 && (!valid || DigitLookalikes.InWord(chain, 10, 1))) return false;
        // Groups joined across filler words are one ID only when the checksum says so.
        if (chain.HasFiller(10) && (!valid || lookalikes > 0)) return false;
        bool sentAlone = false;
        if (!valid && !MistypedId.Stays(text, chain.Start, chain.EndOf(10), Context.Strong)
            && !(sentAlone = MistypedId.SentAloneInChat(text, chain.Start, chain.EndOf(10)))) return false;
        if (CodeToken.HoldsUnnamedId(text, chain.Start, chain.EndOf(10))) return false;
        double score = valid ? (NamedHolder.CodeUnlessNamed(text, chain, lookalikes, 1, 10) ? InvalidScore : ValidScore)
            : MistypedId.ScoreOf(text, chain.Start, chain.EndOf(10), sentAlone ? MistypedId.NamedScore : InvalidScore, Context.Strong);
        match = MatchOf(chain, 10, score, chain.GapCount(10) > 0);
        if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
        return true;
    }

    public override string Normalize(in Chain chain, in ChainMatch match)
    {
        if (match.Variant == ReversedValues.Variant) return ReversedValues.Normalize(chain);
        Span<char> value = stackalloc char[10];
        DigitLookalikes.Read(chain, 10, 1, value);
        if (!chain.AllLetters(0, 1)) value[0] = ScannedAreaLetter.Of(value[0]);
        return value.ToString();
    }
}
