using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using DataGuard.GuardService.Configuration;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Security;

/// <summary>
/// Finds the person a presented key belongs to: one SHA-256 into stack memory and one dictionary lookup by hash, with the
/// dictionary rebuilt whenever the configured key list is reloaded.
/// </summary>
public sealed class KeyDirectory(IOptionsMonitor<AccessOptions> access)
{
    private Snapshot? _snapshot;

    /// <summary>The configured entry for <paramref name="key"/>, or null when the key is unknown.</summary>
    public AccessKey? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var byteCount = Encoding.UTF8.GetByteCount(key);
        var utf8 = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(key, utf8);
        SHA256.HashData(utf8, hash);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        Convert.TryToHexStringLower(hash, hex, out _);
        return Current().ByHash.TryGetValue(hex, out var entry) ? entry : null;
    }

    /// <summary>The unit of a person, from the first key entry that names one; null when none does.</summary>
    public string? UnitOf(string userId) => Current().Units.GetValueOrDefault(userId);

    /// <summary>The configured entry with this key hash (lower-case hex SHA-256), or null: how a signed-in session is re-checked.</summary>
    public AccessKey? FindByHash(string keyHash) => Current().ByHash.TryGetValue(keyHash, out var entry) ? entry : null;

    private Snapshot Current()
    {
        // IOptionsMonitor hands out the same instance until configuration changes, so a reference check notices reloads.
        var options = access.CurrentValue;
        var snapshot = _snapshot;
        if (snapshot is not null && ReferenceEquals(snapshot.Source, options)) return snapshot;
        var byHash = new Dictionary<string, AccessKey>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in options.Keys)
        {
            // First entry wins, as a scan of the list in order would.
            if (!string.IsNullOrEmpty(entry.UserId)) byHash.TryAdd(entry.KeyHash, entry);
        }
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in options.Keys)
        {
            if (!string.IsNullOrWhiteSpace(entry.Unit)) units.TryAdd(entry.UserId, entry.Unit);
        }
        snapshot = new Snapshot(options, byHash.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(), units.ToFrozenDictionary(StringComparer.Ordinal));
        _snapshot = snapshot;
        return snapshot;
    }

    private sealed record Snapshot(AccessOptions Source, FrozenDictionary<string, AccessKey>.AlternateLookup<ReadOnlySpan<char>> ByHash, FrozenDictionary<string, string> Units);
}
