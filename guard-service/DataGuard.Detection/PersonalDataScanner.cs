using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Recognizers;

namespace DataGuard.Detection;

/// <summary>
/// Finds personal data in text. Thread-safe and meant to be reused: create one per configuration and share it.
/// </summary>
/// <remarks>
/// The pipeline: a vectorised search for characters that can start a value; a normalised view of the letters and
/// digits that follow (<see cref="ChainReader"/>: full-width, Chinese numerals, homoglyphs, invisible characters and
/// separators undone, with each character's original offset); recognizers that check layout and checksum; context
/// scoring; overlap resolution. Anchored recognizers (e-mail, labelled values, configured deny-lists) and configured
/// patterns (<see cref="RecognizerRegistry"/>) run alongside.
/// Recognizers are chosen from <see cref="ScannerOptions.EnabledTypes"/> when the scanner is created; thresholds are
/// read on every scan.
/// </remarks>
public sealed class PersonalDataScanner
{
    private static readonly Finding[] NoFindings = Array.Empty<Finding>();

    /// <summary>The highest score a value can get: one that has it cannot be outscored by a reading inside it.</summary>
    private const double MaxScore = 1.0;

    private readonly ChainRecognizer[] _chainRecognizers;
    private readonly int[] _minLengths; // each chain recognizer's MinLength, read once
    private readonly AnchorSearch _anchors;
    private readonly int _anchoredCount;
    private readonly PatternRecognizer[] _patternRecognizers;
    private readonly int _minChainLength;

    /// <summary>A scanner with default options.</summary>
    public static PersonalDataScanner Default { get; } = new();

    /// <summary>Creates a scanner with default options.</summary>
    public PersonalDataScanner() : this(new ScannerOptions()) { }

    /// <summary>Creates a scanner with the built-in recognizers.</summary>
    public PersonalDataScanner(ScannerOptions options) : this(options, RecognizerRegistry.BuiltIn) { }

