namespace DataGuard.Detection.Scoring;

/// <summary>
/// The words around a value that make it more or less likely to be what a recognizer thinks it is.
/// Strong and weak words are looked for on both sides within <see cref="ScannerOptions.ContextWindow"/>; negative
/// words (labels of look-alikes such as 訂單編號 or 發票) only just before the value, where a label sits.
/// </summary>
internal sealed class ContextProfile
{
    public ContextProfile(
        string[] strong,
        string[] weak,
        string[]? negative = null,
        double strongBoost = 0.3,
        double weakBoost = 0.15,
        double negativePenalty = 0.35,
        int negativeWindow = 16,
        bool labelDominates = false,
        bool labelReachesAcrossValues = false,
        NegativeRelease? negativeReleasedBy = null)
    {
        NegativeReleasedBy = negativeReleasedBy;
        LabelDominates = labelDominates;
        LabelReachesAcrossValues = labelDominates || labelReachesAcrossValues;
        Strong = ContextWord.Searched(strong);
        Weak = ContextWord.Searched(weak);
        Negative = ContextWord.Searched(negative ?? Array.Empty<string>());
        StrongBoost = strongBoost;
        WeakBoost = weakBoost;
        NegativePenalty = negativePenalty;
        NegativeWindow = negativeWindow;
        StrongListId = ContextVocabulary.RegisterList(Strong);
        WeakListId = ContextVocabulary.RegisterList(Weak);
        NegativeListId = ContextVocabulary.RegisterList(Negative);
    }

    /// <summary>Words that name the type outright (身分證字號, plate…).</summary>
    public ContextWord[] Strong { get; }

    /// <summary>Words that make the type more likely (姓名, 聯絡…).</summary>
    public ContextWord[] Weak { get; }

    /// <summary>Labels of look-alikes, searched just before the value.</summary>
    public ContextWord[] Negative { get; }

    /// <summary>The numbers under which <see cref="ContextWordIndex"/> keeps the occurrences of each list in a scan.</summary>
    public int StrongListId { get; }

    /// <inheritdoc cref="StrongListId"/>
    public int WeakListId { get; }

    /// <inheritdoc cref="StrongListId"/>
    public int NegativeListId { get; }

    public double StrongBoost { get; }

    public double WeakBoost { get; }

    public double NegativePenalty { get; }

    /// <summary>
    /// A look-alike label wins over any context and reaches back over other values of the same clause
    /// ("車牌辨識攝影機型號 LPR-2000 與 LPR-3500": both are models, whatever 車牌 says).
    /// </summary>
    public bool LabelDominates { get; }

    /// <summary>A look-alike label covers every value listed after it in its clause ("發票號碼 FA73845195、AB48049913").</summary>
    public bool LabelReachesAcrossValues { get; }

    /// <summary>How far before the value negative labels are looked for.</summary>
    public int NegativeWindow { get; }

    /// <summary>
    /// Whether what stands between a negative label found in [from, start) and the value takes the label off it (a nearer
    /// word naming the type, another value the label named); null when nothing does.
    /// </summary>
    public NegativeRelease? NegativeReleasedBy { get; }

    /// <summary>See <see cref="NegativeReleasedBy"/>.</summary>
    public delegate bool NegativeRelease(ReadOnlySpan<char> text, int from, int start);

    /// <summary>A profile with no words (the value stands on its own, e.g. an e-mail address).</summary>
    public static ContextProfile None { get; } = new(Array.Empty<string>(), Array.Empty<string>());
}
