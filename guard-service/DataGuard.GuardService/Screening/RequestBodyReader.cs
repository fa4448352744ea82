using System.Buffers;
using System.IO.Compression;
using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Errors;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Screening;

/// <summary>
/// Reads a JSON request body within the limits: declared as JSON, at most <see cref="GuardOptions.MaxBodyBytes"/> as sent
/// and after decompression (gzip, deflate, br), else 400/413/415. What it cannot read is refused, never passed on.
/// </summary>
public sealed class RequestBodyReader(IOptionsMonitor<GuardOptions> options)
{
    /// <summary>Reads the whole (decompressed) body.</summary>
    public async Task<byte[]> ReadAsync(HttpRequest request)
    {
        var limit = options.CurrentValue.MaxBodyBytes;
        if (!IsJson(request.ContentType)) throw new GuardErrorException(GuardError.WrongContentType());
        if (request.ContentLength > limit) throw new GuardErrorException(GuardError.TooLarge(limit));

        var contentEncoding = request.Headers.ContentEncoding.ToString();
        var encodings = contentEncoding.Length == 0
            ? []
            : contentEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(e => !e.Equals("identity", StringComparison.OrdinalIgnoreCase))
                .ToArray();
        var raw = request.ContentLength is { } declared && encodings.Length == 0
            ? await ReadDeclaredAsync(request.Body, (int)declared, limit, request.HttpContext.RequestAborted)
            : await ReadLimitedAsync(request.Body, limit, request.HttpContext.RequestAborted);
        // Encodings are listed in the order applied, so they are undone last-first.
        for (int i = encodings.Length - 1; i >= 0; i--)
        {
            await using var decompressing = Decompress(encodings[i], new MemoryStream(raw));
            try
            {
                raw = await ReadLimitedAsync(decompressing, limit, request.HttpContext.RequestAborted);
            }
            catch (InvalidDataException)
            {
                throw new GuardErrorException(GuardError.InvalidJson($"The request body is not valid {encodings[i]} data."));
            }
        }
        return raw;
    }

    private static Stream Decompress(string encoding, Stream input) => encoding.ToLowerInvariant() switch
    {
        "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
        "deflate" => new ZLibStream(input, CompressionMode.Decompress),
        "br" => new BrotliStream(input, CompressionMode.Decompress),
        _ => throw new GuardErrorException(GuardError.UnsupportedEncoding()),
    };

    // The common case (Content-Length, no encoding): one array of the declared size, filled in place, no intermediate copies.
    private static async Task<byte[]> ReadDeclaredAsync(Stream source, int length, int limit, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        int filled = await source.ReadAtLeastAsync(body, length, throwOnEndOfStream: false, cancellationToken);
        if (filled < length) throw new GuardErrorException(GuardError.InvalidJson("The request body is shorter than its Content-Length."));
        // The server enforces Content-Length; a byte beyond it would be a protocol error, never silently dropped here.
        var probe = new byte[1];
        if (await source.ReadAsync(probe, cancellationToken) > 0) throw new GuardErrorException(GuardError.TooLarge(limit));
        return body;
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream source, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) throw new GuardErrorException(GuardError.TooLarge(limit));
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
