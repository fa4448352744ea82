using System;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// What is known at compile time about a request address: its constant leading text (<c>https://api.line.me/v2/</c>) and
/// whether that text is the whole address. From it come the scheme, the host (when the text reaches past it) and the path prefix.
/// </summary>
internal readonly struct Endpoint
{
    private const string MailScheme = "mailto://";

    private static readonly char[] HostEnd = { '/', '?', '#', ':' };

    public Endpoint(string prefix, bool complete, string? configurationKey = null, string? registeredIn = null)
    {
        Prefix = prefix;
        Complete = complete;
        ConfigurationKey = configurationKey;
        RegisteredIn = registeredIn;

        // Read once here: the rules ask every endpoint for its scheme and host several times at every sink.
        Scheme = SchemeOf(prefix);
        Host = HostOf(prefix, complete, Scheme);
    }

    /// <summary>
    /// The member of a stored record the address is read from when whoever subscribed registered it (<c>WebhookSubscription.DestUrl</c>):
    /// a host chosen outside the team, whatever it turns out to be.
    /// </summary>
    public string? RegisteredIn { get; }

    public static Endpoint Registered(string member) => new(string.Empty, false, registeredIn: member);

    public string Prefix { get; }

    public bool Complete { get; }

    /// <summary>The configuration key or options member the address is read from (<c>ErrorLog:MailTo</c>), when it is not constant.</summary>
    public string? ConfigurationKey { get; }

    public bool IsKnown => !string.IsNullOrEmpty(Prefix);

    /// <summary>Known text, or at least where the value is configured.</summary>
    public bool IsResolved => IsKnown || ConfigurationKey is not null || RegisteredIn is not null;

    /// <summary>A mail recipient: <c>admin@example.com</c> becomes <c>mailto://admin@example.com</c>, so its domain is the host.</summary>
    public static Endpoint Mailbox(string address) => new(MailScheme + address.Trim(), true);

    public static Endpoint Configured(string key) => new(string.Empty, false, key);

    public bool IsMailbox => Prefix?.StartsWith(MailScheme, StringComparison.Ordinal) == true;

    /// <summary>What a message shows: the host, the mailbox or the configuration key.</summary>
    public string Display => IsMailbox ? Prefix.Substring(MailScheme.Length)
        : Host ?? (RegisteredIn is not null ? "registered by a subscriber in '" + RegisteredIn + "'" : ConfigurationKey is null ? Prefix : "configured '" + ConfigurationKey + "'");

    public string? Scheme { get; }

    /// <summary>The host in lower case, or null when the constant text stops inside it.</summary>
    public string? Host { get; }

    private static string? SchemeOf(string? prefix)
    {
        var index = prefix?.IndexOf("://", StringComparison.Ordinal) ?? -1;
        return index > 0 ? prefix!.Substring(0, index).ToLowerInvariant() : null;
    }

    private static string? HostOf(string prefix, bool complete, string? scheme)
    {
        if (scheme is null)
        {
            return null;
        }

        var start = prefix.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = prefix.IndexOfAny(HostEnd, start);
        if (end < 0)
        {
            if (!complete)
            {
                return null;
            }

            end = prefix.Length;
        }

        var host = prefix.Substring(start, end - start);
        var at = host.LastIndexOf('@');
        if (at >= 0)
        {
            host = host.Substring(at + 1);
        }

        return host.Length == 0 ? null : host.ToLowerInvariant();
    }

    /// <summary>The known part of the path, starting with '/'; empty when none is known.</summary>
    public string Path
    {
        get
        {
            if (Host is null)
            {
                return string.Empty;
            }

            var start = Prefix.IndexOf("://", StringComparison.Ordinal) + 3;
            var slash = Prefix.IndexOf('/', start);
            return slash < 0 ? string.Empty : Prefix.Substring(slash);
        }
    }

    public bool IsLoopback => Host is "localhost" or "127.0.0.1" or "[::1]" || Host?.EndsWith(".localhost", StringComparison.Ordinal) == true;

    /// <summary>The endpoint when a relative address is resolved against this base.</summary>
    public Endpoint Combine(Endpoint relative)
    {
        if (relative.Scheme is not null)
        {
            return relative;
        }

        return Host is null ? default : new Endpoint(Prefix.TrimEnd('/') + "/" + (relative.Prefix ?? string.Empty).TrimStart('/'), Complete && relative.Complete);
    }
}
