namespace DataGuard.Detection.Normalization;

/// <summary>
/// det-heard44 (set U48: 電話兩千七百二十四萬零七, 卡號四千兩百八十六，六千一百五十…, 洞九四四，七十九萬三千零四十四,
/// 大寫W，一億一千零二十三萬六千一百五十七): a value's digits, or one of its groups, read as a quantity — by speech-to-text
/// that joins what was said into a number, or by a person reading a group as a number — with 千, 萬 and 億 in it. The
/// quantity is worth the digits it names, the zeros it implies included (兩千七百二十四萬零七 is 27240007, 三千零四十四 is
/// 3044), and zeros said before it stay in front (洞六萬五千一百五十五 is 065155). The spoken short form keeps its place
/// (三千五 is 3500, 八萬三 is 83000). 十 and 百 alone are read by <see cref="PlaceNumerals"/> inside a chain.
/// A quantity is offered only where it may make part of a value: not after an ordinal or an estimate (第, 約, 共…), not before
/// a unit or measure word (元, 萬元, 人, 年, 公里, cc…), and either long (six digits or more) or beside another group of
/// digits across one mark. The recognizers then validate the whole value as usual (numbering plan, checksum, Luhn).
/// </summary>
internal static class SpokenQuantities
{
    /// <summary>The place words this reader starts from: a quantity holds at least one of them.</summary>
    private const string LargePlaces = "千仟萬万億亿";

    /// <summary>
    /// Characters right before a quantity that make it a count, an ordinal or an amount (第三千, 約兩千萬, NT$三千, 新台幣兩千萬,
    /// 金額三千…).
    /// </summary>
    private const string CountingBefore = "第約约共計计達达近逾多幾几$＄幣币額额價价費费款";

    /// <summary>Units and measure words after a quantity: money, people, time, lengths and weights, counts (三千元, 兩萬人).</summary>
    private const string UnitsAfter =
        "元圓圆塊块毛角人名位個个件次回趟歲岁年月日天週周號号台臺輛辆部架艘公尺米里斤克噸吨升毫分秒時时點点倍股張张筆笔份戶户間间條条支枝棟栋層层坪碼码字頁页頭头隻只匹本冊册瓶杯包箱盒顆颗粒片碗場场元餘余多左右萬万億亿度%％";

    /// <summary>A quantity this long stands alone as a value's digits (a local number's seven, an ID's nine…).</summary>
    private const int MinDigitsAlone = 6;

    private const int MaxDigits = 19;

    /// <summary>Where the quantities stand in <paramref name="text"/> and the digits each is worth, or null (no allocation) where none.</summary>
    public static List<(int Start, int End, string Digits)>? Find(string text)
    {
        List<(int Start, int End, string Digits)>? terms = null;
        var span = text.AsSpan();
        for (int i = IndexOfPlace(text, 0); i >= 0; i = IndexOfPlace(text, i + 1))
        {
            int start = StartBefore(span, i);
            if (start < 0 || terms is not null && terms.Count > 0 && start < terms[terms.Count - 1].End) continue;
            int end = Parse(span, start, out int zeros, out long value);
            if (end <= i || !MayBeValuePart(span, start, end, zeros + DecimalLength(value))) continue;
            // The digits are written only for a quantity kept: clean text with counts and amounts allocates nothing.
            string digits = new string('0', zeros) + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (terms ??= new List<(int, int, string)>()).Add((start, end, digits));
            i = end - 1;
        }
        return terms;
    }

    // The next 千, 萬 or 億 (either script): five characters, so one exact vectorised search (a sixth, 仟, would turn it into a
    // filtered search that most Chinese text passes — a tenth of prose's speed; 仟 is read inside a quantity, not searched).
    private static int IndexOfPlace(string text, int from)
    {
        if (from >= text.Length) return -1;
        int hit = text.AsSpan(from).IndexOfAny(SearchedPlaces.AsSpan());
        return hit < 0 ? -1 : from + hit;
    }

    private const string SearchedPlaces = "千萬万億亿";

