namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A value inside a web address (hxxps://fine-pay.example.top/1234 in a scam text message): the top-level domain and the path
/// are no plate, whatever their shape (set O); nor is the port after its host (https://10.0.0.7:8443/v1, round 26).
/// </summary>
internal static class UrlPath
{
    /// <summary>How far back a value may start from the scheme of its address.</summary>
    private const int Reach = 64;

    /// <summary>Characters of a host or path, walked back over to find the scheme.</summary>
    private const string UrlChars = ".-_~/:%?=&#+@";

    // Whether the value starting here continues an address: walking back over the characters of a URL finds "://".
    internal static bool Continues(ReadOnlySpan<char> text, int start)
    {
        if (start == 0 || text[start - 1] is not ('.' or '/' or ':')) return false;
        int i = start;
        while (i > 0 && start - i < Reach && IsUrlChar(text[i - 1])) i--;
        return text.Slice(i, start - i).IndexOf("://".AsSpan()) >= 0;
    }

    private static bool IsUrlChar(char c) => c < 128 && (char.IsLetterOrDigit(c) || UrlChars.IndexOf(c) >= 0);
}
