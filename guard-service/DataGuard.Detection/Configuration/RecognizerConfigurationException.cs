namespace DataGuard.Detection.Configuration;

/// <summary>Configured recognizers that cannot be used: every problem found, one English line each.</summary>
public sealed class RecognizerConfigurationException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public RecognizerConfigurationException(IReadOnlyList<string> errors)
        : base("Invalid recognizer configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors)) =>
        Errors = errors;

    /// <summary>The problems, one per line of the message.</summary>
    public IReadOnlyList<string> Errors { get; }
}

/// <summary>
/// A configured pattern took longer than its <see cref="CustomRecognizerOptions.MatchTimeoutMilliseconds"/> on a text.
/// The text has not been screened and must not be passed on. The message names the type, never the text.
/// </summary>
public sealed class RecognizerTimeoutException : TimeoutException
{
    /// <summary>Creates the exception for <paramref name="type"/>.</summary>
    public RecognizerTimeoutException(string type, int milliseconds)
        : base($"The configured recognizer {type} took longer than {milliseconds} ms on a text; the text was not screened.") =>
        Type = type;

    /// <summary>The entity type whose pattern timed out.</summary>
    public string Type { get; }
}
