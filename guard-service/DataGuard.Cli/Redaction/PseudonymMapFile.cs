using System.Text.Json;
using DataGuard.Detection.Redaction;

namespace DataGuard.Cli.Redaction;

/// <summary>
/// Saves a run's placeholder → original table (<c>redact --map FILE</c>) so pseudonymised files can be restored later.
/// The file holds the personal data itself: it belongs wherever the originals are allowed to be.
/// </summary>
internal static class PseudonymMapFile
{
    /// <summary>Writes <c>{"&lt;TW_NATIONAL_ID_1&gt;": "A123456789", …}</c> to <paramref name="path"/>.</summary>
    public static void Write(string path, PseudonymMap map)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        foreach (var placeholder in map.Placeholders)
        {
            if (map.TryGetOriginal(placeholder, out var original)) writer.WriteString(placeholder, original);
        }
        writer.WriteEndObject();
    }
}
