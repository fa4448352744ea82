namespace DataGuard.Detection.Tests.Corpus;

/// <summary>The labelled corpus of this folder, scanned once.</summary>
public sealed class CorpusRun()
    : LabelledSetRun("Labelled corpus", LabelledCorpus.Realistic, LabelledCorpus.Obfuscated, LabelledCorpus.HardNegatives);
