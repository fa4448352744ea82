using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Folds the findings of many scans into one SHA-256: type, span, score and evasions of each finding, text by text, so
/// a change that moves, adds, drops or rescores any finding changes the digest. Only the digest and counts are ever
/// shown, never a value.
/// </summary>
internal sealed class FindingsDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();

    public int Texts { get; private set; }

    public int Findings { get; private set; }

    /// <summary>Adds the findings of the next text scanned (in a fixed order of texts).</summary>
    public void Add(IReadOnlyList<Finding> findings)
    {
        _line.Clear().Append(Texts++).Append(':');
        foreach (var f in findings)
        {
            _line.Append(f.Type).Append('@').Append(f.Start).Append('+').Append(f.Length).Append('=')
                .Append(f.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append('/').Append((int)f.Evasions).Append(';');
            Findings++;
        }
        _hash.AppendData(Encoding.UTF8.GetBytes(_line.Append('\n').ToString()));
    }

    /// <summary>"sha256 texts findings": what the committed digest file holds for one set of inputs.</summary>
    public string Summary() => $"{Convert.ToHexString(_hash.GetCurrentHash()).ToLowerInvariant()} {Texts} {Findings}";

    public void Dispose() => _hash.Dispose();
}
