namespace DataGuard.Detection.Pipeline;

/// <summary>
/// The check behind skipping the later tokens of a value accepted over a whole chain (<c>2345-6789</c> of
/// <c>(02)2345-6789</c>, see <see cref="PersonalDataScanner"/>): debug builds, which every test run uses, read those
/// tokens anyway and keep their candidates here, and the scan's result is resolved with and without them. Were any of
/// them ever to change a finding, the scan throws, so the test suite checks the skip on every test input as the
/// <see cref="Recognizers.ChainRecognizer.Accepts"/> check does for recognizers. Release builds skip the tokens.
/// </summary>
internal sealed class SkippedTokens
{
    private readonly List<Candidate> _candidates = new();

    /// <summary>Whether the scanner reads a token inside an accepted value at all (only to check that it need not).</summary>
    public static bool AreRead =>
#if DEBUG
        true;
#else
        false;
#endif

    public void Add(in Candidate candidate) => _candidates.Add(candidate);

    /// <summary>Throws unless resolving <paramref name="kept"/> together with the skipped candidates gives <paramref name="findings"/>.</summary>
    public void Verify(Candidate[] kept, int count, Finding[] findings)
    {
        var all = new Candidate[count + _candidates.Count];
        Array.Copy(kept, all, count);
        _candidates.CopyTo(all, count);
        var withSkipped = OverlapResolver.Resolve(all, all.Length);
        if (!withSkipped.AsSpan().SequenceEqual(findings))
            throw new InvalidOperationException("A token inside a value accepted over its whole chain changed the findings: the scanner must not skip it.");
    }
}
