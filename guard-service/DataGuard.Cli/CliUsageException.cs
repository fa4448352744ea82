namespace DataGuard.Cli;

/// <summary>
/// A mistake in how the command was called, found after parsing (e.g. the hash operator without a key).
/// Its message is shown to the user as is, so it never carries input text.
/// </summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public CliUsageException(string message) : base(message) { }
}
