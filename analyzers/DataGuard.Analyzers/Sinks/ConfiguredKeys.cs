using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// A channel setting read from configuration by its key rather than through a settings class: <c>smtp.GetValue&lt;bool&gt;("UseSsl")</c>
/// on <c>config.GetSection("Smtp")</c>, <c>config.GetSection("Mail:Security").Get&lt;SecureSocketOptions&gt;()</c>,
/// <c>bool.Parse(config["Smtp:UseSsl"])</c>. The program runs with what its configuration files set under that key, or else with
/// the read's default — the type's default (<c>false</c>, an enum's zero member) for a read that states none; a stated fallback
/// (<c>GetValue("UseSsl", true)</c>) is one of the setting's possible values already and is judged as a constant. A class
/// library has no configuration files: its hosts run it with that default unless they configure the key.
/// </summary>
internal static class ConfiguredKeys
{
    /// <summary>Sections followed from a read back to the configuration root (<c>GetSection("Mail").GetSection("Smtp")</c>).</summary>
    private const int MaxSections = 4;

    /// <summary>True when <paramref name="value"/> reads the setting from configuration and the program can run with its unsafe value.</summary>
    public static bool MayBeUnsafe(ChannelSetting row, IOperation value, AppSettings settings)
    {
        if (Read(OperationShapes.Unconverted(value)) is not ({ Length: > 0 } key, var hasDefault) || value.Type is not { } type)
        {
            return false;
        }

        var configured = settings.ValuesOfKey(key);
        return configured.Values.Any(text => ConfiguredSettings.IsUnsafeText(row, text, type))
               || !configured.SetInBase && !hasDefault && ConfiguredSettings.IsUnsafeDefault(row, type);
    }

    /// <summary>The key a configuration read asks for, and whether it states a fallback of its own; null when it is no such read.</summary>
    private static (string? Key, bool HasDefault) Read(IOperation value)
    {
        if (value is not IInvocationOperation { TargetMethod: var method } call)
        {
            return (null, false);
        }

        switch (method.Name)
        {
            case "GetValue" when OperatorValues.IsConfigurationRead(call):
                var key = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key")?.Value.ConstantValue;
                var section = Section(Receiver(call), 0);
                return key is { HasValue: true, Value: string name } && section is not null
                    ? (Join(section, name), call.Arguments.Any(a => a.Parameter?.Name == "defaultValue" && !a.IsImplicit))
                    : (null, false);
            case "Get" when OperatorValues.IsConfigurationRead(call):
                return (Section(Receiver(call), 0), false);
            case "Parse" when method.ContainingType?.SpecialType == SpecialType.System_Boolean || method.ContainingType?.Name == "Enum":
                // bool.Parse(config["Smtp:UseSsl"]): a missing key throws, so only what the files set is run with.
                return call.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_String)?.Value is { } text
                       && Indexed(OperationShapes.Unconverted(text)) is { } indexed
                    ? (indexed, true)
                    : (null, false);
            default:
                return (null, false);
        }
    }

    /// <summary>The configuration an extension method or instance call reads from.</summary>
    private static IOperation? Receiver(IInvocationOperation call)
        => call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

    /// <summary>The key of <c>config["Smtp:UseSsl"]</c> or <c>section["UseSsl"]</c>, with its section's path.</summary>
    private static string? Indexed(IOperation text)
        => text is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
           && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
           && OperatorValues.IsConfigurationRead(text) && Section(indexer.Instance, 0) is { } section
            ? Join(section, key)
            : null;

    /// <summary>
    /// The path of the section <paramref name="configuration"/> is ("" for the root or a configuration handed in whole, "Smtp"
    /// for <c>config.GetSection("Smtp")</c>, through locals); null when a section's name is not a constant.
    /// </summary>
    private static string? Section(IOperation? configuration, int depth)
    {
        if (configuration is null || depth > MaxSections)
        {
            return null;
        }

        switch (OperationShapes.Unconverted(configuration))
        {
            case IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } call:
                var name = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key")?.Value.ConstantValue;
                return name is { HasValue: true, Value: string section } && Section(Receiver(call), depth + 1) is { } outer ? Join(outer, section) : null;
            case ILocalReferenceOperation local:
                return StoredValues.FirstAssigned(local.Local, local, value => Section(value, depth + 1));
            default:
                return "";
        }
    }

    private static string Join(string section, string key) => section.Length == 0 ? key : section + ":" + key;
}
