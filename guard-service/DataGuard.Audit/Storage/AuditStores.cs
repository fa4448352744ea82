namespace DataGuard.Audit.Storage;

/// <summary>Chooses the store from <c>DataGuard:Audit:Provider</c>: <c>Sqlite</c> (default) or <c>PostgreSQL</c>.</summary>
public static class AuditStores
{
    /// <summary>The SQLite provider name.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>The PostgreSQL provider name.</summary>
    public const string PostgreSql = "PostgreSQL";

    /// <summary>The chain of a single SQLite guard, and of rows written before chains existed.</summary>
    public const string DefaultSqliteChain = "guard";

    /// <summary>Opens a store: <paramref name="target"/> is the SQLite file path or the PostgreSQL connection string.</summary>
    public static IAuditStore Open(string? provider, string target)
    {
        if (string.IsNullOrWhiteSpace(target)) throw new ArgumentException("The audit store needs a database path (Sqlite) or a connection string (PostgreSQL).", nameof(target));
        if (string.IsNullOrEmpty(provider) || provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase)) return new SqliteAuditStore(target);
        if (provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)) return new PostgresAuditStore(target);
        throw new ArgumentException($"Unknown audit provider '{provider}': use {Sqlite} or {PostgreSql}.", nameof(provider));
    }

    /// <summary>Whether <paramref name="chain"/> is a usable chain (instance) name: it names lock and checkpoint files.</summary>
    public static bool IsValidChainName(string? chain) =>
        !string.IsNullOrEmpty(chain) && chain.Length <= 64 && chain.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && chain[0] != '.';
}
