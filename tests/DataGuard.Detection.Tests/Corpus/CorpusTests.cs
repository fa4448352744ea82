using Xunit.Abstractions;

namespace DataGuard.Detection.Tests.Corpus;

/// <summary>The issue-2 targets on the labelled corpus of this folder.</summary>
public sealed class CorpusTests(CorpusRun run, ITestOutputHelper output) : IssueTargetTests<CorpusRun>(run, output);
