using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// A channel setting taken from the team's settings class (<c>ConnectAsync(host, port, _mail.UseSsl)</c>,
/// <c>EnableSsl = _smtp.EnableSsl</c>): the program runs with what its configuration files set, or else with the property's
/// default — its initializer, or the type's default (<c>false</c>; an enum's zero member, MailKit's <c>None</c>) when it has none.
/// </summary>
internal static class ConfiguredSettings
{
    /// <summary>What the settings properties among <paramref name="values"/> give the channel.</summary>
    public static Verdict Judge(ChannelSetting row, ImmutableArray<IOperation> values, AppSettings settings)
    {
        var overridden = new List<IPropertySymbol>();
        foreach (var value in values)
        {
            if (value is not IPropertyReferenceOperation { Property: { SetMethod: not null } property } || !PersonalDataClassifier.IsTeamSettingsType(property.ContainingType))
            {
                continue;
            }

            var configured = settings.ValuesOf(property);
            if (configured.Values.Any(text => IsUnsafeText(row, text, property.Type))
                || !configured.SetInBase && !HasInitializer(property) && IsUnsafeDefault(row, property.Type))
            {
                return new Verdict(true, overridden);
            }

            if (configured.SetInBase)
            {
                overridden.Add(property);
            }
        }

        return new Verdict(false, overridden);
    }

    /// <summary>The configured text is the row's unsafe value: <c>false</c>, or the enum member by name or number.</summary>
    private static bool IsUnsafeText(ChannelSetting row, string text, ITypeSymbol type)
        => row.Value switch
        {
            UnsafeValue.False => type.SpecialType == SpecialType.System_Boolean && string.Equals(text, "false", StringComparison.OrdinalIgnoreCase),
            UnsafeValue.EnumMember => string.Equals(text, row.EnumMember, StringComparison.OrdinalIgnoreCase)
                                      || long.TryParse(text, out var number) && EnumValue(type, row.EnumMember!) == number,
            _ => false,
        };

    /// <summary>The value a property without initializer starts with is the unsafe one: <c>bool</c> false, an enum's zero member.</summary>
    private static bool IsUnsafeDefault(ChannelSetting row, ITypeSymbol type)
        => row.Value switch
        {
            UnsafeValue.False => type.SpecialType == SpecialType.System_Boolean,
            UnsafeValue.EnumMember => EnumValue(type, row.EnumMember!) == 0,
            _ => false,
        };

    private static long? EnumValue(ITypeSymbol type, string member)
        => type.TypeKind == TypeKind.Enum && type.GetMembers(member).OfType<IFieldSymbol>().FirstOrDefault() is { HasConstantValue: true, ConstantValue: { } value }
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static bool HasInitializer(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { Initializer: not null });

    /// <summary>The settings properties of a setting's values, and which of them the base configuration file sets.</summary>
    public readonly struct Verdict(bool @unsafe, List<IPropertySymbol> overridden)
    {
        /// <summary>A configured value, or the default a property runs with when nothing configures it, is unsafe.</summary>
        public bool Unsafe { get; } = @unsafe;

        /// <summary>
        /// True for a value written in the initializer of a property the base configuration file sets: the program never runs
        /// with it (<c>UseSsl { get; set; } = false</c> with <c>"UseSsl": true</c> in appsettings.json).
        /// </summary>
        public bool Overrides(IOperation value)
            => overridden.Any(property => property.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == value.Syntax.SyntaxTree && r.Span.Contains(value.Syntax.Span)));
    }
}
