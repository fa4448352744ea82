using System.Diagnostics;
using System.Net;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Errors;
using DataGuard.Screening;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace DataGuard.GuardService.Forwarding;

/// <summary>Sends a screened request to the upstream of its route family with YARP, restoring the answer when pseudonymized.</summary>
public sealed class UpstreamForwarder : IDisposable
{
    private readonly IHttpForwarder _forwarder;
    private readonly IOptionsMonitor<UpstreamOptions> _upstreams;
    private readonly IOptionsMonitor<GuardOptions> _guard;
    private readonly HttpMessageInvoker _client;
    private readonly ILogger<UpstreamForwarder> _logger;

    /// <summary>Creates the forwarder with one pooled HTTP client (no proxy, no redirects, no cookies, no decompression).</summary>
    public UpstreamForwarder(IHttpForwarder forwarder, IOptionsMonitor<UpstreamOptions> upstreams, IOptionsMonitor<GuardOptions> guard, ILogger<UpstreamForwarder> logger)
    {
        _logger = logger;
        _forwarder = forwarder;
        _upstreams = upstreams;
        _guard = guard;
        _client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            EnableMultipleHttp2Connections = true,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        });
    }

    /// <summary>Forwards <paramref name="body"/> (the screened, possibly redacted, uncompressed JSON).</summary>
    public async Task ForwardAsync(HttpContext context, RouteFamily family, byte[] body, ScreeningDecision decision)
    {
        var upstream = _upstreams.CurrentValue.For(family);
        if (!upstream.IsConfigured) throw new GuardErrorException(GuardError.NoUpstream());

        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        context.Request.Headers.Remove("Content-Encoding");
        // The body was read to screen it; tell YARP that the replacement stream is a body to send.
        context.Features.Set<IHttpRequestBodyDetectionFeature>(ScreenedBody.Instance);

        var originalBody = context.Response.Body;
        RestoringResponseStream? restoring = null;
        if (decision.RestoresAnswer)
        {
            restoring = new RestoringResponseStream(context.Response, originalBody, decision.Pseudonyms, _guard.CurrentValue.MaxAnswerBytes);
            context.Response.Body = restoring;
        }
        ForwarderError error;
        try
        {
            error = await _forwarder.SendAsync(context, upstream.Address!, _client, ForwarderRequestConfig.Empty, new UpstreamTransformer(upstream, decision.RestoresAnswer));
            if (restoring is not null && error == ForwarderError.None) await restoring.CompleteAsync(context.RequestAborted);
        }
        finally
        {
            context.Response.Body = originalBody;
        }
        if (error != ForwarderError.None)
        {
            var failure = context.Features.Get<IForwarderErrorFeature>()?.Exception;
            _logger.LogWarning("Forwarding request {RequestId} failed: {Error} ({ExceptionType}: {ExceptionMessage})",
                context.TraceIdentifier, error, failure?.GetType().Name, failure?.Message);
        }
        if (error != ForwarderError.None && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await GuardError.UpstreamUnreachable().WriteAsync(context);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private sealed class ScreenedBody : IHttpRequestBodyDetectionFeature
    {
        public static readonly ScreenedBody Instance = new();

        public bool CanHaveBody => true;
    }
}
