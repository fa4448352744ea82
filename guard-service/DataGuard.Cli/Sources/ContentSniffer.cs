using System.Buffers;
using System.Text.Unicode;

namespace DataGuard.Cli.Sources;

/// <summary>
/// Tells text from binary by the first block of a file: NUL bytes or bytes that are not UTF-8 mean binary
/// (images, archives, databases), which the sweep skips rather than report noise from.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many bytes are examined.</summary>
    public const int BlockSize = 8192;

    /// <summary>Whether <paramref name="head"/> (the first bytes of a file) looks binary.</summary>
    /// <param name="head">Up to <see cref="BlockSize"/> bytes from the start of the file.</param>
    /// <param name="isWholeFile">True when <paramref name="head"/> is the entire file (a truncated last character is then invalid).</param>
    /// <param name="requireUtf8">Whether bytes that are not UTF-8 mean binary (false when a legacy encoding such as Big5 was chosen).</param>
    public static bool LooksBinary(ReadOnlySpan<byte> head, bool isWholeFile, bool requireUtf8 = true)
    {
        if (HasUnicodeBom(head)) return false; // UTF-16/32 text legitimately contains NUL bytes
        if (head.IndexOf((byte)0) >= 0) return true;
        if (!requireUtf8) return false;

        var chars = ArrayPool<char>.Shared.Rent(head.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(head, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: isWholeFile);
            return status == OperationStatus.InvalidData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool HasUnicodeBom(ReadOnlySpan<byte> head) =>
        head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF })
        || head.StartsWith(new byte[] { 0x00, 0x00, 0xFE, 0xFF });
}
