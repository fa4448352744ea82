using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Flow;
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
            if (SettingsProperty(value) is not { } property)
            {
                continue;
            }

            if (!settings.HasFiles)
            {
                // A class library: the host's configuration decides. The library states its default in its own settings
                // class — an initializer (among the values already) or, without one, the type's default (EnableSsl false):
                // the library runs with it wherever the host configures nothing.
                if (DeclaredHere(property) && !HasInitializer(property) && IsUnsafeDefault(row, property.Type))
                {
                    return new Verdict(true, overridden);
                }

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

    /// <summary>
    /// False for a value the program never runs with: a branch of <c>_mail.EnableSsl ? StartTls : None</c> that the switch's
    /// configured value (or else its default) does not choose. In a compilation with no configuration files (a class library,
    /// configured by its host) the library's own settings class states the default its hosts run with unless they configure
    /// one — its initializer, or without one <c>false</c>, as <see cref="Judge"/> reads a plain <c>UseSsl</c>; a switch of a
    /// referenced package's class is the host's, and neither branch is known.
    /// </summary>
    public static bool MayRunWith(IOperation value, AppSettings settings)
    {
        for (IOperation? child = value, parent = value.Parent; parent is not null && parent is not IBlockOperation; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation { WhenFalse: not null } choice && child != choice.Condition
                && Switch(choice.Condition) is ({ } property, var negated))
            {
                var branch = child == choice.WhenTrue ^ negated;
                if (settings.HasFiles ? !SwitchValues(property, settings).Contains(branch) : LibraryDefault(property) != branch)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The settings flag a condition tests: <c>_mail.EnableSsl</c>, <c>!_mail.EnableSsl</c>, <c>_mail.EnableSsl == false</c>.</summary>
    private static (IPropertySymbol? Property, bool Negated) Switch(IOperation condition)
        => OperationShapes.Unconverted(condition) switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand } => Negate(Switch(operand)),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals, RightOperand.ConstantValue: { HasValue: true, Value: bool constant } } binary
                => Switch(binary.LeftOperand) is ({ } property, var negated) ? (property, negated ^ (constant == (binary.OperatorKind == BinaryOperatorKind.NotEquals))) : (null, false),
            var other when SettingsProperty(other) is { Type.SpecialType: SpecialType.System_Boolean } property => (property, false),
            _ => (null, false),
        };

    private static (IPropertySymbol? Property, bool Negated) Negate((IPropertySymbol? Property, bool Negated) test) => (test.Property, !test.Negated);

    /// <summary>The values a flag runs with: what the configuration files set, or else its initializer's constant, or else false.</summary>
    private static ICollection<bool> SwitchValues(IPropertySymbol property, AppSettings settings)
    {
        var configured = settings.ValuesOf(property);
        var values = new HashSet<bool>(configured.Values.Select(text => bool.TryParse(text, out var flag) && flag));
        if (!configured.SetInBase)
        {
            values.Add(InitialValue(property) ?? false);
        }

        return values;
    }

    /// <summary>The value a class library runs a switch with when its host configures nothing; null for a package's switch.</summary>
    private static bool? LibraryDefault(IPropertySymbol property)
        => InitialValue(property) ?? (DeclaredHere(property) && !HasInitializer(property) ? false : null);

    private static bool? InitialValue(IPropertySymbol property)
        => Initializer(property) is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
            ? literal.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.TrueLiteralExpression)
            : null;

    /// <summary>The value a property's declaration starts it with (<c>public bool UseSsl { get; set; } = false;</c>), or null.</summary>
    public static Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax? Initializer(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
            .Select(p => p.Initializer?.Value).FirstOrDefault(v => v is not null);

    /// <summary>A settable member of the team's settings or options class: what configuration sets it to is what the program runs with.</summary>
    public static bool IsSetting(IPropertySymbol property)
        => property.SetMethod is not null && PersonalDataClassifier.IsTeamSettingsType(property.ContainingType);

    /// <summary>A settable property of the team's settings or options class, read by <paramref name="value"/>.</summary>
    private static IPropertySymbol? SettingsProperty(IOperation value)
        => OperationShapes.Unconverted(value) is IPropertyReferenceOperation { Property: var property } && IsSetting(property) ? property : null;

    /// <summary>The configured text is the row's unsafe value: <c>false</c>, or the enum member by name or number.</summary>
    public static bool IsUnsafeText(ChannelSetting row, string text, ITypeSymbol type)
        => row.Value switch
        {
            UnsafeValue.False => type.SpecialType == SpecialType.System_Boolean && string.Equals(text, "false", StringComparison.OrdinalIgnoreCase),
            UnsafeValue.EnumMember => string.Equals(text, row.EnumMember, StringComparison.OrdinalIgnoreCase)
                                      || long.TryParse(text, out var number) && EnumValue(type, row.EnumMember!) == number,
            _ => false,
        };

    /// <summary>The value a property without initializer starts with is the unsafe one: <c>bool</c> false, an enum's zero member.</summary>
    public static bool IsUnsafeDefault(ChannelSetting row, ITypeSymbol type)
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

    private static bool HasInitializer(IPropertySymbol property) => Initializer(property) is not null;

    /// <summary>A property this compilation declares (its own settings class), not one of a referenced package's.</summary>
    private static bool DeclaredHere(IPropertySymbol property) => !property.DeclaringSyntaxReferences.IsEmpty;

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
