namespace DataGuard.Detection.Normalization;

/// <summary>
/// ASCII character classes, in one place: the engine also builds for netstandard2.0, which has no <c>char.IsAscii*</c>, and
/// a digit or letter that is full width or from another script is a look-alike the recognizers weigh on their own.
/// </summary>
internal static class AsciiChars
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    public static bool IsLetterOrDigit(char c) => IsDigit(c) || IsLetter(c);
}
