namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// The test assembly's entry point (instead of the one the test SDK generates, which does nothing): with
/// <c>--analyze-shape NAME</c> it is the child process of <see cref="AdversarialShapeTests"/>.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
        => args.Length == 2 && args[0] == ShapeAnalysis.Argument ? ShapeAnalysis.Run(args[1]) : 0;
}
