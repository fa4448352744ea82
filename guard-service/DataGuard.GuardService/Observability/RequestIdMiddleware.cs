namespace DataGuard.GuardService.Observability;

/// <summary>Gives every request an id, returned in <c>x-dataguard-request-id</c> and stored in its audit record.</summary>
public sealed class RequestIdMiddleware(RequestDelegate next)
{
    /// <summary>The response header.</summary>
    public const string HeaderName = "x-dataguard-request-id";

    /// <summary>Assigns the id and runs the request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var id = Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        // Set when the response starts, so upstream headers or a cleared error response cannot drop it.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
