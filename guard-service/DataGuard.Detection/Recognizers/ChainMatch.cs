namespace DataGuard.Detection.Recognizers;

/// <summary>What a <see cref="ChainRecognizer"/> found at the start of a chain, before context scoring.</summary>
internal struct ChainMatch
{
    /// <summary>Number of chain characters the value uses.</summary>
    public int Count;

    /// <summary>Start offset in the original text.</summary>
    public int Start;

    /// <summary>Exclusive end offset in the original text.</summary>
    public int End;

    /// <summary>Score from the value's own evidence (layout, checksum, numbering plan), before context.</summary>
    public double BaseScore;

    /// <summary>Disguises undone.</summary>
    public Evasions Evasions;

    /// <summary>Recognizer-specific detail carried to normalisation (e.g. which layout matched).</summary>
    public int Variant;
}
