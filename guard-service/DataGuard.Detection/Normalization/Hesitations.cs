using System;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// The English hesitations speech-to-text writes between the groups of a number read out (0987 uh 393807, 0917 hmm 567
/// er 333): the filler reader reads across them, a split mobile may stand on them alone, and a plate's letters are never one.
/// </summary>
internal static class Hesitations
{
    /// <summary>Lower case, longest first (hmm before hm, erm before er), for readers that take the first word that fits.</summary>
    public static readonly string[] English = { "hmm", "umm", "uhm", "erm", "hm", "uh", "um", "er", "ah", "eh" };

    /// <summary>Whether <paramref name="word"/> is one of <see cref="English"/> as the chain folds it (either case, full-width: UH, ｕｈ).</summary>
    public static bool IsEnglish(ReadOnlySpan<char> word)
    {
        foreach (var hesitation in English)
        {
            if (hesitation.Length != word.Length) continue;
            int i = 0;
            while (i < word.Length && CharFolding.Fold(word[i]).Value == char.ToUpperInvariant(hesitation[i])) i++;
            if (i == word.Length) return true;
        }
        return false;
    }
}
