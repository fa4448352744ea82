namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// The test assembly's entry point (instead of the one the test SDK generates, which does nothing): with
/// <c>--analyze-shape NAME</c> it is the child process of <see cref="AdversarialShapeTests"/>; with
/// <c>--profile-overhead DIR [ROUNDS]</c> it is the in-process overhead harness of bench/README.md.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
        => args switch
        {
            [ShapeAnalysis.Argument, var shape] => ShapeAnalysis.Run(shape),
            [OverheadProfile.Argument, var folder] => OverheadProfile.Run(folder, 3),
            [OverheadProfile.Argument, var folder, var rounds] => OverheadProfile.Run(folder, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
            _ => 0,
        };
}
