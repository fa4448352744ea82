using System.Security.Cryptography;
using System.Text.Json;

namespace DataGuard.Audit.Checkpoints;

/// <summary>
/// The append-only place for checkpoints: one JSON file per checkpoint, created once (never overwritten) and made read-only.
/// Keep it outside the database (another disk, a WORM share, a copy shipped off the host); several instances may share it.
/// </summary>
public sealed class CheckpointDirectory(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The folder.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>A checkpoint file as read: its name, content and the SHA-256 of its bytes (what the next one names).</summary>
    public sealed record Entry(string FileName, Checkpoint? Checkpoint, string Digest);

    /// <summary>Writes a new checkpoint file; fails if one with that name exists (append-only).</summary>
    /// <remarks>
    /// The bytes go to a hidden temporary file first and are moved under the final name without overwriting, so another
    /// instance or a verifier reading the folder never meets a checkpoint half written or still held open.
    /// </remarks>
    public Entry Append(Checkpoint checkpoint)
    {
        Directory.CreateDirectory(Path);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(checkpoint, Json);
        var file = System.IO.Path.Combine(Path, checkpoint.FileName);
        var staging = System.IO.Path.Combine(Path, $".{checkpoint.FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            WriteReadOnly(staging, bytes);
            File.Move(staging, file, overwrite: false);
        }
        finally
        {
            if (File.Exists(staging))
            {
                File.SetAttributes(staging, FileAttributes.Normal);
                File.Delete(staging);
            }
        }
        return new Entry(checkpoint.FileName, checkpoint, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static void WriteReadOnly(string file, byte[] bytes)
    {
        using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        else File.SetAttributes(file, FileAttributes.ReadOnly);
    }

    /// <summary>Every checkpoint file, by chain then sequence (file-name order). A file that is not a checkpoint has a null <see cref="Entry.Checkpoint"/>.</summary>
    public IReadOnlyList<Entry> ReadAll()
    {
        if (!Directory.Exists(Path)) return [];
        var entries = new List<Entry>();
        foreach (var file in Directory.GetFiles(Path, "*.json").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            Checkpoint? checkpoint;
            try
            {
                checkpoint = JsonSerializer.Deserialize<Checkpoint>(bytes, Json);
            }
            catch (JsonException)
            {
                checkpoint = null;
            }
            entries.Add(new Entry(System.IO.Path.GetFileName(file), checkpoint, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }
        return entries;
    }

    /// <summary>The latest checkpoint of <paramref name="chain"/>, if any.</summary>
    public Entry? Latest(string chain) => ReadAll().LastOrDefault(e => e.Checkpoint?.Chain == chain);
}
