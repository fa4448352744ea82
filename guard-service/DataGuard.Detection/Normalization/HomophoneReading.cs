namespace DataGuard.Detection.Normalization;

/// <summary>
/// A text with its sound-alike digits rewritten (<see cref="HomophoneDigits"/>), character for character, and the
/// merge of what was found in it with what was found in the text as written.
/// </summary>
internal sealed class HomophoneReading
{
    private readonly string _original;
    private readonly List<int>? _guarded;

    /// <summary>
    /// A reading of one character that is an ordinary word as well (西, 替) stands for a letter only where an ID word
    /// raises the value's score to at least this (a valid checksum alone gives 0.85).
    /// </summary>
    private const double GuardedMinScore = 0.95;

    public HomophoneReading(string original, string text, List<int>? guarded = null)
    {
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
            var f = read[r];
            if (!ReadsSoundAlike(f) || !Outscores(f, merged ?? written) || IsUnsupportedWord(f)) continue;
            merged ??= new List<Finding>(written);
            merged.RemoveAll(w => w.Start < f.End && f.Start < w.End);
            merged.Add(new Finding(f.Type, f.Start, f.Length, f.Score, f.Evasions | Evasions.Homophones, f.NormalizedValue));
        }
        if (merged is null) return written;
        merged.Sort((a, b) => a.Start.CompareTo(b.Start));
        return merged;
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
    private bool IsUnsupportedWord(Finding f)
    {
        if (_guarded is null || f.Score >= GuardedMinScore) return false;
        foreach (int k in _guarded)
        {
            if (k >= f.Start && k < f.End) return true;
        }
        return false;
    }

    private static bool Outscores(Finding f, IReadOnlyList<Finding> findings)
    {
        for (int k = 0; k < findings.Count; k++)
        {
            var w = findings[k];
            if (w.Start < f.End && f.Start < w.End && w.Score > f.Score) return false;
        }
        return true;
    }
}
