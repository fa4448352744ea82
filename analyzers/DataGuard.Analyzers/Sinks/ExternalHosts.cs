using System;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// Messaging and webhook APIs that always count as external (DG1005), and the team's allowlist for every other host.
/// </summary>
internal sealed class ExternalHosts
{
    /// <summary>(host or *.domain, path prefix). A row per service; adding one is one line.</summary>
    private static readonly (string Host, string Path)[] MessagingApis =
    {
        ("notify-api.line.me", ""),
        ("api.line.me", ""),
        ("api-data.line.me", ""),
        ("api.telegram.org", ""),
        ("hooks.slack.com", ""),
        ("slack.com", "/api/"),
        ("discord.com", "/api/webhooks"),
        ("discordapp.com", "/api/webhooks"),
        ("*.webhook.office.com", ""),
        ("outlook.office.com", "/webhook"),
        ("chat.googleapis.com", ""),
        ("oapi.dingtalk.com", ""),
        ("qyapi.weixin.qq.com", ""),
        ("api.twilio.com", ""),
        ("graph.facebook.com", ""),
    };

    /// <summary>Generative-AI APIs called over plain HTTP (DG1004 counts them like the SDKs).</summary>
    private static readonly string[] GenerativeAiApis =
    {
        "api.openai.com", "*.openai.azure.com", "*.services.ai.azure.com", "*.inference.ai.azure.com", "models.inference.ai.azure.com",
        "generativelanguage.googleapis.com", "api.anthropic.com", "api.mistral.ai", "api.cohere.ai", "api.cohere.com", "api.groq.com",
        "api.deepseek.com", "api.x.ai", "openrouter.ai",
    };

