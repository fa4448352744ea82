using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Configuration;

/// <summary>
/// The program's own configuration files (<c>appsettings.json</c>, <c>appsettings.Production.json</c>, …) as the package's
/// build props pass them to the compiler: what a settings class's property is set to where the program runs. Flattened the
/// way Microsoft.Extensions.Configuration reads them (<c>Mail:UseSsl</c>), keys compared without case.
/// </summary>
internal sealed class AppSettings
{
    public static readonly AppSettings None = new(ImmutableArray<AdditionalText>.Empty);

    private readonly ImmutableArray<AdditionalText> _files;
    private readonly Lazy<ImmutableArray<SettingsFile>> _read;

    public AppSettings(ImmutableArray<AdditionalText> additionalFiles)
    {
        _files = additionalFiles;
        _read = new Lazy<ImmutableArray<SettingsFile>>(Read, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static AppSettings From(AnalyzerOptions options) => new(options.AdditionalFiles);

    /// <summary>
    /// True when the compilation has configuration files of its own. A class library has none: the host that references it
    /// configures its settings classes, so what they are set to is unknown here.
    /// </summary>
    public bool HasFiles => !_read.Value.IsEmpty;

    /// <summary>Every key and value of every configuration file, base and environment files alike.</summary>
    public IEnumerable<KeyValuePair<string, string>> AllValues()
    {
        foreach (var file in _read.Value)
        {
            foreach (var pair in file.Values)
            {
                yield return pair;
            }
        }
    }

    /// <summary>
    /// The values the configuration files give <paramref name="property"/> of a settings class, and whether the base file
    /// (<c>appsettings.json</c>, read in every environment) sets it — then the property's initializer never applies.
    /// </summary>
    public ConfiguredValue ValuesOf(IPropertySymbol property)
    {
        var files = _read.Value;
        if (files.IsEmpty)
        {
            return ConfiguredValue.Unset;
        }

        return ValuesEndingWith(SectionNames(property.ContainingType).Select(section => section + ":" + property.Name).ToList());
    }

    /// <summary>
    /// The values the configuration files give a key read by name (<c>GetValue&lt;bool&gt;("Smtp:UseSsl")</c>), in whichever
    /// section it is nested, and whether the base file sets it.
    /// </summary>
    public ConfiguredValue ValuesOfKey(string key) => _read.Value.IsEmpty ? ConfiguredValue.Unset : ValuesEndingWith(new[] { key });

    private ConfiguredValue ValuesEndingWith(IReadOnlyList<string> suffixes)
    {
        var files = _read.Value;
        var values = new List<string>();
        var inBase = false;
        foreach (var file in files)
        {
            foreach (var pair in file.Values)
            {
                if (suffixes.Any(s => EndsWithKey(pair.Key, s)))
                {
                    values.Add(pair.Value);
                    inBase |= file.IsBase;
                }
            }
        }

        return new ConfiguredValue(values.ToImmutableArray(), inBase);
    }

    /// <summary>
    /// The sections a settings class is bound from: its name, its name without the options suffix (<c>MailSettings</c> →
    /// <c>Mail</c>), and its string constants (<c>public const string SettingsKey = "Mail";</c>, the usual way to name it once).
    /// </summary>
    private static IEnumerable<string> SectionNames(INamedTypeSymbol type)
    {
        yield return type.Name;
        foreach (var suffix in new[] { "Settings", "Options", "Configuration", "Config" })
        {
            if (type.Name.Length > suffix.Length && type.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return type.Name.Substring(0, type.Name.Length - suffix.Length);
            }
        }

        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (field is { IsConst: true, ConstantValue: string { Length: > 0 } section })
            {
                yield return section;
            }
        }
    }

    /// <summary><paramref name="key"/> is <paramref name="suffix"/> or ends with <c>:</c> + it (a section nested deeper).</summary>
    private static bool EndsWithKey(string key, string suffix)
        => key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
           && (key.Length == suffix.Length || key[key.Length - suffix.Length - 1] == ':');

    private ImmutableArray<SettingsFile> Read()
    {
        var builder = ImmutableArray.CreateBuilder<SettingsFile>();
        foreach (var file in _files)
        {
            var name = Path.GetFileName(file.Path);
            if (!name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                || file.GetText()?.ToString() is not { } text)
            {
                continue;
            }

            builder.Add(new SettingsFile(string.Equals(name, "appsettings.json", StringComparison.OrdinalIgnoreCase), JsonSettingsReader.Flatten(text)));
        }

        return builder.ToImmutable();
    }

    private sealed class SettingsFile(bool isBase, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        public bool IsBase { get; } = isBase;

        public IReadOnlyList<KeyValuePair<string, string>> Values { get; } = values;
    }
}

/// <summary>What the configuration files set a property to: the values (as JSON text) and whether the base file sets it.</summary>
internal readonly struct ConfiguredValue(ImmutableArray<string> values, bool setInBase)
{
    public static readonly ConfiguredValue Unset = new(ImmutableArray<string>.Empty, false);

    public ImmutableArray<string> Values { get; } = values;

    public bool SetInBase { get; } = setInBase;
}
