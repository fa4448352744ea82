using DataGuard.Detection.Tests.Corpus;

namespace DataGuard.Detection.Tests.HeldOut;

/// <summary>The red-team held-out set, scanned once.</summary>
public sealed class HeldOutRun()
    : LabelledSetRun("Held-out set", HeldOutSet.Prompts, HeldOutSet.Obfuscated, HeldOutSet.Negatives);
