using DataGuard.Detection.Tests.Corpus;

namespace DataGuard.Detection.Tests.HeldOut;

/// <summary>Scans the held-out set once with the default scanner and shares the scores between the tests.</summary>
public sealed class HeldOutRun
{
    public HeldOutRun()
    {
        var scanner = PersonalDataScanner.Default;
        Prompts = CorpusEvaluation.Run(HeldOutSet.Prompts, scanner);
        Obfuscated = CorpusEvaluation.Run(HeldOutSet.Obfuscated, scanner);
        Negatives = CorpusEvaluation.Run(HeldOutSet.Negatives, scanner);
    }

    internal CorpusEvaluation Prompts { get; }
    internal CorpusEvaluation Obfuscated { get; }
    internal CorpusEvaluation Negatives { get; }
}
