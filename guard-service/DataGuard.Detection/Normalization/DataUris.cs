using System.Text;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 29 (categories of sets U17, U18): a data: URI of a text type holds its text as base64
/// (<c>data:text/plain;base64,MDkx…</c>, <c>data:text/vcard;charset=utf-8;base64,…</c>). Decoding it is reading the
/// wrapper a browser or mail client reads, not breaking a cipher: the payload is the text itself, in the standard encoding
/// the URI names (RFC 2397). Only text/* payloads that decode as UTF-8 are read; images and other binary types are left
/// as written. Each decoded character maps back to the start of the four base64 characters its first byte is in, so a
/// finding covers the base64 that encodes it. Text without ";base64," is not copied.
/// </summary>
internal static class DataUris
{
    private const string Marker = ";base64,";

    /// <summary>How far before the marker the URI's "data:" and media type may start (parameters included).</summary>
    private const int MaxHeader = 120;

    /// <summary>Characters that end a URI before the marker: the "data:" found belongs to some other text.</summary>
    private const string HeaderEnds = " \t\n\"'<>";

    /// <summary>The text with every text/* data URI's payload decoded, or null when it holds none (nothing is allocated).</summary>
    public static DecodedText? Decode(string text)
    {
        var span = text.AsSpan();
        int marker = text.IndexOf(Marker, StringComparison.Ordinal); // RFC 2397 writes it so; a vectorised search on clean text
        if (marker < 0) return null;
        StringBuilder? decoded = null;
        List<int>? origins = null;
        int copied = 0;
        for (; marker >= 0; marker = text.IndexOf(Marker, marker + Marker.Length, StringComparison.Ordinal))
        {
            int payload = marker + Marker.Length;
            int payloadEnd = PayloadEnd(span, payload);
            if (!IsTextType(text, marker) || !TryDecode(span.Slice(payload, payloadEnd - payload), out string? inner)) continue;
            decoded ??= new StringBuilder(text.Length);
            origins ??= new List<int>(text.Length + 1);
            for (int k = copied; k < payload; k++) origins.Add(k);
            decoded.Append(text, copied, payload - copied);
            AddOrigins(inner!, payload, origins);
            decoded.Append(inner);
            copied = payloadEnd;
        }
        if (decoded is null || origins is null) return null;
        for (int k = copied; k < text.Length; k++) origins.Add(k);
        decoded.Append(text, copied, text.Length - copied);
        origins.Add(text.Length);
        return new DecodedText(text, decoded.ToString(), origins.ToArray(), smallAt: false);
    }

    // "data:text/plain" (or text/csv, text/vcard…) right before the marker, with only parameters (;charset=utf-8) between.
    private static bool IsTextType(string text, int marker)
    {
        int from = Math.Max(0, marker - MaxHeader);
        int data = text.LastIndexOf("data:", marker - 1, marker - from, StringComparison.OrdinalIgnoreCase);
        if (data < 0) return false;
        var type = text.AsSpan(data + "data:".Length, marker - data - "data:".Length);
        return type.StartsWith("text/".AsSpan(), StringComparison.OrdinalIgnoreCase) && type.IndexOfAny(HeaderEnds.AsSpan()) < 0;
    }

    // The base64 alphabet and its padding.
    private static int PayloadEnd(ReadOnlySpan<char> text, int from)
    {
        int k = from;
        while (k < text.Length && (AsciiChars.IsLetterOrDigit(text[k]) || text[k] is '+' or '/' or '=')) k++;
        return k;
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Whole quads with padding only at the end, and bytes that are UTF-8 text: anything else is no text payload.
    private static bool TryDecode(ReadOnlySpan<char> payload, out string? inner)
    {
        inner = null;
        if (payload.Length < 4 || payload.Length % 4 != 0) return false;
        int padding = payload[payload.Length - 1] == '=' ? payload[payload.Length - 2] == '=' ? 2 : 1 : 0;
        if (payload.Slice(0, payload.Length - padding).IndexOf('=') >= 0) return false;
        try
        {
            inner = StrictUtf8.GetString(Convert.FromBase64String(payload.ToString()));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // Each decoded character comes from the base64 quad its first UTF-8 byte is encoded in.
    private static void AddOrigins(string inner, int payload, List<int> origins)
    {
        int bytes = 0;
        for (int k = 0; k < inner.Length; k++)
        {
            origins.Add(payload + bytes / 3 * 4);
            char c = inner[k];
            if (char.IsHighSurrogate(c) && k + 1 < inner.Length)
            {
                origins.Add(payload + bytes / 3 * 4);
                bytes += 4;
                k++;
                continue;
            }
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
    }
}
