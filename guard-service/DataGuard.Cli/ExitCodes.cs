namespace DataGuard.Cli;

/// <summary>Process exit codes: a public contract that scripts and CI pipelines rely on.</summary>
public static class ExitCodes
{
    /// <summary>Everything was scanned and nothing was found (or, for redact, everything was written).</summary>
    public const int Clean = 0;

    /// <summary>Personal data was found at or above the minimum score.</summary>
    public const int FindingsReported = 1;

    /// <summary>Usage error, or an input that could not be read or written.</summary>
    public const int Failure = 2;
}
