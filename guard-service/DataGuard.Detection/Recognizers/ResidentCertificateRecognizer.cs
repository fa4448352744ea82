using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Resident certificate / UI number (外來人口統一證號): the pre-2021 ARC form (letter, A–D, eight digits, own checksum)
/// and the 2021 form (letter, 8/9, eight digits, national-ID checksum).
/// </summary>
internal sealed class ResidentCertificateRecognizer : ChainRecognizer
{
    private const double ValidScore = 0.85;
    private const double InvalidScore = 0.3;

    /// <summary>
    /// "AB-12345678" is how e-invoice numbers are written (two letters, hyphen, eight digits), "AB-1234-5678" how part
    /// codes are; one in ten passes the ARC checksum by chance, so those layouts need strong context.
    /// </summary>
    private const double InvoiceLayoutPenalty = 0.5;

    /// <summary>How far before the value a certificate's word names it (他的居留證號碼是…, Your ARC number is …).</summary>
    internal const int CertificateLabelReach = 16;

    public override string Type => EntityTypes.ResidentCertificate;

    public override int MinLength => 10;

    public override bool ReadsAcrossFillers => true;

    public override ContextProfile Context { get; } = new(
        strong: TaiwanIdContext.ResidentWords,
        weak: TaiwanIdContext.PersonWords,
        negative: TaiwanIdContext.LookAlikeLabels,
        negativePenalty: 0.45,
        negativeWindow: 24,
        labelReachesAcrossValues: true);

