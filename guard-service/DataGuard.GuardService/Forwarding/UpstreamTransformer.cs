using System.Net.Http.Headers;
using DataGuard.GuardService.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace DataGuard.GuardService.Forwarding;

/// <summary>
/// Replaces the caller's personal key by the upstream's key (staff never hold it), and when the answer must be restored
/// asks for an uncompressed answer and drops its length (restoring changes it).
/// </summary>
internal sealed class UpstreamTransformer(Upstream upstream, bool restoresAnswer) : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.Headers.Remove("api-key");
        proxyRequest.Headers.Authorization = null;
        proxyRequest.Headers.Remove("Cookie");
        if (!string.IsNullOrEmpty(upstream.ApiKey))
        {
            if (string.Equals(upstream.KeyHeader, "Authorization", StringComparison.OrdinalIgnoreCase))
                proxyRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", upstream.ApiKey);
            else
                proxyRequest.Headers.TryAddWithoutValidation(upstream.KeyHeader, upstream.ApiKey);
        }
        if (restoresAnswer) proxyRequest.Headers.AcceptEncoding.Clear();
    }

    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        var result = await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
        if (restoresAnswer) httpContext.Response.ContentLength = null;
        return result;
    }
}