    /// <summary>Public mail services: a constant recipient there is outside the agency whatever the allowlist says.</summary>
    private static readonly string[] PublicMailDomains =
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com",
        "aol.com", "proton.me", "protonmail.com", "qq.com", "163.com", "126.com", "gmx.com", "gmx.net", "mail.ru", "yandex.com", "pchome.com.tw",
        "hinet.net", "*.hinet.net",
    };

    private readonly ImmutableArray<string> _allowed;

    /// <summary>The team's own AI hosts (<c>dataguard.ai_hosts</c>), beside <see cref="GenerativeAiApis"/>.</summary>
    private readonly ImmutableArray<string> _aiHosts;

    public ExternalHosts(ImmutableArray<string> allowedHosts, ImmutableArray<string> aiHosts = default)
    {
        _allowed = Patterns(allowedHosts);
        _aiHosts = aiHosts.IsDefault ? ImmutableArray<string>.Empty : Patterns(aiHosts);
    }

    /// <remarks>A loop, not LINQ: this runs when a compilation starts, where each lambda is JIT-compiled afresh.</remarks>
    private static ImmutableArray<string> Patterns(ImmutableArray<string> hosts)
    {
        var patterns = ImmutableArray.CreateBuilder<string>(hosts.Length);
        foreach (var host in hosts)
        {
            var pattern = host.Trim().ToLowerInvariant();
            if (pattern.Length > 0)
            {
                patterns.Add(pattern);
            }
        }

        return patterns.ToImmutable();
    }

    public bool HasAllowList => !_allowed.IsEmpty;

    /// <summary>True for a messaging or webhook API, whatever the allowlist says.</summary>
    public static bool IsMessagingApi(Endpoint endpoint)
    {
        var host = endpoint.Host;
        if (host is null)
        {
            return false;
        }

        foreach (var (pattern, path) in MessagingApis)
        {
            if (Matches(host, pattern) && (path.Length == 0 || endpoint.Path.StartsWith(path, StringComparison.OrdinalIgnoreCase)
                                                           || !endpoint.Complete && path.StartsWith(endpoint.Path, StringComparison.OrdinalIgnoreCase) && endpoint.Path.Length > 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Last words of a member that holds an address: <c>DestUrl</c>, <c>CallbackUri</c>, <c>WebhookEndpoint</c>.</summary>
    private static readonly string[] AddressWords = { "url", "uri", "endpoint" };

    /// <summary>Words that say someone else registered the address: a webhook subscriber, a callback, a notification target.</summary>
    private static readonly string[] RegistrationWords =
        { "callback", "webhook", "hook", "dest", "destination", "notify", "notification", "postback", "subscriber", "subscription" };

    /// <summary>
    /// True for a field or property of a stored record (not the team's settings, not a constant) that holds an address whoever
    /// subscribed registered: its name ends with Url/Uri/Endpoint and it or its type names a callback, a webhook or a
    /// destination (<c>WebhookSubscription.DestUrl</c>, <c>Order.CallbackUrl</c>, <c>Subscriber.Endpoint</c>). Data sent
    /// there leaves for a host nobody on the team chose, as with a messaging API (DG1005). Names suggest, types decide: only
    /// a string or <c>Uri</c> member holds an address.
    /// </summary>
    public static bool IsRegisteredAddress(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
            IFieldSymbol { IsStatic: false, IsConst: false } field => field.Type,
            _ => null,
        };
        if (type is null || type.SpecialType != SpecialType.System_String && !(type.Name == "Uri" && PersonalDataClassifier.IsFramework(type))
            || member.ContainingType is not { } owner || PersonalDataClassifier.IsFramework(owner) || PersonalDataClassifier.IsTeamSettingsType(owner))
        {
            return false;
        }

        var words = IdentifierWords.Words(member.Name);
        return IdentifierWords.LastWord(words) is { } last && AddressWords.Contains(last)
               && (words.Take(words.Count - 1).Any(RegistrationWords.Contains) || IdentifierWords.Words(owner.Name).Any(RegistrationWords.Contains));
    }

    /// <summary>True for an address a subscriber registered (see <see cref="IsRegisteredAddress"/>), whatever the allowlist says.</summary>
    public static bool IsRegisteredBySubscriber(Endpoint endpoint) => endpoint.RegisteredIn is not null;

    /// <summary>True for a generative-AI API host.</summary>
    public static bool IsGenerativeAiApi(Endpoint endpoint)
        => endpoint.Host is { } host && GenerativeAiApis.Any(pattern => Matches(host, pattern));

    /// <summary>True for a generative-AI API host: a built-in row or one the team named in <c>dataguard.ai_hosts</c>.</summary>
    public bool IsAiHost(Endpoint endpoint)
        => IsGenerativeAiApi(endpoint) || endpoint.Host is { } host && _aiHosts.Any(pattern => Matches(host, pattern));

    /// <summary>True for a mailbox at a public mail service (gmail.com, yahoo.com.tw, hinet.net...).</summary>
    public static bool IsPublicMailbox(Endpoint endpoint)
        => endpoint.IsMailbox && endpoint.Host is { } host && PublicMailDomains.Any(pattern => Matches(host, pattern));

    /// <summary>Name endings of hosts inside a network or reserved for it (RFC 6761, 6762, 8375 and common internal zones).</summary>
    private static readonly string[] LocalSuffixes =
        { ".local", ".internal", ".lan", ".localdomain", ".intranet", ".corp", ".home.arpa", ".localhost", ".test", ".invalid", ".svc", ".cluster.local" };

    /// <summary>Schemes of a request that leaves the program over the network.</summary>
    private static readonly string[] NetworkSchemes = { "http", "https", "ftp", "ftps", "ws", "wss" };

    /// <summary>
    /// A network request to a constant public host: a domain name with a public ending (a crash reporter's <c>api.raygun.com</c>)
    /// or a public address. The agency's own services have local names (<c>records.police.internal</c>, <c>http://gateway/</c>),
    /// private addresses, or come from configuration; a generative-AI API is DG1004's.
    /// </summary>
    public static bool IsPublicHost(Endpoint endpoint)
    {
        if (endpoint.Host is not { } host || endpoint.IsLoopback || !NetworkSchemes.Contains(endpoint.Scheme) || host.IndexOf('.') < 0
            || host.IndexOfAny(TemplateCharacters) >= 0 || LocalSuffixes.Any(s => host.EndsWith(s, StringComparison.Ordinal)))
        {
            return false;
        }

        return System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) ? !IsPrivate(address) : !IsGenerativeAiApi(endpoint);
    }

    /// <summary>Placeholders and characters no host name has: a template (<c>https://{region}.api…</c>) is not a host.</summary>
    private static readonly char[] TemplateCharacters = { '{', '}', '%', '<', '>', ' ' };

    /// <summary>Loopback, private (RFC 1918, unique-local) and link-local addresses, and the unspecified one.</summary>
    private static bool IsPrivate(System.Net.IPAddress address)
    {
        if (System.Net.IPAddress.IsLoopback(address) || address.Equals(System.Net.IPAddress.Any) || address.Equals(System.Net.IPAddress.IPv6Any))
        {
            return true;
        }

        var bytes = address.GetAddressBytes();
        return bytes.Length == 4
            ? bytes[0] == 10 || bytes[0] == 172 && bytes[1] >= 16 && bytes[1] <= 31 || bytes[0] == 192 && bytes[1] == 168 || bytes[0] == 169 && bytes[1] == 254
            : (bytes[0] & 0xFE) == 0xFC || bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0x80;
    }

    /// <summary>True when an allowlist is configured, the host is known and not on it.</summary>
    public bool IsOutsideAllowList(Endpoint endpoint)
    {
        var host = endpoint.Host;
        if (!HasAllowList || host is null || endpoint.IsLoopback)
        {
            return false;
        }

        if (endpoint.IsMailbox)
        {
            // A mail domain is the organisation's own when an allowed host lies under it (api.police.internal → police.internal).
            return !_allowed.Any(pattern => Matches(host, pattern) || pattern.TrimStart('*').EndsWith("." + host, StringComparison.Ordinal));
        }

        return !_allowed.Any(pattern => Matches(host, pattern));
    }

    private static bool Matches(string host, string pattern)
    {
        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            var domain = pattern.Substring(1);
            return host.EndsWith(domain, StringComparison.Ordinal) || host == pattern.Substring(2);
        }

        return host == pattern;
    }
}
