namespace DataGuard.Detection.Normalization;

/// <summary>
/// A text with its sound-alike digits rewritten (<see cref="HomophoneDigits"/>), character for character, and its runs
/// typed backwards turned round (<see cref="ReversedRuns"/>, round 37), and the merge of what was found in it with what was
/// found in the text as written.
/// </summary>
internal sealed class HomophoneReading
{
    private readonly string _original;
    private readonly List<int>? _guarded;
    private readonly List<(int Start, int End)>? _reversed;

    /// <summary>
    /// A reading of one character that is an ordinary word as well (西, 替) stands for a letter only where an ID word
    /// raises the value's score to at least this (a valid checksum alone gives 0.85).
    /// </summary>
    private const double GuardedMinScore = 0.95;

    /// <summary>
    /// det-plates43: a plate's digit group read from sound-alikes (<see cref="SoundAlikePlateDigits"/>) stands only where a plate
    /// label, a driving verb, a vehicle noun or an accident's role word lifts the plate above what the 2012 layout scores
    /// alone (0.6): a group of such characters beside a code is a word as often.
    /// </summary>
    private const double NamedPlateMinScore = 0.7;

    private readonly List<int>? _plateGroups;

    public HomophoneReading(string original, string text, List<int>? guarded = null, List<(int Start, int End)>? reversed = null, List<int>? plateGroups = null)
    {
        _plateGroups = plateGroups;
        _reversed = reversed;
        _original = original;
        Text = text;
        _guarded = guarded;
    }

    /// <summary>The text the recognizers read: same length, sound-alike digits as ASCII digits.</summary>
    public string Text { get; }

    /// <summary>
    /// The findings of the text as written, with each finding of the rewritten text that reads a sound-alike digit in
    /// place of those it overlaps — when it scores at least as high as each of them. A reading that only glues a
    /// stray character onto a plain value (舊0912…) validates worse or not at all, and the plain value stays.
    /// </summary>
    public IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> written, IReadOnlyList<Finding> read)
    {
        List<Finding>? merged = null;
        for (int r = 0; r < read.Count; r++)
        {
            if (!TryMapBack(read[r], out var f)) continue;
            if (!ReadsSoundAlike(f) || !Outscores(f, merged ?? written) || IsUnsupportedWord(f)) continue;
            merged = PutInPlace(merged, written, IsReversed(f) ? f : new Finding(f.Type, f.Start, f.Length, f.Score, f.Evasions | Evasions.Homophones, f.NormalizedValue));
        }
        return InOrder(merged, written);
    }

    /// <summary>
    /// <paramref name="f"/> in place of the findings it overlaps, in a copy of <paramref name="written"/> made on the first
    /// replacement: how a second reading of a text (sound-alikes, worked-out sums) puts its findings among the first's.
    /// </summary>
    internal static List<Finding> PutInPlace(List<Finding>? merged, IReadOnlyList<Finding> written, Finding f)
    {
        merged ??= new List<Finding>(written);
        merged.RemoveAll(w => w.Start < f.End && f.Start < w.End);
        merged.Add(f);
        return merged;
    }

    /// <summary>The merged findings by start, or <paramref name="written"/> as it was when nothing was put in place.</summary>
    internal static IReadOnlyList<Finding> InOrder(List<Finding>? merged, IReadOnlyList<Finding> written)
    {
        if (merged is null) return written;
        merged.Sort((a, b) => a.Start.CompareTo(b.Start));
        return merged;
    }

    // A finding inside a run turned round is reported where the run is written: its span mirrored in the run. One that
    // crosses a run's edge reads part of it forwards and part backwards, and is no value.
    private bool TryMapBack(Finding read, out Finding mapped)
    {
        mapped = read;
        if (_reversed is null) return true;
        foreach (var (start, end) in _reversed)
        {
            if (read.Start >= end || read.End <= start) continue;
            if (read.Start < start || read.End > end) return false;
            mapped = new Finding(read.Type, start + end - read.End, read.Length, read.Score, read.Evasions, read.NormalizedValue);
            return true;
        }
        return true;
    }

    private bool IsReversed(Finding f)
    {
        if (_reversed is null) return false;
        foreach (var (start, end) in _reversed)
        {
            if (f.Start >= start && f.End <= end) return true;
        }
        return false;
    }

    private bool ReadsSoundAlike(Finding f)
    {
        for (int k = f.Start; k < f.End; k++)
        {
            if (Text[k] != _original[k]) return true;
        }
        return false;
    }

    // A one-character letter reading (see LetterReadings) inside the finding, without an ID word to support it.
    private bool IsUnsupportedWord(Finding f) =>
        f.Score < GuardedMinScore && HoldsAny(f, _guarded) || f.Score < NamedPlateMinScore && HoldsAny(f, _plateGroups);

    private static bool HoldsAny(Finding f, List<int>? starts)
    {
        if (starts is null) return false;
        foreach (int k in starts)
        {
            if (k >= f.Start && k < f.End) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether no finding that <paramref name="f"/> overlaps scores higher: a second reading may take its place. With
    /// <paramref name="partsGiveWay"/>, a finding of the same type that <paramref name="f"/> covers whole is a part of the
    /// value cut short where the disguise began (round 42: <c>WAS-718(7+1)</c>, the 3+3 plate WAS-718 inside WAS-7188) and
    /// gives way whatever its score.
    /// </summary>
    internal static bool Outscores(Finding f, IReadOnlyList<Finding> findings, bool partsGiveWay = false)
    {
        for (int k = 0; k < findings.Count; k++)
        {
            var w = findings[k];
            if (w.Start >= f.End || f.Start >= w.End || w.Score <= f.Score) continue;
            if (partsGiveWay && w.Type == f.Type && w.Start >= f.Start && w.End <= f.End) continue;
            return false;
        }
        return true;
    }
}
