using Microsoft.AspNetCore.Diagnostics;

namespace PoliceRecords.Api.Privacy;

/// <summary>Turns failed look-ups into 404 problem responses; the exception's message is the response's detail.</summary>
public sealed class NotFoundExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (SubjectNotFoundException or CitizenNotFoundException))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Title = "Not found", Detail = exception.Message, Status = StatusCodes.Status404NotFound },
        });
    }
}
