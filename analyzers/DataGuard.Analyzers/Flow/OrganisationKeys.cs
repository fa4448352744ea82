using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Values a method shows to be an organisation's own contact: a login, OTP or password-reset request that carries nothing but
/// an e-mail or phone follows the record it is compared with (round 20: a lab signs in with
/// <c>_context.LabSignups.FirstOrDefaultAsync(u =&gt; u.Email == dto.Email)</c>, a clinic with
/// <c>await _clinics.GetByEmailAsync(dto.Email)</c> returning its <c>ClinicSignup</c>). Decided by flow within the method, in
/// either of two shapes: the value is compared with a column that holds an organisation's value on its record
/// (<see cref="NonPersonRecords"/>), or handed to the program's own look-up, by a parameter named for personal data, that
/// answers with such a record. A value also compared with, or looked up as, anything else — a person's row, a user's
/// account — is not shown to be the organisation's, and stays as its name says.
/// </summary>
internal static class OrganisationKeys
{
    /// <summary>A parameter or local (<c>email</c>), or one member of it (<c>dto.Email</c>).</summary>
    public readonly struct Key : IEquatable<Key>
    {
        public Key(ISymbol variable, ISymbol? member)
        {
            Variable = variable;
            Member = member?.OriginalDefinition;
        }

        public ISymbol Variable { get; }

        public ISymbol? Member { get; }

        public bool Equals(Key other)
            => SymbolEqualityComparer.Default.Equals(Variable, other.Variable) && SymbolEqualityComparer.Default.Equals(Member, other.Member);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
            => SymbolEqualityComparer.Default.GetHashCode(Variable) * 31 + (Member is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(Member));
    }

    /// <summary>String calls that keep the value while comparing it: <c>u.Email.ToLower() == email.Trim()</c>.</summary>
    private static readonly HashSet<string> Normalizers = new(StringComparer.Ordinal)
    {
        "ToLower", "ToUpper", "ToLowerInvariant", "ToUpperInvariant", "Trim", "TrimStart", "TrimEnd",
    };

    /// <summary>The values <paramref name="root"/> compares or looks up only as an organisation's; empty when there are none.</summary>
    public static ImmutableHashSet<Key> In(IOperation root, PersonalDataClassifier classifier)
    {
        // Most methods compare nothing with an organisation's column: the sets are built only on the first comparison.
        HashSet<Key>? organisations = null;
        HashSet<Key>? others = null;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    Compared(comparison.LeftOperand, comparison.RightOperand, classifier, ref organisations, ref others);
                    Compared(comparison.RightOperand, comparison.LeftOperand, classifier, ref organisations, ref others);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Equals" } equals when Operands(equals) is var (left, right) && left is not null && right is not null:
                    Compared(left, right, classifier, ref organisations, ref others);
                    Compared(right, left, classifier, ref organisations, ref others);
                    break;
                case IInvocationOperation call when !PersonalDataClassifier.IsFramework(call.TargetMethod.ContainingType):
                    LookedUp(call, classifier, ref organisations, ref others);
                    break;
            }
        }

        if (organisations is null)
        {
            return ImmutableHashSet<Key>.Empty;
        }

        if (others is not null)
        {
            organisations.ExceptWith(others);
        }

        return organisations.ToImmutableHashSet();
    }

    /// <summary>The two values an <c>Equals</c> call compares: <c>a.Equals(b)</c> or <c>string.Equals(a, b, comparison)</c>.</summary>
    private static (IOperation? Left, IOperation? Right) Operands(IInvocationOperation equals)
        => equals.Instance is { } instance
            ? (instance, equals.Arguments.Length > 0 ? equals.Arguments[0].Value : null)
            : (equals.Arguments.Length > 1 ? equals.Arguments[0].Value : null, equals.Arguments.Length > 1 ? equals.Arguments[1].Value : null);

    /// <summary><paramref name="value"/> compared with <paramref name="column"/>: an organisation's key when the column is one of its own.</summary>
    private static void Compared(IOperation column, IOperation value, PersonalDataClassifier classifier, ref HashSet<Key>? organisations, ref HashSet<Key>? others)
    {
        if (KeyOf(value, classifier) is not { } key || Unwrapped(column) is not IMemberReferenceOperation { Instance: not null } read
            || read.Member.ContainingType is not { } record || PersonalDataClassifier.IsFramework(record))
        {
            return;
        }

        if (classifier.IsOrganisationsOwn(read.Member))
        {
            (organisations ??= new HashSet<Key>()).Add(key);
        }
        else if (classifier.IsPersonsRecord(record))
        {
            (others ??= new HashSet<Key>()).Add(key);
        }
    }

    /// <summary>The program's own look-up (<c>GetByEmailAsync(dto.Email)</c>): its personal-named parameters look up what it answers with.</summary>
    private static void LookedUp(IInvocationOperation call, PersonalDataClassifier classifier, ref HashSet<Key>? organisations, ref HashSet<Key>? others)
    {
        // Most calls hand on nothing named for personal data: the answer's record is classified only for those that do.
        List<Key>? keys = null;
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && classifier.Names.IsPersonal(parameter.Name) && KeyOf(argument.Value, classifier) is { } key)
            {
                (keys ??= new List<Key>()).Add(key);
            }
        }

        var answer = call.Parent is IAwaitOperation awaited ? awaited.Type : call.Type;
        if (keys is null || answer is null || PersonalDataClassifier.IsPlainValue(answer))
        {
            return;
        }

        if ((PersonalDataClassifier.ElementType(answer) ?? answer) is not INamedTypeSymbol record)
        {
            return;
        }

        var isOrganisation = classifier.IsOrganisationRecord(record);
        if (!isOrganisation && !classifier.IsPersonsRecord(record))
        {
            return;
        }

        (isOrganisation ? organisations ??= new HashSet<Key>() : others ??= new HashSet<Key>()).UnionWith(keys);
    }

    /// <summary>The parameter or local, or its member, that <paramref name="value"/> reads; null for anything else.</summary>
    private static Key? KeyOf(IOperation value, PersonalDataClassifier classifier)
        => Unwrapped(value) switch
        {
            IParameterReferenceOperation parameter => new Key(parameter.Parameter, null),
            ILocalReferenceOperation local => new Key(local.Local, null),
            // A person's request (ClinicUserLogin, CreateClinicSuperAdmin) stays a person's whatever its e-mail is compared with.
            IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } member when OperationShapes.VariableOf(member.Instance) is { } variable
                                                                                              && !(member.Member.ContainingType is { } request && classifier.IsPersonsRecord(request))
                => new Key(variable, member.Member),
            _ => null,
        };

    private static IOperation Unwrapped(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    break;
                case IInvocationOperation { Instance: { } instance, TargetMethod.ContainingType.SpecialType: SpecialType.System_String } normalized
                    when Normalizers.Contains(normalized.TargetMethod.Name):
                    value = instance;
                    break;
                default:
                    return value;
            }
        }
    }

    /// <summary>True when <paramref name="variable"/> (or its <paramref name="member"/>) is one of <paramref name="keys"/>.</summary>
    public static bool Holds(ImmutableHashSet<Key> keys, ISymbol variable, ISymbol? member)
        => !keys.IsEmpty && keys.Contains(new Key(variable, member));
}
