using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>Payment card numbers: a known issuer range and length (<see cref="CardIssuers"/>) and a valid Luhn digit.</summary>
internal sealed class CreditCardRecognizer : ChainRecognizer
{
    private const double ValidScore = 0.85;

    /// <summary>13- and 19-digit cards and the old Diners ranges are rare; long digit runs that happen to fit need context.</summary>
    private const double RareFormScore = 0.45;

    public override string Type => EntityTypes.CreditCard;

    public override int MinLength => 13;

    public override bool ReadsAcrossFillers => true;

    public override ContextProfile Context { get; } = new(
        strong: new[]
        {
            // 張卡: the card as speech names it (這張卡, 那張卡, 一張卡).
            "信用卡", "卡號", "信用卡號", "簽帳卡", "金融卡", "刷卡", "盜刷", "卡片", "張卡", "credit card", "card number", "card no",
            "cardNo", "card_no", "cardNumber", "card_number", // a payload's keys ({"cardNo": "4773，um，0340…"})
            "Visa", "MasterCard", "JCB", "AMEX", "American Express", "UnionPay", "銀聯", "CVV", "有效期限",
            // round 27: a bank asked to stop or block a card (請銀行止付…, 掛失), and the card as the languages of foreign
            // residents writing to the police name it (Japanese, Korean, Vietnamese, Indonesian, Thai)
            "止付", "掛失", "クレジットカード", "カード番号", "カード", "신용카드", "카드 번호", "카드번호", "카드",
            "thẻ tín dụng", "số thẻ", "kartu kredit", "nomor kartu", "บัตรเครดิต", "เลขบัตรเครดิต",
        },
        weak: new[] { "付款", "支付", "消費", "交易", "card", "payment" },
        // Round 38: a parcel's tracking label (物流追蹤 4-4-8 with emoji: a card in any grouping stands alone now, not under it).
        negative: new[] { "訂單", "單號", "發票", "序號", "ISBN", "條碼", "order", "invoice", "tracking", "IMEI", "MEID", "手機序號", "物流追蹤", "追蹤碼" });

    /// <summary>Labels of a handset's serial number (IMEI1 3592…, IMEI is 3558…, MEID …).</summary>
    private static readonly ContextWord[] ImeiLabels = ContextWord.All(new[] { "IMEI", "IMEI1", "IMEI2", "IMEI１", "IMEI２", "IMEI 1", "IMEI 2", "IMEISV", "IMEI號碼", "IMEI碼", "MEID", "序號" });

    /// <summary>Labels of a parcel's tracking number (round 38): a run of any grouping after them stays a rare form.</summary>
    private static readonly ContextWord[] TrackingLabels = ContextWord.All(new[] { "物流追蹤", "追蹤碼", "追蹤號碼", "tracking" });

    public override bool Accepts(in ChainShape shape) => !shape.HasPlus && shape.LeadingDigits >= IssuerDigitsAsTyped;

    /// <summary>
    /// How many of the issuer's first digits a card always starts with as typed; the rest may be look-alikes. One: a Visa
    /// number's issuer is its first digit alone, and a scan puts B for the 8 after it as readily as after two (4B34 …).
    /// </summary>
    private const int IssuerDigitsAsTyped = 1;

    /// <summary>How many of a card's first digits name its issuer.</summary>
    private const int IssuerDigits = 4;

    /// <summary>
    /// Most letters typed for digits in one card number (5412 3982 5979 19O2, 4539-5lo0-1815-9o83): any look-alike makes the
    /// number a rare form, which stands only with a card word around it, and Luhn still decides.
    /// </summary>
    private const int MaxLookalikes = 4;

