using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;
using static DataGuard.Detection.Recognizers.PlateShape;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-ocr45 (set U49, T: plate=RRMBID8, plate=MKBl2ZB, 車牌 7G89-EZ, UB-17oG … 拖吊場OCR辨識出來的): a plate as an OCR pass or a
/// camera's reader returns it — up to three characters confused either way (O D Q for 0, I l for 1, Z for 2, S for 5, G b for
/// 6, T for 7, B for 8, g q for 9 among the digits; 8 2 5 6 0 7 for B Z S G D T among the letters), joined or with its
/// hyphen — read as the layout it takes once folded. Only where a key, label or column names the value a plate, a plate
/// reader's log component wrote it, or its line says an OCR pass read it: a product code, serial or hash mixes letters and
/// digits the same way, and nothing else says which of them a character stands for.
/// </summary>
internal static class PlateOcrReading
{
    /// <summary>Most characters one value may have confused; the rest (four of seven at least) are already of their kind.</summary>
    private const int MostFolded = 3;

    /// <summary>
    /// What an OCR note on the line gives back of the look-alike penalty: the note, as a plate key or label does through the
    /// context scorer, says the characters were misread rather than typed as a code's.
    /// </summary>
    private const double OcrNoteBoost = 0.3;

    /// <summary>Words of a line that say an OCR pass or a scan read it.</summary>
    private static readonly ContextWord[] OcrWords = ContextWord.All(new[] { "OCR", "辨識", "識別", "掃描", "辨認" });

    /// <summary>Reads the chain's first group (or two groups apart by a hyphen or space) through <paramref name="readLayout"/> once folded.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, in Chain chain, PlateDigitLookalikes.LayoutReader readLayout, out ChainMatch match)
    {
        match = default;
        int count = Extent(chain, out int gapAt);
        if (count is < 4 or > 7) return false;
        bool? named = null; // asked once, after the first fold that holds: most chains fold under no layout
        Span<char> view = stackalloc char[chain.Length];
        chain.Chars.Slice(0, chain.Length).CopyTo(view);
        foreach (var layout in PlateLayouts.All)
        {
            if (layout.Letters + layout.Digits != count || gapAt > 0 && gapAt != (layout.LettersFirst ? layout.Letters : layout.Digits)) continue;
            chain.Chars.Slice(0, chain.Length).CopyTo(view);
            int first = layout.LettersFirst ? layout.Letters : layout.Digits;
            if (!Fold(chain, view, layout.LettersFirst ? 0 : layout.Digits, layout.Letters, layout.LettersFirst ? layout.Letters : 0, layout.Digits)) continue;
            named ??= IsNamedOrScanned(text, chain.Start, chain.EndOf(count));
            if (named == false) return false;
            scoped Chain folded = chain;
            folded.Chars = view;
            if (!readLayout(text, folded, layout.LettersFirst, first, count - first, out match)) continue;
            PlateDigitLookalikes.Penalise(text, ref match);
            if (SaysOcr(text, chain.Start)) match.BaseScore += OcrNoteBoost;
            return true;
        }
        return false;
    }

    /// <summary>Whether a key, label or column names [<paramref name="start"/>, <paramref name="end"/>) a plate, a plate reader logged it, or its line says OCR.</summary>
    internal static bool IsNamedOrScanned(ReadOnlySpan<char> text, int start, int end)
    {
        return PlateFieldName.NamesPlate(text, start, end) || PlateLogComponent.NamesPlates(text, start) || SaysOcr(text, start);
    }

    // An OCR word on the value's line (拖吊場OCR辨識出來的, （掃描辨識）).
    private static bool SaysOcr(ReadOnlySpan<char> text, int start)
    {
        int line = TableCell.LineStart(text, start), lineEnd = TableCell.LineEnd(text, start);
        return ContextWord.AnyIn(OcrWords, text.Slice(line, lineEnd - line));
    }

    // The characters of the first group, or of two groups parted by one hyphen or space (gapAt: where the second starts).
    private static int Extent(in Chain chain, out int gapAt)
    {
        gapAt = 0;
        int i = 1;
        while (i < chain.Length && chain.Gaps[i] == 0) i++;
        if (i == chain.Length || chain.Gaps[i] != 1 || !(IsHyphenLike(chain.GapChars[i]) || chain.GapChars[i] == ' ')) return i;
        gapAt = i++;
        while (i < chain.Length && chain.Gaps[i] == 0) i++;
        return i;
    }

    // Folds the letter group's digits to letters and the digit group's letters to digits; true when between one and
    // MostFolded characters changed and each group keeps one character of its own kind.
    private static bool Fold(in Chain chain, Span<char> view, int lettersAt, int letters, int digitsAt, int digits)
    {
        int folded = 0, realLetters = 0, realDigits = 0;
        for (int i = lettersAt; i < lettersAt + letters; i++)
        {
            if (IsLetter(view[i])) { realLetters++; continue; }
            char letter = PlateLetterLookalikes.AsLetter(view[i]);
            if (letter == view[i]) return false;
            view[i] = letter;
            folded++;
        }
        for (int i = digitsAt; i < digitsAt + digits; i++)
        {
            if ((uint)(view[i] - '0') <= 9) { realDigits++; continue; }
            view[i] = DigitLookalikes.AsDigitOcr(chain, i);
            if ((uint)(view[i] - '0') > 9) return false;
            folded++;
        }
        return folded is >= 1 and <= MostFolded && realLetters >= 1 && realDigits >= 1;
    }
}
