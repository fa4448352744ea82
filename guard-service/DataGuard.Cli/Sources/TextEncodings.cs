using System.Text;

namespace DataGuard.Cli.Sources;

/// <summary>
/// Encodings the tool reads and writes. UTF-8 by default; legacy code pages such as Big5 (still common in exports from
/// older Taiwanese systems) come from the code-pages provider.
/// </summary>
internal static class TextEncodings
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Looks up an encoding by name (<c>utf-8</c>, <c>big5</c>, <c>utf-16</c>…); null when unknown.</summary>
    public static Encoding? Find(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding is UTF8Encoding ? Utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="encoding"/> is UTF-8 (the only case where invalid bytes mean binary).</summary>
    public static bool IsUtf8(Encoding encoding) => encoding.CodePage == Encoding.UTF8.CodePage;
}