    public override bool TryMatch(ReadOnlySpan<char> text, in Chain chain, out ChainMatch match)
    {
        match = default;
        if (chain.HasPlus || chain.Length < 13 || !chain.AllDigits(0, IssuerDigitsAsTyped) || ContinuesHyphenatedNumber(text, chain.Start) || OpensAmount(text, chain.Start)
            || MachineLogFields.StatusAndSizeAt(text, chain.Start)) return false; // (det-ocr45: "HTTP/1.1" 201 4903⏎203.142.…")
        // The issuer is read from the first four characters: most long numbers (phones read across fillers, account and
        // order numbers) belong to no issuer and are turned down before any other reading.
        Span<char> digits = stackalloc char[Chain.Capacity];
        ReadDigits(chain, digits);
        if (!DigitLookalikes.AllDigits(digits, 0, IssuerDigits)) return false;
        Span<int> lengths = stackalloc int[4];
        int count = CardIssuers.LengthsFor(digits.Slice(0, chain.Length), lengths);
        if (count == 0) return false;
        for (int i = 0; i < count; i++)
        {
            int length = lengths[i];
            if (!DigitLookalikes.AllDigits(digits, 0, length) || !chain.EndsCleanlyAfter(length) || chain.LengthBeforeBracket(text, 0) < length) continue;
            if (!CardIssuers.PassesLuhn(digits.Slice(0, length)) || QuantityColumns.Hold(text, chain, length)) continue;
            int lookalikes = Swapped(chain, digits, length);
            // Letters among the issuer's digits are no word's: a digit as typed stands before them (55OO 0486…, 4B34 …).
            if (lookalikes > MaxLookalikes || lookalikes > 0 && DigitLookalikes.InWord(chain, length, IssuerDigits)) continue;
            // Rare forms, amounts listed with CJK commas (4000、5000、6000、7000) or split by filler words that happen to pass
            // Luhn, and letters typed for digits need context; a line wrap is no more than a space.
            // A tracking number under its label is no card's disguise, whatever its grouping (as an IMEI after its label).
            bool oneMarkRun = IsOneMarkRun(text, chain, length) && !ContextScorer.IsLabelledImmediately(text, chain.Start, TrackingLabels);
            bool rareForm = length is 13 or 19 || (chain.Chars[0] == '3' && chain.Chars[1] is '0' or '8' or '9')
                || HasUnconventionalGap(text, chain, length) && !IsIssuerLayout(chain, length) && !oneMarkRun || MixesSeparators(text, chain, length);
            // A handset's IMEI passes Luhn by design (15 digits, 16 with the software version): after its label it is no
            // card. Asked only of a number that is one otherwise: the label search is dearer than the checks above.
            if (ContextScorer.IsLabelledImmediately(text, chain.Start, ImeiLabels)) return false;
            bool rare = rareForm || lookalikes > 0 && !(oneMarkRun && LookalikesInLastGroupOnly(chain, length)) && !NamedByForm(text, chain.Start, chain.EndOf(length));
            match = MatchOf(chain, length, rare ? RareFormScore : ValidScore, chain.HasUnusualGrouping(length, maxGroups: 5, maxSingles: 0));
            if (lookalikes > 0) match.Evasions |= Evasions.Homoglyph;
            return true;
        }
        return false;
    }

    // Round 34 (categories of sets U25, U26): where a scanned or pasted form names the number a card, letters typed for its
    // digits are a disguise, not a rare form: a card label spelt out as OCR writes it (信 用 卡 號 : 4l23-…), a column headed
    // by a card word (a table's or a fixed-width report's), or a field of a person's record beside a valid ID or mobile.
    private bool NamedByForm(ReadOnlySpan<char> text, int start, int end)
    {
        if (SpacedLabel.EndsRightBefore(text, start, Context.Strong) || PersonRecord.Holds(text, start, end)) return true;
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return wholeCell && ContextWord.AnyIn(Context.Strong, header) || ContextWord.AnyIn(Context.Strong, TableCell.SpacedHeader(text, start));
    }

    // "09xx-4xx⏎-xxx⏎0xxxxxxxxx": digits right after a digit and a hyphen are the tail of that number (a phone wrapped in a
    // sheet's cell, set S), never the start of a card.
    private static bool ContinuesHyphenatedNumber(ReadOnlySpan<char> text, int start) =>
        start >= 2 && text[start - 1] is '-' or '－' && CharFolding.KindOf(text[start - 2]) == CharKind.Digit;

    public override string Normalize(in Chain chain, in ChainMatch match)
    {
        Span<char> digits = stackalloc char[Chain.Capacity];
        ReadDigits(chain, digits);
        return digits.Slice(0, match.Count).ToString();
    }

    // "5412 3982 5979 19O2", "4532 7Z81 …": a letter typed for a digit after the issuer's first four digits (O, I or l, and
    // the OCR set: D Q for 0, Z for 2, S for 5, G b for 6, T for 7, B for 8, g q for 9) is read as the digit; Luhn decides.
    // Among the issuer's digits only O, I and l, and B and S as inside any number (36O4, 493l, 55OO, 35B1, 4S32), after the first
    // digit as typed (sets U5, U7, U8, U10): the issuer's range, Luhn and a card word (the rare form's score) accept the reading.
    private static void ReadDigits(in Chain chain, Span<char> digits)
    {
        for (int i = 0; i < chain.Length; i++)
            digits[i] = i < IssuerDigitsAsTyped ? chain.Chars[i] : i < IssuerDigits ? DigitLookalikes.AsDigitInside(chain.Chars[i]) : DigitLookalikes.AsDigitOcr(chain, i);
    }

    private static int Swapped(in Chain chain, ReadOnlySpan<char> digits, int count)
    {
        int swapped = 0;
        for (int i = 0; i < count; i++) if (digits[i] != chain.Chars[i]) swapped++;
        return swapped;
    }

    // "455/3817.206.931/582": groups joined by a slash here and a dot there are several values side by side (an ID's
    // tail, a phone, a plate), not one card; a card's writer joins every group the same way. Speech between groups and a
    // line wrap are no separators of the number's own, nor the blank between two number words (det-words42:
    // `three seven six nine／zero seven…` parts its groups by the slash alone; Chain.BreaksGroup).
    private static bool MixesSeparators(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        char first = '\0';
        for (int i = 1; i < count; i++)
        {
            if (!chain.BreaksGroup(i) || chain.GapChars[i] == Chain.FillerGap || ChainReader.WrapsBefore(text, chain, i)) continue;
            char mark = MarkKind(chain.GapChars[i]);
            if (first == '\0') first = mark;
            else if (mark != first) return true;
        }
        return false;
    }

