namespace DataGuard.Screening;

/// <summary>The request body is not a JSON object the screener can read. The message is safe to show: it never quotes the body.</summary>
public sealed class RequestFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestFormatException(string message, Exception? inner = null) : base(message, inner) { }
}
