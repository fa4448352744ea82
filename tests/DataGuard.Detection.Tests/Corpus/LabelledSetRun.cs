namespace DataGuard.Detection.Tests.Corpus;

/// <summary>
/// One labelled set (realistic lines, obfuscated lines, hard negatives) scanned once with the default scanner; the scores
/// are shared between the target tests of <see cref="IssueTargetTests{TRun}"/>.
/// </summary>
public abstract class LabelledSetRun
{
    private protected LabelledSetRun(
        string name,
        IReadOnlyList<CorpusExample> realistic,
        IReadOnlyList<CorpusExample> obfuscated,
        IReadOnlyList<CorpusExample> hardNegatives)
    {
        var scanner = PersonalDataScanner.Default;
        Name = name;
        Realistic = CorpusEvaluation.Run(realistic, scanner);
        Obfuscated = CorpusEvaluation.Run(obfuscated, scanner);
        HardNegatives = CorpusEvaluation.Run(hardNegatives, scanner);
    }

    internal string Name { get; }
    internal CorpusEvaluation Realistic { get; }
    internal CorpusEvaluation Obfuscated { get; }
    internal CorpusEvaluation HardNegatives { get; }
}