    // Round 38 (categories of sets U33, U34): blanks of every width are one kind of mark ("4111222　526 01  8153": an
    // ideographic space here, two spaces there, as a phone keyboard and a paste leave them).
    private static char MarkKind(char gapChar) => gapChar is '\u3000' or '\u00A0' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A') ? ' ' : gapChar;

    /// <summary>Most groups a card is read in when its writer chose the grouping (7-3-3-4-2 is five).</summary>
    private const int MaxChosenGroups = 6;

    // Round 38 (categories of sets U33, U34): "41112👉22👉526👉018👉153", "4111222　526 01  8153", "4 1  11　222…": a card
    // in any grouping, every break the same one mark (blanks of any width are one), the run ending with the card — the
    // writer's disguise of one number, as the printed grouping is (IsIssuerLayout); the issuer's range and Luhn decide.
    // A list's punctuation is no such mark, nor a filler word or a line wrap (pieces are det-pieces' reading).
    private static bool IsOneMarkRun(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        // The run ends with the card, or a list's punctuation or a word after a blank parts it from what follows (…、0922…,
        // …81o3  NT$…).
        if (count is < 14 or > 16 || (chain.Length == count ? chain.EndGlued
                : chain.Gaps[count] == 0 || !IsListMark(MarkKind(chain.GapChars[count])) && !(MarkKind(chain.GapChars[count]) == ' ' && IsLetter(chain.Chars[count]))))
            return false;
        // "4111=2225260=18153": pieces the filler walk joined across one stray mark glued between each (JoiningWords).
        if (chain.HasFiller(count)) return JoiningWords.CutByOneMark(text, chain, count);
        char mark = '\0';
        int groups = 1;
        for (int i = 1; i < count; i++)
        {
            if (!chain.BreaksGroup(i)) continue;
            char kind = MarkKind(chain.GapChars[i]);
            if (IsListMark(kind) || ChainReader.WrapsBefore(text, chain, i) || mark != '\0' && kind != mark || ++groups > MaxChosenGroups) return false;
            mark = kind;
        }
        return mark != '\0';
    }

    private static bool IsLetter(char folded) => (uint)(folded - 'A') <= 25;

    private static bool IsListMark(char mark) => mark is '、' or '，' or ',' or '；' or ';' or '：' or ':' or '。' or '\t' or '\n' or '\r' or Chain.FillerGap;

    // "4111  2225  2601  8IS3", "4111 2225 2601 81S3": letters typed for digits in the last group alone, after eight digits
    // or more as typed: the disguise of a card's tail, not a code's letters (which stand anywhere).
    private static bool LookalikesInLastGroupOnly(in Chain chain, int count)
    {
        int last = count - 1;
        while (last > 0 && chain.Gaps[last] == 0) last--;
        return last >= 8 && chain.AllDigits(0, last);
    }

    // Round 36 (categories of sets U29, U30): "4026📞7798📞6685📞8179", "4026_7798_6685_8179", "3793✅553468✅04249": one
    // mark, the same between every group, at the places a card is printed grouped (4-4-4-4; 4-6-5 and 4-6-4 for the
    // fifteen- and fourteen-digit cards) is the writer's disguise of a card, not a rare form of another number. A list's
    // punctuation is no such mark: amounts listed with commas (4000、5000、6000、7000) stay a rare form.
    private static bool IsIssuerLayout(in Chain chain, int count)
    {
        if (count is not (14 or 15 or 16)) return false;
        char mark = MarkKind(chain.GapChars[PrintedGroup]);
        if (IsListMark(mark)) return false;
        for (int i = 1; i < count; i++)
        {
            bool isBreak = IsPrintedBreak(count, i);
            if (chain.BreaksGroup(i) != isBreak || isBreak && MarkKind(chain.GapChars[i]) != mark) return false;
        }
        return true;
    }

    /// <summary>A card's first printed group: four digits, whatever its length.</summary>
    private const int PrintedGroup = 4;

    // Where a card of this length is printed with a break before character i: 4-4-4-4, or 4-6-5 and 4-6-4. Computed, not a
    // table per call: a collection expression here allocated on every Luhn-passing sixteen-digit run (72 B, AllocationTests).
    private static bool IsPrintedBreak(int count, int i) => count == 16 ? i % PrintedGroup == 0 : i is PrintedGroup or 10;

    private static bool HasUnconventionalGap(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        for (int i = 1; i < count; i++)
        {
            if (chain.BreaksGroup(i) && !Chain.IsConventionalSeparator(chain.GapChars[i]) && !ChainReader.WrapsBefore(text, chain, i)) return true;
        }
        return false;
    }
}