    public override bool Accepts(in ChainShape shape) => !shape.HasPlus && (shape.LeadingLetters > 0 || ReversedValues.MayBeIdTurned(shape));

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 10) return false;
        if (!chain.AllLetters(0, 1)) return ReversedValues.TryIdTurned(text, chain, Context.Strong, certificate: true, out match);
        // The second character decides the form: a national ID's sex digit (1, 2) and a plate's letters are turned down
        // before the value is read.
        if (chain.Chars[1] is not (>= 'A' and <= 'D') && DigitLookalikes.AsDigitOcr(chain, 1) is not ('8' or '9')) return false;
        // (det-lists46: 罰單 TBB8092672 — a ticket's number in a certificate's shape)
        if (chain.AllLetters(0, 2) && TicketNumbers.Names(text, chain.Start, chain.EndOf(10))) return false;
        bool gluedCell = !GluedNames.EndsCleanlyAfter(text, chain, 10);
        if (gluedCell && !GluedCells.NextValueAt(text, chain, 10)) return false;
        Span<char> value = stackalloc char[10];
        int digitsFrom = DigitsFrom(chain);
        int lookalikes = DigitLookalikes.Read(chain, 10, digitsFrom, value);
        if (lookalikes > DigitLookalikes.MostInOneValue || !DigitLookalikes.AllDigits(value, 2, 10)) return false;
        char second = value[1];
        bool valid;
        double score;
        if (second >= 'A' && second <= 'D')
        {
            // A tab between the two letters and the digits is a sheet's cell boundary: a country code (ID, TH) in one cell and
            // a phone in the next are two values, whatever the checksum of their characters says.
            if (chain.Gaps[2] > 0 && chain.GapChars[2] == '\t' || CrossesCell(chain)) return false;
            valid = TaiwanIdChecksum.IsValidOldResident(value);
            score = valid && !NamedHolder.CodeUnlessNamed(text, chain, lookalikes, 2, 10) ? ValidScore : InvalidScore;
            // A part or serial code groups the same digits 4+4 with hyphens (料件 AB-2345-6789): a layout no certificate is
            // written in (one read out in pieces, AB，2345，6789, is).
            // Unless a certificate's own label names it (護照/居留證 AB-2345-6789): then the grouping is the writer's.
            if (chain.Gaps[2] > 0 && (chain.GapCount(10) == 1 || IsPartCodeLayout(chain)) && !IsNamedCertificate(text, chain)) score -= InvoiceLayoutPenalty;
        }
        else if (second == '8' || second == '9')
        {
            if (LabelsInternationalNumber(text, chain, value)) return false;
            if (IsMobileTypedWithO(text, chain)) return false;
            valid = TaiwanIdChecksum.IsValidNumeric(value);
            // B for the 8 and no other letter typed for a digit is how an e-invoice number starts: that reading needs a label.
            score = valid && !NamedHolder.CodeUnlessNamed(text, chain, lookalikes, 1, 10) ? ValidScore : InvalidScore;
        }
        else return false;
        if (lookalikes > 0 && (!valid || DigitLookalikes.InWord(chain, 10, digitsFrom))) return false;
        if (gluedCell && (!valid || lookalikes > 0)) return false;
        // "電話O6I4202687": O, 9 and letters typed for digits are a 09 mobile in disguise (set N), not a certificate.
        if (lookalikes > 0 && chain.Chars[0] == 'O' && value[1] == '9') return false;
        // "手機 O912345678": an O before 9 and eight digits is both a certificate and a mobile typed with O for 0; the label
        // right before it says which. A station directory's 所 names a place, not the number's kind.
        if (value[1] == '9' && PhoneTypedWithO.IsLabelledPhone(text, chain, value[1])) return false;
        // Groups joined across filler words are one certificate number only when the checksum says so.
        if (chain.HasFiller(10) && (!valid || lookalikes > 0)) return false;
        if (!valid && !MistypedId.Stays(text, chain.Start, chain.EndOf(10), Context.Strong))
        {
            if (!MistypedId.SentAloneInChat(text, chain.Start, chain.EndOf(10))) return false;
            score += MistypedId.NamedScore - InvalidScore;
        }
        if (CodeToken.HoldsUnnamedId(text, chain.Start, chain.EndOf(10))) return false;
        if (!valid) score = MistypedId.ScoreOf(text, chain.Start, chain.EndOf(10), score, Context.Strong);
        match = MatchOf(chain, 10, score, chain.GapCount(10) > 0);
        if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
        return true;
    }

    public override string Normalize(in Chain chain, in ChainMatch match)
    {
        if (match.Variant == ReversedValues.Variant) return ReversedValues.Normalize(chain);
        Span<char> value = stackalloc char[10];
        DigitLookalikes.Read(chain, 10, DigitsFrom(chain), value);
        return value.ToString();
    }

    // "M. 886-9…", "T. 886-2-…": a signature's letter and full stop label the number after them (mobile, telephone), and
    // 886 is Taiwan's country code; a certificate's letter is never set apart from its digits by a full stop.
    private static bool LabelsInternationalNumber(ReadOnlySpan<char> text, in Chain chain, ReadOnlySpan<char> value) =>
        chain.Gaps[1] > 0 && chain.Start + 1 < text.Length && text[chain.Start + 1] is '.' or '．'
        && value[1] == '8' && value[2] == '8' && value[3] == '6';

    // "XY12345⏵72-3-8": a tab inside the digits is a sheet's cell boundary too (a plate in one cell, a code in the next;
    // set S), the same two values.
    private static bool CrossesCell(in Chain chain)
    {
        for (int i = 3; i < 10; i++) if (chain.Gaps[i] > 0 && chain.GapChars[i] == '\t') return true;
        return false;
    }

    // "聯絡：O912345678", "請聯繫王小明（O9-12345678）": an O before 9 and eight digits that a phone or contact word names in
    // its clause, or grouped as no certificate is written, is a mobile typed with O for 0 (about sixty such mobiles to two
    // certificates in sets U1–U10), unless a certificate's word names it. Digits written as numerals after it (O玖陸…) are
    // no mobile typed in haste: there the O is a letter.
    private bool IsMobileTypedWithO(ReadOnlySpan<char> text, in Chain chain) =>
        chain.Chars[0] == 'O' && chain.Chars[1] == '9' && (chain.Flags[1] & (byte)Evasions.ChineseNumerals) == 0
        && (chain.GapCount(10) > 0 || ContextScorer.IsLabelled(text, chain.Start, ContactWords, CertificateLabelReach))
        && !IsNamedCertificate(text, chain);

    internal static readonly ContextWord[] ContactWords = ContextWord.All(PhoneWords.Strong.Concat(new[] { "聯繫", "連繫" }).ToArray());

    // A certificate's own word (居留證, ARC, 統一證號…) in the clause right before the value.
    private bool IsNamedCertificate(ReadOnlySpan<char> text, in Chain chain) => ContextScorer.IsLabelled(text, chain.Start, Context.Strong, CertificateLabelReach);

    private static bool IsPartCodeLayout(in Chain chain) =>
        chain.GapCount(10) == 2 && chain.Gaps[6] > 0 && chain.GapChars[2] == '-' && chain.GapChars[6] == '-' && !chain.HasFiller(10);

    // The old form's second character is a letter (A–D); the 2021 form's is a digit, which a look-alike may stand for: a B
    // is the old form's letter unless only the 2021 reading, B for 8, passes its checksum (CB4S…: a 2021 number typed with
    // look-alikes, sets U15 and U16).
    private static int DigitsFrom(in Chain chain) => chain.Chars[1] is >= 'A' and <= 'D' && !IsEightTypedAsB(chain) ? 2 : 1;

    private static bool IsEightTypedAsB(in Chain chain)
    {
        if (chain.Chars[1] != 'B') return false;
        Span<char> value = stackalloc char[10];
        DigitLookalikes.Read(chain, 10, 2, value);
        if (DigitLookalikes.AllDigits(value, 2, 10) && TaiwanIdChecksum.IsValidOldResident(value)) return false;
        int lookalikes = DigitLookalikes.Read(chain, 10, 1, value);
        return lookalikes <= DigitLookalikes.MostInOneValue && DigitLookalikes.AllDigits(value, 1, 10) && TaiwanIdChecksum.IsValidNumeric(value);
    }
}
