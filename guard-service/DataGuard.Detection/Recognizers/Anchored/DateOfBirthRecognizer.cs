using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Recognizers.Anchored;

/// <summary>
/// Dates of birth: a date (western or 民國 year; 1990/01/02, 1990-1-2, 79年1月2日, 0790102, 19900102) right after a
/// birth label. Dates elsewhere are not personal data on their own and are left alone.
/// </summary>
internal sealed class DateOfBirthRecognizer : AnchoredRecognizer
{
    private const double Score = 0.85;
    private const string Fillers = " \u3000:：為是於民國西元(（=|\t";

    private static readonly string[] Labels =
    {
        "出生", "生日", "生於", "出生日期", "出生年月日", "DOB", "D.O.B", "date of birth", "birthday", "born",
    };

    public override string Type => EntityTypes.DateOfBirth;

    /// <summary>"79年1月2日生": the label follows the date in Chinese records.</summary>
    private const string TrailingLabel = "日生";

    public override string[] Anchors { get; } = Concat(Labels, new[] { TrailingLabel });

    public override void OnAnchor(ReadOnlySpan<char> text, int labelStart, int labelEnd, ref CandidateSink sink, int priority)
    {
        if (labelEnd - labelStart == TrailingLabel.Length && text.Slice(labelStart, labelEnd - labelStart).SequenceEqual(TrailingLabel.AsSpan()))
        {
            // 生 must end the phrase: "5日生效" (takes effect) and "生產" are not births.
            if (labelEnd < text.Length && LabelSearch.IsIdeograph(text[labelEnd]) && "男女於".IndexOf(text[labelEnd]) < 0) return;
            OfferDateEndingAt(text, labelStart + 1, ref sink, priority);
            return;
        }
        int start = LabelSearch.SkipFiller(text, labelEnd, Fillers, 8);
        if (TryParse(text, start, out int end, out var value, out var evasions)
            && sink.TryScore(text, Type, start, end, Scoring.ContextProfile.None, Score, out double score))
        {
            sink.Add(new Candidate(Type, start, end, score, evasions, value, priority));
        }
    }

    // Walks back over "79年1月2" to where the date starts and accepts it only if it parses to exactly that end.
    private void OfferDateEndingAt(ReadOnlySpan<char> text, int end, ref CandidateSink sink, int priority)
    {
        int start = end - 1;
        while (start > 0 && end - start < 12 && (CharFolding.KindOf(text[start - 1]) == CharKind.Digit || text[start - 1] is '年' or '月')) start--;
        if (TryParse(text, start, out int parsedEnd, out var value, out var evasions) && parsedEnd == end
            && sink.TryScore(text, Type, start, end, Scoring.ContextProfile.None, Score, out double score))
        {
            sink.Add(new Candidate(Type, start, end, score, evasions, value, priority));
        }
    }


    /// <summary>Reads a date at <paramref name="start"/>; the value is normalised to yyyy-MM-dd.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, int start, out int end, out string value, out Evasions evasions)
    {
        end = start;
        value = string.Empty;
        evasions = Evasions.None;
        int i = start;
        if (!ReadNumber(text, ref i, 8, out int first, out int firstDigits, ref evasions)) return false;

        int year, month, day;
        if (firstDigits >= 7)
        {
            // Compact 19900102, or 民國 0790102.
            year = firstDigits == 8 ? first / 10000 : first / 10000 + 1911;
            month = first / 100 % 100;
            day = first % 100;
        }
        else
        {
            if (i >= text.Length || !IsSeparator(text[i], out char separator)) return false;
            i++;
            if (!ReadNumber(text, ref i, 2, out month, out _, ref evasions)) return false;
            if (i >= text.Length || !IsSeparator(text[i], out char second) || !Pairs(separator, second)) return false;
            i++;
            if (!ReadNumber(text, ref i, 4, out int third, out int thirdDigits, ref evasions)) return false;
            if (separator == '年' && i < text.Length && (text[i] == '日' || text[i] == '號')) i++;
            if (firstDigits == 4) { year = first; day = third; }
            else if (thirdDigits == 4) { year = third; day = first; if (month > 12) (month, day) = (day, month); } // 02/01/1990
            else if (firstDigits <= 3) { year = first + 1911; day = third; }
            else return false;
        }
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (i < text.Length && CharFolding.KindOf(text[i]) == CharKind.Digit) return false;
        end = i;
        value = year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + "-"
            + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-"
            + day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private static bool ReadNumber(ReadOnlySpan<char> text, ref int i, int maxDigits, out int number, out int digits, ref Evasions evasions)
    {
        number = 0;
        digits = 0;
        while (i < text.Length && digits <= maxDigits)
        {
            var folded = CharFolding.Fold(text[i]);
            if (folded.Kind != CharKind.Digit) break;
            number = number * 10 + (folded.Value - '0');
            evasions |= folded.Evasions;
            digits++;
            i++;
        }
        return digits > 0 && digits <= maxDigits;
    }

    private static bool IsSeparator(char c, out char separator)
    {
        separator = c switch { '／' => '/', '－' => '-', '．' => '.', _ => c };
        return separator is '/' or '-' or '.' or '年' or '月';
    }

    private static bool Pairs(char first, char second) => first == '年' ? second == '月' : second == first;
}
