namespace DataGuard.Detection.Tests.Corpus;

/// <summary>Scans the whole corpus once with the default scanner and shares the scores between the floor tests.</summary>
public sealed class CorpusRun
{
    public CorpusRun()
    {
        var scanner = PersonalDataScanner.Default;
        Realistic = CorpusEvaluation.Run(LabelledCorpus.Realistic, scanner);
        Obfuscated = CorpusEvaluation.Run(LabelledCorpus.Obfuscated, scanner);
        HardNegatives = CorpusEvaluation.Run(LabelledCorpus.HardNegatives, scanner);
    }

    internal CorpusEvaluation Realistic { get; }
    internal CorpusEvaluation Obfuscated { get; }
    internal CorpusEvaluation HardNegatives { get; }
}