    // Where the quantity holding the place word at i starts: back over its numerals and place words to the numeral that
    // opens it, zeros said before that kept in front (洞六萬…); -1 where no numeral multiplies the place (千萬不要). Two
    // digits in a row part two groups: the later one opens the quantity (洞九二八五十三萬: 五).
    private static int StartBefore(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || !IsNonZeroDigit(text[i - 1]) && !IsSmallPlace(text[i - 1])) return -1;
        int start = i;
        for (int k = i - 1; k >= 0 && (IsPlaceChar(text[k]) || DigitOf(text[k]) is not null); k--)
        {
            if (IsNonZeroDigit(text[k]) && IsNonZeroDigit(text[start])) break;
            start = k;
        }
        return start;
    }

    private static bool IsNonZeroDigit(char c) => DigitOf(c) is char d && d != '0';

    // Reads the quantity from start: its end (start where there is none), the zeros said in front and the number after them.
    private static int Parse(ReadOnlySpan<char> text, int start, out int zeros, out long value)
    {
        value = 0;
        int k = start;
        zeros = 0;
        while (k < text.Length && DigitOf(text[k]) == '0') { zeros++; k++; }
        var number = new Quantity();
        int end = k;
        for (; k < text.Length; k++)
        {
            if (!number.Take(text[k])) break;
            if (number.Complete) end = k + 1;
        }
        if (!number.HasLargePlace || number.Value <= 0) return start;
        // The spoken short form (三千五, 八萬三) counts only where it ends the quantity: cut at end, the state there decides.
        var upToEnd = new Quantity();
        for (int j = start + zeros; j < end; j++) upToEnd.Take(text[j]);
        value = upToEnd.Finish();
        return zeros + DecimalLength(value) > MaxDigits ? start : end;
    }

    private static int DecimalLength(long value)
    {
        int length = 1;
        for (long v = value; v >= 10; v /= 10) length++;
        return length;
    }

    // A count, ordinal or amount is no value's part; a short quantity needs another group of digits beside it.
    private static bool MayBeValuePart(ReadOnlySpan<char> text, int start, int end, int digits)
    {
        if (start > 0 && CountingBefore.IndexOf(text[start - 1]) >= 0) return false;
        int after = end;
        while (after < text.Length && text[after] is ' ' or '\u3000') after++;
        if (after < text.Length && (UnitsAfter.IndexOf(text[after]) >= 0 || AsciiChars.IsLetter(text[after]))) return false;
        return digits >= MinDigitsAlone || DigitsBeside(text, start - 1, -1) || DigitsBeside(text, end, +1);
    }

    // A digit (any kind) or a numeral across at most one mark and blanks from `at`, walking in `step`'s direction.
    private static bool DigitsBeside(ReadOnlySpan<char> text, int at, int step)
    {
        int k = at, marks = 0;
        while (k >= 0 && k < text.Length && marks < 3 && IsMark(text[k]))
        {
            k += step;
            marks++;
        }
        return k >= 0 && k < text.Length && (DigitOf(text[k]) is not null || IsPlaceChar(text[k]) || CharFolding.Fold(text[k]).Kind == CharKind.Digit);
    }

    private static bool IsMark(char c) => c is ' ' or '\u3000' or '，' or ',' or '、' or '-' or '－' or '·' or '．' or '.';

    private static bool IsSmallPlace(char c) => c is '十' or '拾' or '百' or '佰';

    private static bool IsPlaceChar(char c) => IsSmallPlace(c) || LargePlaces.IndexOf(c) >= 0;

    // The digit of a Chinese numeral (everyday, financial, radio), or null.
    private static char? DigitOf(char c)
    {
        if (!CharFolding.IsHan(c)) return null;
        var folded = CharFolding.Fold(c);
        return folded.Kind == CharKind.Digit && (folded.Evasions & Evasions.ChineseNumerals) != 0 ? folded.Value : null;
    }

    /// <summary>
    /// A number read with place words, character by character: sections of 萬 and 億, places descending inside each, 零 for
    /// places skipped. Take refuses a character that breaks the reading (two digits in a row, a place out of order).
    /// </summary>
    private struct Quantity
    {
        private long _total;    // what 億 and 萬 have closed
        private long _section;  // the current section below 萬
        private int _number;    // the numeral waiting for its place (-1: none)
        private long _lastUnit; // the last place read in this section (0: none)
        private long _lastLarge; // the last 萬 or 億 read (0: none)
        private bool _zero;     // a 零 since the last place
        private bool _started;

        /// <summary>Whether a 千, 萬 or 億 was read: 十 and 百 alone are <see cref="PlaceNumerals"/>' to read.</summary>
        public bool HasLargePlace { get; private set; }

        /// <summary>Whether what was read so far ends a quantity (a place just read, or a digit after one).</summary>
        public readonly bool Complete => _started && (_number < 0 || _lastUnit > 0 || _lastLarge > 0 || _zero);

        public readonly long Value => _total + _section + Math.Max(_number, 0);

        public bool Take(char c)
        {
            if (!_started) { _number = -1; _started = true; }
            long unit = UnitOf(c);
            if (unit == 0)
            {
                char? d = DigitOf(c);
                if (d is null || _number >= 0) return false;
                if (d == '0')
                {
                    if (_lastUnit == 0 && _lastLarge == 0) return false;
                    _zero = true;
                    return true;
                }
                _number = d.Value - '0';
                return true;
            }
            return unit >= 10_000 ? TakeLarge(unit) : TakeSmall(unit);
        }

        private bool TakeSmall(long unit)
        {
            if (_lastUnit != 0 && unit >= _lastUnit) return false;
            int n = _number;
            if (n < 0)
            {
                if (unit != 10) return false; // 十二: ten; 百, 千 need their numeral
                n = 1;
            }
            _section += n * unit;
            _lastUnit = unit;
            HasLargePlace |= unit == 1000;
            _number = -1;
            _zero = false;
            return true;
        }

        private bool TakeLarge(long unit)
        {
            if (_lastLarge != 0 && unit >= _lastLarge) return false;
            long section = _section + Math.Max(_number, 0);
            if (section == 0) return false;
            _total = unit == 100_000_000 ? (_total + section) * unit : _total + section * unit;
            _section = 0;
            _number = -1;
            _lastUnit = 0;
            _lastLarge = unit;
            _zero = false;
            HasLargePlace = true;
            return true;
        }

        /// <summary>The value, a last numeral glued after a place of a hundred or more taking the place below it (三千五: 3500).</summary>
        public readonly long Finish()
        {
            if (_number < 0 || _zero) return Value;
            long below = _lastUnit >= 100 ? _lastUnit / 10 : _lastUnit == 0 && _lastLarge > 0 ? _lastLarge / 10 : 1;
            return _total + _section + _number * below;
        }

        private static long UnitOf(char c) => c switch
        {
            '十' or '拾' => 10,
            '百' or '佰' => 100,
            '千' or '仟' => 1000,
            '萬' or '万' => 10_000,
            '億' or '亿' => 100_000_000,
            _ => 0,
        };
    }
}
