namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 42 (det-arith42): a digit or a group of a value written as a small sum in brackets — <c>0920—6(2×4)4</c>,
/// <c>N25(9-5)8(7-4)8</c>, <c>0937再接 (500+12)</c> — that the reader is meant to work out. This reads one such term: an
/// opening bracket of any kind (ASCII, full-width, 【】), operands in any numeral the engine folds to a digit (ASCII,
/// full-width, Chinese, financial, radio, other scripts), operators + - × x * ÷ / in ASCII, full-width and Chinese forms
/// (加 加上 減 減去 乘 乘以 除 除以), nested brackets, evaluated to a non-negative integer. Whether the result is a value is
/// the recognizers' decision (<see cref="Pipeline.ArithmeticReading"/>): this only says what the term is worth.
/// </summary>
internal static class ArithmeticTerms
{
    /// <summary>The characters a term opens with: the reading's search stops at them.</summary>
    public const string Openers = "(（【[［";

    private const string Closers = ")）】]］";

    /// <summary>Most digits in one operand: a value's group is at most a few digits, a longer number is no term.</summary>
    private const int MaxOperandDigits = 6;

    /// <summary>Most brackets inside one another (the term's own counts as one).</summary>
    private const int MaxDepth = 3;

    /// <summary>Most operators in one term: a small sum, not a formula.</summary>
    private const int MaxOperators = 6;

    /// <summary>The largest result read: four digits, the widest group a value is given in (a card's, a plate's).</summary>
    private const long MaxResult = 9_999;

    /// <summary>The largest value on the way to the result: no overflow, whatever the operands.</summary>
    private const long MaxPartial = 999_999_999;

    /// <summary>
    /// Two operands side by side of at least this many digits are a value's groups in brackets with their separator
    /// (（2211-6037）, (0935*077*060)), not a sum: people write a group as a round number and a small one ((500+12)).
    /// </summary>
    private const int GroupDigits = 3;

    /// <summary>
    /// Reads the term whose opening bracket is at <paramref name="open"/>: its length (0 where none is: no operator, a word,
    /// a negative or fractional result, a bound passed) and its value.
    /// </summary>
    public static int LengthAt(ReadOnlySpan<char> text, int open, out long value)
    {
        value = 0;
        var parser = new Parser(text, open);
        if (!parser.TryBracketed(0, out value) || parser.Operators == 0 || value > MaxResult) return 0;
        return parser.Position - open;
    }

    /// <summary>
    /// The digits a term worth <paramref name="value"/> stands for: as many as the result shows (5 is one digit, 512 three),
    /// never a leading zero — a group written 0xx as a sum is not read as one.
    /// </summary>
    public static string DigitsOf(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ref struct Parser
    {
        private readonly ReadOnlySpan<char> _text;
        private int _previousDigits; // of the operand read last, 0 for a bracketed one

        public Parser(ReadOnlySpan<char> text, int at)
        {
            _text = text;
            Position = at;
            Operators = 0;
            _previousDigits = 0;
        }

        public int Position { get; private set; }

        public int Operators { get; private set; }

        public bool TryBracketed(int depth, out long value)
        {
            value = 0;
            if (depth >= MaxDepth || Position >= _text.Length || Openers.IndexOf(_text[Position]) < 0) return false;
            Position++;
            if (!TrySum(depth + 1, out value)) return false;
            SkipSpaces();
            if (Position >= _text.Length || Closers.IndexOf(_text[Position]) < 0) return false;
            Position++;
            return true;
        }

        // sum := product ((+|-) product)*
        private bool TrySum(int depth, out long value)
        {
            if (!TryProduct(depth, out value)) return false;
            while (TryOperator(additive: true, out char op))
            {
                if (!TryProduct(depth, out long right)) return false;
                value = op == '+' ? value + right : value - right;
                if (value < 0 || value > MaxPartial) return false; // a range written 13-21 is no term
            }
            return true;
        }

        // product := operand ((×|÷) operand)*
        private bool TryProduct(int depth, out long value)
        {
            if (!TryOperand(depth, out value)) return false;
            while (TryOperator(additive: false, out char op))
            {
                if (!TryOperand(depth, out long right)) return false;
                if (op == '×') value *= right;
                else if (right == 0 || value % right != 0) return false; // 12/25 is a date, not a digit
                else value /= right;
                if (value > MaxPartial) return false;
            }
            return true;
        }

        private bool TryOperand(int depth, out long value)
        {
            SkipSpaces();
            value = 0;
            if (Position < _text.Length && Openers.IndexOf(_text[Position]) >= 0)
            {
                _previousDigits = 0;
                bool read = TryBracketed(depth, out value);
                _previousDigits = 0;
                return read;
            }
            int digits = 0, first = Position;
            while (Position < _text.Length && DigitOf(_text[Position]) is int digit and >= 0)
            {
                if (++digits > MaxOperandDigits) return false;
                value = value * 10 + digit;
                Position++;
            }
            // 02 or 0935 is a value's group (no one sums a leading zero); two long operands side by side are groups too.
            if (digits == 0 || digits > 1 && DigitOf(_text[first]) == 0) return false;
            if (digits >= GroupDigits && _previousDigits >= GroupDigits) return false;
            _previousDigits = digits;
            return true;
        }

        // An operator and what it does ('+', '-', '×', '÷'); the position is left where it was when none stands there.
        private bool TryOperator(bool additive, out char op)
        {
            int before = Position;
            SkipSpaces();
            int length = OperatorLength(_text, Position, out op);
            if (length == 0 || (op is '+' or '-') != additive || Operators == MaxOperators)
            {
                Position = before;
                return false;
            }
            Position += length;
            Operators++;
            return true;
        }

        private void SkipSpaces()
        {
            while (Position < _text.Length && _text[Position] is ' ' or '\u3000') Position++;
        }
    }

    // The operator at i, as '+', '-', '×' or '÷', and how many characters it takes (加上, 減去, 乘以, 除以 take two).
    private static int OperatorLength(ReadOnlySpan<char> text, int i, out char op)
    {
        op = '\0';
        if (i >= text.Length) return 0;
        op = text[i] switch
        {
            '+' or '＋' or '加' => '+',
            '-' or '－' or '−' or '減' or '减' => '-',
            '×' or 'x' or 'X' or '*' or '＊' or '✕' or '乘' => '×',
            '÷' or '/' or '／' or '除' => '÷',
            _ => '\0',
        };
        if (op == '\0') return 0;
        bool twoCharacters = i + 1 < text.Length && (op, text[i + 1]) is ('+', '上') or ('-', '去') or ('×', '以') or ('÷', '以');
        return twoCharacters && text[i] >= CharFolding.FirstHan ? 2 : 1;
    }

    // A character's digit in any numeral the engine folds (ASCII, full-width, 三, 參, 洞, other scripts), or -1.
    private static int DigitOf(char c)
    {
        var folded = CharFolding.Fold(c);
        return folded.Kind == CharKind.Digit ? folded.Value - '0' : -1;
    }
}
