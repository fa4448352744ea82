using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Configuration;

/// <summary>
/// The <c>dataguard.*</c> options read from .editorconfig / .globalconfig. Lists are separated by commas or semicolons.
/// </summary>
// Read-only fields, not get-only properties: every getter is one more method the JIT compiles in every compiler process
// (code that runs once is compiled without inlining), and these are read on every rule's start-up path.
internal sealed class DataGuardOptions
{
    public const string PersonalNamesKey = "dataguard.personal_names";
    public const string IgnoredNamesKey = "dataguard.ignored_names";
    public const string AllowedHostsKey = "dataguard.allowed_hosts";
    public const string SanitizersKey = "dataguard.sanitizers";
    public const string LogSinksKey = "dataguard.log_sinks";
    public const string TransmitSinksKey = "dataguard.transmit_sinks";
    public const string AuditMethodsKey = "dataguard.audit_methods";
    public const string RequireAuditKey = "dataguard.require_audit";
    public const string ReportUnreachableCodeKey = "dataguard.report_unreachable_code";
    public const string IgnoreDevelopmentOnlyKey = "dataguard.ignore_development_only";
    public const string AiHostsKey = "dataguard.ai_hosts";

    private static readonly string[] Keys = { PersonalNamesKey, IgnoredNamesKey, AllowedHostsKey, SanitizersKey, LogSinksKey, TransmitSinksKey, AuditMethodsKey, RequireAuditKey, ReportUnreachableCodeKey, IgnoreDevelopmentOnlyKey, AiHostsKey };

    public static readonly DataGuardOptions Empty = new(string.Empty, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty, requireAudit: false, reportUnreachableCode: false, ignoreDevelopmentOnly: false, ImmutableArray<string>.Empty);

    private DataGuardOptions(string key, ImmutableArray<string> personalNames, ImmutableArray<string> ignoredNames, ImmutableArray<string> allowedHosts,
        ImmutableArray<string> sanitizers, ImmutableArray<string> logSinks, ImmutableArray<string> transmitSinks,
        ImmutableArray<string> auditMethods, bool requireAudit, bool reportUnreachableCode, bool ignoreDevelopmentOnly, ImmutableArray<string> aiHosts)
    {
        AiHosts = aiHosts;
        IgnoreDevelopmentOnly = ignoreDevelopmentOnly;
        ReportUnreachableCode = reportUnreachableCode;
        AuditMethods = auditMethods;
        RequireAudit = requireAudit;
        Key = key;
        PersonalNames = personalNames;
        IgnoredNames = ignoredNames;
        AllowedHosts = allowedHosts;
        Sanitizers = sanitizers;
        LogSinks = logSinks;
        TransmitSinks = transmitSinks;
    }

    /// <summary>The raw values joined: equal keys mean equal options, so derived caches can be shared.</summary>
    public readonly string Key;

    /// <summary>Extra personal names: words (<c>CaseNo</c>) or fully qualified members (<c>System.Net.IPEndPoint.Address</c>).</summary>
    public readonly ImmutableArray<string> PersonalNames;

    /// <summary>Identifiers or fully qualified members that are never personal.</summary>
    public readonly ImmutableArray<string> IgnoredNames;

    /// <summary>Hosts that may receive personal data (<c>api.police.internal</c>, <c>*.npa.gov.tw</c>). Empty: only messaging hosts are checked.</summary>
    public readonly ImmutableArray<string> AllowedHosts;

    /// <summary>
    /// The team's other generative-AI hosts (<c>llm.vendor.example</c>, <c>*.ai.example</c>): a plain HTTP call there counts for DG1004
    /// like one to <c>api.openai.com</c>. Added to the built-in rows, never replacing them.
    /// </summary>
    public readonly ImmutableArray<string> AiHosts;

    /// <summary>Methods that mask or redact: documentation-comment IDs (<c>M:Ns.Type.Mask(System.String)</c>) or <c>Ns.Type.Method</c>.</summary>
    public readonly ImmutableArray<string> Sanitizers;

    /// <summary>The team's own logging wrappers (documentation-comment IDs).</summary>
    public readonly ImmutableArray<string> LogSinks;

    /// <summary>The team's own transmission wrappers (documentation-comment IDs).</summary>
    public readonly ImmutableArray<string> TransmitSinks;

    /// <summary>The team's audit methods (<c>Ns.Type.Method</c> or documentation-comment IDs): calling one satisfies DG1008.</summary>
    public readonly ImmutableArray<string> AuditMethods;

    /// <summary>DG1008 checks reads even when no audit method is named anywhere (<c>dataguard.require_audit = true</c>).</summary>
    public readonly bool RequireAudit;

    /// <summary>
    /// The rules also judge code of an executable that never runs — methods nothing calls, classes nothing uses
    /// (<c>dataguard.report_unreachable_code = true</c>): for a team that wants to hear of a leak before the code is wired in.
    /// </summary>
    public readonly bool ReportUnreachableCode;

    /// <summary>
    /// A channel weakened only inside a development branch (<c>if (env.IsDevelopment())</c>) is not reported
    /// (<c>dataguard.ignore_development_only = true</c>); by default it is, as the branch ships in the same binary.
    /// </summary>
    public readonly bool IgnoreDevelopmentOnly;

    /// <remarks>A loop, not a LINQ projection: this runs when a compilation starts, where each lambda is JIT-compiled afresh.</remarks>
    public static string ReadKey(AnalyzerConfigOptions options)
    {
        var values = new string[Keys.Length];
        for (var i = 0; i < Keys.Length; i++)
        {
            values[i] = options.TryGetValue(Keys[i], out var value) ? value : string.Empty;
        }

        return string.Join("\u0001", values);
    }

    public static DataGuardOptions Parse(AnalyzerConfigOptions options)
    {
        var key = ReadKey(options);
        if (key.Replace("\u0001", string.Empty).Length == 0)
        {
            return Empty;
        }

        ImmutableArray<string> List(string name)
            => options.TryGetValue(name, out var value) ? SplitList(value) : ImmutableArray<string>.Empty;

        return new DataGuardOptions(key, List(PersonalNamesKey), List(IgnoredNamesKey), List(AllowedHostsKey),
            List(SanitizersKey), List(LogSinksKey), List(TransmitSinksKey), List(AuditMethodsKey),
            IsTrue(options, RequireAuditKey), IsTrue(options, ReportUnreachableCodeKey), IsTrue(options, IgnoreDevelopmentOnlyKey), List(AiHostsKey));
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Splits a list on <c>;</c> and on <c>,</c> outside parentheses, so a documentation-comment ID keeps its parameter list
    /// (<c>M:Ns.Pager.SendAsync(System.String,System.String)</c>).
    /// </summary>
    internal static ImmutableArray<string> SplitList(string value)
    {
        var items = ImmutableArray.CreateBuilder<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ';';
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == ';' || c == ',' && depth == 0)
            {
                var item = value.Substring(start, i - start).Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }

                start = i + 1;
                depth = 0;
            }
        }

        return items.ToImmutable();
    }
}
