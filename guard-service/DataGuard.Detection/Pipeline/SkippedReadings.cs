namespace DataGuard.Detection.Pipeline;

/// <summary>
/// The check behind the readings the scanner skips once a value at the highest score covers a whole chain (see
/// <see cref="PersonalDataScanner"/>): the chain's later tokens (<c>2345-6789</c> of <c>(02)2345-6789</c>), those of a
/// value whose chain runs on a little past it (<see cref="LaterTokens"/>) and the recognizers after the one that read
/// the value. Debug builds, which every test run uses, make those readings anyway
/// and keep their candidates here, and the scan's result is resolved with and without them. Were any of them ever to
/// change a finding, the scan throws, so the test suite checks the skips on every test input as the
/// <see cref="Recognizers.ChainRecognizer.Accepts"/> check does for recognizers. Release builds skip the readings.
/// </summary>
internal sealed class SkippedReadings
{
    private readonly List<Candidate> _candidates = new();

    /// <summary>Whether the scanner makes the readings it could skip at all (only to check that it need not).</summary>
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
            throw new InvalidOperationException("A reading skipped inside a value accepted at the highest score changed the findings: the scanner must not skip it.");
    }
}
