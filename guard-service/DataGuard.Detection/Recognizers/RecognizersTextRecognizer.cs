#if RECOGNIZERS_TEXT
using DataGuard.Detection.Pipeline;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Optional extra recognizer (<see cref="ScannerOptions.UseRecognizersText"/>, .NET 10 target only): Microsoft
/// Recognizers-Text sequence models for phone numbers and e-mail. Its values carry no checksum or numbering-plan check,
/// so they score just above the default threshold and lose every overlap to the engine's own findings. What it adds in
/// practice: local numbers written in North American style without a country code, e.g. (650) 253-0000.
/// </summary>
internal static class RecognizersTextRecognizer
{
    /// <summary>Score given to its findings: reported at the default threshold, below anything validated.</summary>
    private const double Score = 0.55;

    /// <summary>Runs the models on <paramref name="text"/> and offers what they find.</summary>
    public static void Scan(string text, ScannerOptions options, ref CandidateSink sink, int priority)
    {
        if (options.IsEnabled(EntityTypes.PhoneNumber))
        {
            // The Chinese model also finds numbers glued to CJK text (電話0912…), which the English one misses.
            foreach (var result in SequenceRecognizer.RecognizePhoneNumber(text, Culture.Chinese))
                Offer(text, result, EntityTypes.PhoneNumber, ref sink, priority);
        }
        if (options.IsEnabled(EntityTypes.EmailAddress))
        {
            foreach (var result in SequenceRecognizer.RecognizeEmail(text, Culture.English))
                Offer(text, result, EntityTypes.EmailAddress, ref sink, priority);
        }
    }

    private static void Offer(string text, ModelResult result, string type, ref CandidateSink sink, int priority)
    {
        int start = result.Start;
        int end = result.End + 1; // ModelResult.End is inclusive
        if (start < 0 || end > text.Length || end <= start) return;
        if (!sink.TryScore(text.AsSpan(), type, start, end, Scoring.ContextProfile.None, Score, out double score)) return;
        var value = text.Substring(start, end - start);
        var normalized = type == EntityTypes.PhoneNumber ? DigitsOf(value) : value.ToLowerInvariant();
        sink.Add(new Candidate(type, start, end, score, Evasions.None, normalized, priority));
    }

    private static string DigitsOf(string value)
    {
        var digits = new System.Text.StringBuilder(value.Length);
        foreach (char c in value) if (c == '+' || (c >= '0' && c <= '9')) digits.Append(c);
        return digits.ToString();
    }
}
#endif
