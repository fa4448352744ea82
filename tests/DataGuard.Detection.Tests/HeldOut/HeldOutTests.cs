using DataGuard.Detection.Tests.Corpus;
using Xunit.Abstractions;

namespace DataGuard.Detection.Tests.HeldOut;

/// <summary>
/// The issue-2 targets on the red-team held-out set, scored like the labelled corpus; what is still missed is listed
/// in HeldOut/GAPS.md.
/// </summary>
public sealed class HeldOutTests(HeldOutRun run, ITestOutputHelper output) : IssueTargetTests<HeldOutRun>(run, output);
