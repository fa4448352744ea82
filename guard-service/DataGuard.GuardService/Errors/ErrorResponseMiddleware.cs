using Microsoft.AspNetCore.Http.Features;

namespace DataGuard.GuardService.Errors;

/// <summary>
/// Turns <see cref="GuardErrorException"/>, Kestrel's body-size errors and body-less error statuses into the one error shape.
/// Anything unexpected becomes a 503: nothing was forwarded, and no exception text (which could quote data) is returned.
/// </summary>
public sealed class ErrorResponseMiddleware(RequestDelegate next, ILogger<ErrorResponseMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (GuardErrorException ex) when (!context.Response.HasStarted)
        {
            await ex.Error.WriteAsync(context);
            return;
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted && ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0;
            await GuardError.TooLarge((int)Math.Min(limit, int.MaxValue)).WriteAsync(context);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // The exception type only: messages of parser or scanner errors can quote request text.
            logger.LogError("Request {RequestId} failed with {ExceptionType}; nothing was forwarded.", context.TraceIdentifier, ex.GetType().Name);
            await GuardError.ScreeningUnavailable().WriteAsync(context);
            return;
        }

        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null && context.Response.ContentType is null)
        {
            var error = context.Response.StatusCode switch
            {
                401 => GuardError.Unauthorized(),
                403 => GuardError.Forbidden(),
                404 => GuardError.UnknownRoute(),
                405 => GuardError.MethodNotAllowed(),
                429 => GuardError.RateLimited(),
                _ => GuardError.ForStatus(context.Response.StatusCode),
            };
            await error.WriteAsync(context);
        }
    }
}