    /// <summary>Creates a scanner with the built-in recognizers and those configured in <paramref name="recognizers"/>.</summary>
    public PersonalDataScanner(ScannerOptions options, RecognizerRegistry recognizers)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Recognizers = recognizers ?? throw new ArgumentNullException(nameof(recognizers));
        _chainRecognizers = recognizers.ChainRecognizers(options);
        var anchored = recognizers.AnchoredRecognizers(options);
        _anchors = new AnchorSearch(anchored);
        _anchoredCount = anchored.Length;
        _patternRecognizers = recognizers.PatternRecognizers(options);
        _minLengths = new int[_chainRecognizers.Length];
        _minChainLength = int.MaxValue;
        for (int r = 0; r < _chainRecognizers.Length; r++)
        {
            _minLengths[r] = _chainRecognizers[r].MinLength;
            _minChainLength = Math.Min(_minChainLength, _minLengths[r]);
        }
    }

    /// <summary>The options this scanner was built with.</summary>
    public ScannerOptions Options { get; }

    /// <summary>The recognizers this scanner runs, and the entity types they report.</summary>
    public RecognizerRegistry Recognizers { get; }

    /// <summary>
    /// Scans <paramref name="text"/> and returns findings ordered by start offset, without overlaps.
    /// Clean text returns an empty list without allocating. A configured pattern that exceeds its match timeout throws
    /// <see cref="Configuration.RecognizerTimeoutException"/>: the text has not been screened.
    /// </summary>
    public IReadOnlyList<Finding> Scan(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var findings = ScanReadings(text);
        // Digits given as bracketed sums to work out (0920—6(2×4)4, (500+12)): the whole engine reads the text again with each
        // sum's digits in its place (round 42), so every reading above composes with them.
        if (ArithmeticReading.Find(text) is ArithmeticReading sums) findings = sums.Merge(findings, ScanReadings(sums.Text));
        // det-heard44: digits said as quantities (兩千七百二十四萬零七, 四千兩百八十六，六千一百五十…), read again the same way.
        if (SpokenQuantities.Find(text) is { } quantities)
        {
            var reading = ArithmeticReading.Of(text, quantities, Evasions.ChineseNumerals);
            findings = reading.Merge(findings, ScanReadings(reading.Text));
        }
        // Values given in pieces that a frame says to join (chat messages after a request, segments out of order): round 40.
        return PiecesReading.Find(text) is List<GivenPieces> pieces ? PiecesReading.Merge(pieces, findings, ScanUnwrapped) : findings;
    }

    private IReadOnlyList<Finding> ScanReadings(string text)
    {
        var findings = ScanUnwrapped(text);
        // Digits written as sound-alike characters (酒 for 9, 醫 for 1…), read where a run has the shape of a whole value.
        return HomophoneDigits.Read(text) is HomophoneReading reading ? reading.Merge(findings, ScanUnwrapped(reading.Text)) : findings;
    }

    // A text/* data: URI's base64 payload is read as the text it wraps (round 29), then its escapes are undone.
    private IReadOnlyList<Finding> ScanUnwrapped(string text)
    {
        var wrapped = DataUris.Decode(text);
        var findings = ScanDecoded(wrapped?.Text ?? text);
        return wrapped is null ? findings : wrapped.MapBack(findings);
    }

    // A value in a URL, a JSON string, markup or a mail source: read with its escapes undone, reported where it is written.
    private IReadOnlyList<Finding> ScanDecoded(string text) =>
        TransportEscapes.Decode(text) is DecodedText decoded ? decoded.MapBack(ScanText(decoded.Text)) : ScanText(text);

    private IReadOnlyList<Finding> ScanText(string text)
    {
        long outerScan = ScanNumber.Begin();
        try
        {
            var span = text.AsSpan();
            var sink = new CandidateSink(Options, span.Length);
            if (_chainRecognizers.Length > 0) ScanChains(span, ref sink);
            sink.EndTokens();
            _anchors.Scan(span, ref sink, _chainRecognizers.Length);
            for (int p = 0; p < _patternRecognizers.Length; p++)
                _patternRecognizers[p].Scan(text, ref sink, _chainRecognizers.Length + _anchoredCount + p);
#if RECOGNIZERS_TEXT
            if (Options.UseRecognizersText) RecognizersTextRecognizer.Scan(text, Options, ref sink, int.MaxValue);
#endif
            return sink.Count == 0 ? NoFindings : sink.Resolve();
        }
        finally
        {
            ScanNumber.End(outerScan);
        }
    }

    private void ScanChains(ReadOnlySpan<char> text, ref CandidateSink sink)
    {
        Span<char> chars = stackalloc char[Chain.Capacity];
        Span<int> positions = stackalloc int[Chain.Capacity];
        Span<byte> gaps = stackalloc byte[Chain.Capacity];
        Span<char> gapChars = stackalloc char[Chain.Capacity];
        Span<byte> flags = stackalloc byte[Chain.Capacity];
        Span<byte> widths = stackalloc byte[Chain.Capacity];
        var chain = new Chain(chars, positions, gaps, gapChars, flags, widths);
        var fillers = new FillerMemo();

        int i = 0;
        int acceptedValueEnd = 0; // the end of the last value accepted over its whole chain
        var laterTokens = LaterTokens.None; // those of the last value at the highest score whose chain runs on past it
        while (i < text.Length)
        {
            int hit = TriggerSearch.IndexOfTrigger(text.Slice(i));
            if (hit < 0) return;
            i += hit;
            if (MarkedLetters.IsUnmarkedWordLetter(text, i))
            {
                i++; // Bảo, Ánh: a letter of a word, not the first of a value whose characters all carry a mark
                continue;
            }
            bool insideAcceptedValue = i < acceptedValueEnd || laterTokens.Holds(text, i);
            if (sink.SkipsToken(insideAcceptedValue))
            {
                i = i < acceptedValueEnd ? acceptedValueEnd : i + 1;
                continue;
            }
            if (_minChainLength > 1 && ChainReader.IsLoneDigit(text, i))
            {
                i++; // 統一, 一般: read, it is a chain of one character that no recognizer is offered and no filler continues
                continue;
            }
            if (!ChainReader.IsTokenStart(text, i))
            {
                i = ChainReader.IsInWord(text, i) ? i + 1 : EndOfRun(text, i); // 大陸|138…: the value starts after the word
                continue;
            }

            int shortRunEnd = EndOfShortNumber(text, i, ref fillers);
            if (shortRunEnd > 0)
            {
                i = shortRunEnd;
                continue;
            }

            int runEnd = ChainReader.Read(text, i, ref chain);
            int matchedEnd = Recognize(text, chain, ref sink, out int coveringEnd, out int coveringStart);
            if (!insideAcceptedValue && CoversWholeChain(chain, coveringEnd)) acceptedValueEnd = coveringEnd;
            else if (!insideAcceptedValue && coveringEnd >= 0) laterTokens = LaterTokens.Of(text, chain, coveringStart, coveringEnd, ref fillers);
            int mixedLength = chain.Length;
            if (matchedEnd < 0 && chain.ScriptBreak > 0)
            {
                // Nothing across the change of script: try the part before it on its own.
                chain.Length = chain.ScriptBreak;
                chain.EndGlued = false;
                matchedEnd = Recognize(text, chain, ref sink, out coveringEnd, out _);
            }
            if (coveringEnd < 0 && chain.Length >= MinCorrectedDigits) RecognizeCorrected(text, ref chain, ref sink);
            // "0912 然後 345 再來 678": nothing certain in the first group alone (PE318，呃，52047 is a weak plate, 4556-3018
            // a weak landline before the rest of a card); read on across the filler words. A value wrapped onto the next line
            // is read on even when its first line alone matched ("0949-393⏎996" is no 7-digit number). The longer reading
            // is accepted only where it validates, and then outscores the weak one.
            // Round 35: asked before the chain is read on across fillers as well, which may leave it ending elsewhere (0935-B27-4|6).
            bool atBar = ChainReader.StopsAtBarDigit(text, chain) || ChainReader.CrossesBarDigit(text, chain);
            // Round 41 (U42): nothing found either side of the change of script — the filler walk gets the whole group, and
            // reads it as one where a joining word follows it ("49一六，再來是3388…").
            if (coveringEnd < 0 && chain.ScriptBreak > 0 && chain.Length == chain.ScriptBreak) chain.Length = mixedLength;
            if ((coveringEnd < 0 || chain.Length > 0 && ChainReader.LineWrapsAt(text, chain.EndOf(chain.Length))) && ChainReader.ReadAcrossFillers(text, ref chain, ref fillers))
            {
                Recognize(text, chain, ref sink, out _, out _, acrossFillers: true);
                atBar = atBar || ChainReader.StopsAtBarDigit(text, chain) || ChainReader.CrossesBarDigit(text, chain);
            }
            // "L2|4567890", "09|2 345 678": a chain that stopped at a bar, or read across a glued one as a cell break (A|23|56789), is read again through it, the bar as a 1; the first
            // reading stands beside it (a row's bar between short cells, 12:05|0912…, reads as nothing through it).
            if (atBar)
            {
                ChainReader.Read(text, i, ref chain, barsAsOne: true);
                Recognize(text, chain, ref sink, out _, out _);
            }
            // Later tokens inside a match that ends before its chain does are still tried: overlap resolution picks the
            // better reading ("tel 0950-548-216": the plate TEL-0950 and the phone from 0950).
            int next = Math.Max(runEnd, i + 1);
            // "…0912345678A123456789…": a printout's ID column touching the value read before it starts a value of its own.
            if (matchedEnd > i && matchedEnd < next && ChainReader.StartsGluedId(text, matchedEnd)) next = matchedEnd;
            i = next;
        }
    }

    /// <summary>The fewest digits of a chain whose last character a correction after it is read for: an ID's, less one.</summary>
    private const int MinCorrectedDigits = 8;

    // "J1…3 更正：尾數1", "…3315（打錯，末碼是7）": the chain again, up to the character the words after it correct, with
    // the character they state; the written reading stands beside it, and the overlap keeps the better. The chain may have
    // read on into the words ("…861 correction": C as a letter), so each place it could end is asked, the last first.
    // Round 36 (categories of set U30).
    private void RecognizeCorrected(ReadOnlySpan<char> text, ref Chain chain, ref CandidateSink sink)
    {
        // Words of English prose are chains too: only one holding a value's digits is asked (an ID's nine, a phone's ten).
        if (!chain.HoldsDigits(MinCorrectedDigits) || !StatedCorrections.MayStartAfterAnyOf(text, chain.EndOf(1), chain.EndOf(chain.Length))) return;
        for (int k = chain.Length; k > 0; k--)
        {
            char right = StatedCorrections.LastCharacterAfter(text, chain.EndOf(k));
            if (right == '\0') continue;
            char written = chain.Chars[k - 1];
            if (right == written) return;
            int length = chain.Length;
            (bool glued, int scriptBreak) = (chain.EndGlued, chain.ScriptBreak);
            (chain.Length, chain.EndGlued, chain.Chars[k - 1]) = (k, false, right);
            if (scriptBreak >= k) chain.ScriptBreak = 0;
            Recognize(text, chain, ref sink, out _, out _);
            (chain.Length, chain.EndGlued, chain.ScriptBreak, chain.Chars[k - 1]) = (length, glued, scriptBreak, written);
            return;
        }
    }

    /// <summary>
    /// Whether a value scored at <see cref="MaxScore"/> was accepted up to the end of the whole chain, read to where the
    /// text stops it. A later token of that chain (2345-6789 of 電話(02)2345-6789) reads only characters of the value, and
    /// a reading of them is shorter and can score no higher, so it never wins an overlap with the value: such tokens are
    /// skipped. A lower score proves nothing ("30 87 AU" read whole is a worse plate than "87 AU", a foreign reading of
    /// "0084/0931…" a worse phone than the mobile after it). A chain cut by the reader's limits (capacity, letters) or
    /// glued to more is not read to its end: a later token may read further. That the skipped readings would never
    /// change the findings is checked on every test input by <see cref="SkippedReadings"/>.
    /// </summary>
    private static bool CoversWholeChain(scoped in Chain chain, int valueEnd) =>
        valueEnd >= 0 && !chain.EndGlued && valueEnd >= chain.EndOf(chain.Length) && ChainReader.StoppedByText(chain);

    // Runs every recognizer on the chain; returns the end of the furthest value kept, or -1, and in coveringEnd and
    // coveringStart the span of the furthest value kept at the highest score (see CoversWholeChain), or -1.
    private int Recognize(ReadOnlySpan<char> text, scoped in Chain chain, ref CandidateSink sink, out int coveringEnd, out int coveringStart, bool acrossFillers = false)
    {
        int matchedEnd = -1;
        coveringEnd = -1;
        coveringStart = -1;
        if (chain.Length < _minChainLength) return matchedEnd;
        var shape = new ChainShape(chain);
        bool covered = false;
        for (int r = 0; r < _chainRecognizers.Length; r++)
        {
            // A value at the highest score over the whole chain: a later recognizer's reading starts where it does and
            // ends no later, so it scores no higher and is no longer, and loses the overlap to the earlier recognizer.
            if (covered && sink.SkipsRecognizers(chainCovered: true)) break;
            if (chain.Length < _minLengths[r]) continue;
            var recognizer = _chainRecognizers[r];
            if (acrossFillers && !recognizer.ReadsAcrossFillers) continue;
            if (!recognizer.Accepts(shape))
            {
                AssertTurnedDown(text, chain, recognizer);
                continue;
            }
            if (!recognizer.TryMatch(text, chain, out var match)) continue;
            // Invisible characters right after the last digit belong to it (the keycap of 8️⃣, a trailing ZWSP).
            while (match.End < text.Length && CharFolding.KindOf(text[match.End]) == CharKind.Invisible) match.End++;
            if (IsMasked(text.Slice(match.Start, match.End - match.Start))) continue;
            if (!sink.TryScore(text, recognizer.Type, match.Start, match.End, recognizer.Context, match.BaseScore, out double score)) continue;
            sink.Add(new Candidate(recognizer.Type, match.Start, match.End, score, match.Evasions, recognizer.Normalize(chain, match), r, joined: acrossFillers));
            if (covered) continue; // set aside (debug builds): as if never read
            if (match.End > matchedEnd) matchedEnd = match.End;
            if (score >= MaxScore && match.End > coveringEnd) (coveringStart, coveringEnd) = (match.Start, match.End);
            covered = CoversWholeChain(chain, coveringEnd);
        }
        if (covered) sink.SkipsRecognizers(chainCovered: false);
        return matchedEnd;
    }

    // Accepts only spares TryMatch work: in debug builds (the test runs) a chain it turns down is still shown to TryMatch,
    // so a recognizer that learns a new form without widening its Accepts fails the tests instead of missing values.
    [System.Diagnostics.Conditional("DEBUG")]
    private static void AssertTurnedDown(ReadOnlySpan<char> text, scoped in Chain chain, ChainRecognizer recognizer)
    {
        if (recognizer.TryMatch(text, chain, out _))
            throw new InvalidOperationException($"{recognizer.GetType().Name} matched a chain its Accepts turned down: Accepts must say yes whenever TryMatch could.");
    }

    /// <summary>
    /// Where a run of plain digits starting at <paramref name="start"/> ends when it is too short for any recognizer and
    /// nothing after it could continue it (a date, an amount, a case number before 年/號/元…), or 0. Such a run reads into a
    /// chain that no recognizer is offered, so it is skipped without reading it.
    /// </summary>
    private int EndOfShortNumber(ReadOnlySpan<char> text, int start, ref FillerMemo fillers)
    {
        int end = start;
        while (end < text.Length && (uint)(text[end] - '0') <= 9)
        {
            if (++end - start >= _minChainLength) return 0;
        }
        if (end == start) return 0;
        if (end == text.Length) return end;
        var kind = CharFolding.Fold(text[end]).Kind;
        if (kind is CharKind.Digit or CharKind.Letter or CharKind.Invisible or CharKind.Separator) return 0;
        if (end + 1 < text.Length && CharFolding.TryFoldSupplementary(text[end], text[end + 1], out _)) return 0;
        if (SpokenHyphens.LengthAt(text, end) > 0) return 0; // "375杠QD": a plate's digits before its hyphen said aloud
        if (text[end] == '|' && BarDigits.ReadsAsOne(text, end)) return 0; // "09|2 345 678": a 1 scanned as a bar
        if (PlateBars.IsHyphenMark(text[end]) && PlateBars.LengthAt(text, end, start, end - start, letters: false) > 0) return 0; // "726|TX" (round 36)
        // "｜09｜1234｜5678｜": the first group of a value typed one group per cell.
        if (SpelledDown.MayBreakAt(text[end]) && SpelledDown.LengthAt(text, end, end - 1, first: end - start == 1, chainStart: start) > 0) return 0;
        return ChainReader.FillerFollows(text, end, ref fillers) ? 0 : end; // "02然後2345再來6789": the first group of a split value
    }

    // "○○" is how records hide digits (0912-○○○-678): a masked value is no longer personal data.
    // Most values hold no ○ at all: a search for the one character is cheaper than one for the pair.
    private static bool IsMasked(ReadOnlySpan<char> value) => value.IndexOf('○') >= 0 && value.IndexOf("○○".AsSpan()) >= 0;

    // Letters and digits glued to a non-starting character cannot start a value either: skip the whole run.
    private static int EndOfRun(ReadOnlySpan<char> text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var kind = CharFolding.KindOf(text[i]);
            if (kind != CharKind.Digit && kind != CharKind.Letter && kind != CharKind.Invisible) break;
            i++;
        }
        return i;
    }
}
