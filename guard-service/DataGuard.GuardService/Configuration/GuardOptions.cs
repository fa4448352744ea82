using System.ComponentModel.DataAnnotations;

namespace DataGuard.GuardService.Configuration;

/// <summary>Limits of the guard (section <c>DataGuard:Guard</c>). Everything beyond them is refused, never forwarded unscanned.</summary>
public sealed class GuardOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DataGuard:Guard";

    /// <summary>Largest request body accepted, compressed or not, and largest body after decompression. Default 1 MB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted. Default 64.</summary>
    [Range(4, 256)]
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Longest time screening may take before the request is refused with 503. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00")]
    public TimeSpan ScanTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Bodies up to this size are screened on the request's own thread; larger ones on the thread pool under
    /// <see cref="ScanTimeout"/>. Default 32 KB.
    /// </summary>
    [Range(0, 64 * 1024 * 1024)]
    public int InlineScreeningBytes { get; set; } = 32 * 1024;

    /// <summary>Largest non-streamed upstream answer that is restored when pseudonymizing. Default 16 MB.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxAnswerBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Further POST routes (ASP.NET route templates, e.g. <c>/openai/deployments/{deployment}/audio/translations</c>) that are
    /// screened like the built-in ones and forwarded to the upstream of their family. Everything else is refused.
    /// </summary>
    public List<string> AdditionalRoutes { get; set; } = new();
}
