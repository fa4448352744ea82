namespace DataGuard.GuardService.Errors;

/// <summary>Stops a request with a <see cref="GuardError"/>; the error middleware writes it.</summary>
public sealed class GuardErrorException(GuardError error) : Exception(error.Message.ToString())
{
    /// <summary>The error to return.</summary>
    public GuardError Error { get; } = error;
}
