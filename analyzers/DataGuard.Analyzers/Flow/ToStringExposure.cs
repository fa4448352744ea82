using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>The personal members a type prints when turned into text, and through what.</summary>
internal sealed class Exposure
{
    public static readonly Exposure None = new(ImmutableArray<ISymbol>.Empty, string.Empty, false);

    public Exposure(ImmutableArray<ISymbol> members, string via, bool printsPublicMembers)
    {
        Members = members;
        Via = via;
        PrintsPublicMembers = printsPublicMembers;
    }

    public ImmutableArray<ISymbol> Members { get; }

    /// <summary>"its synthesized ToString", "its ToString override", "[DebuggerDisplay]".</summary>
    public string Via { get; }

    /// <summary>True when the compiler-synthesized record ToString prints every public member (so any value put in shows).</summary>
    public bool PrintsPublicMembers { get; }
}

/// <summary>Works out <see cref="Exposure"/> for records (synthesized or explicit ToString/PrintMembers), ToString overrides and [DebuggerDisplay].</summary>
internal sealed class ToStringExposure
{
    /// <summary>The member a <c>[DebuggerDisplay]</c> hole starts with: <c>{Mobile}</c>, <c>{DebuggerDisplay,nq}</c>, <c>{ToString()}</c>.
    /// Interpreted: a few attributes per compilation do not repay emitting and JITting IL in each compiler process.</summary>
    private static readonly Regex DebuggerDisplayHole = new(@"\{\s*([A-Za-z_\p{L}][\w\p{L}]*)", RegexOptions.None);

    private readonly DataGuardProfile _profile;

    /// <summary>
    /// Exposures kept as a fresh walk from each type would find them: an exposure worked out inside another (a member's type)
    /// cuts the types in progress above it as cycles, and keeping that shorter answer for everyone made a type's report depend
    /// on which rule or type asked first.
    /// </summary>
    private readonly BoundedAnswers<Exposure> _answers = new(WalkKind.Exposure);

    /// <summary><see cref="Compute"/> as one delegate, not a new closure at every look-up.</summary>
    private readonly Func<ISymbol, Exposure> _compute;

    public ToStringExposure(DataGuardProfile profile)
    {
        _profile = profile;
        _compute = type => Compute((INamedTypeSymbol)type);
    }

    /// <summary>
    /// What the type prints of personal data. A ToString that prints an object whose ToString is being worked out (directly
    /// or through a cycle) adds nothing.
    /// </summary>
    public Exposure Of(ITypeSymbol type)
        => type is INamedTypeSymbol named ? _answers.Get(named.OriginalDefinition, _compute, Exposure.None) : Exposure.None;

    private Exposure Compute(INamedTypeSymbol type)
    {
        if (PersonalDataClassifier.IsFramework(type) || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return Exposure.None;
        }

        var toString = ToStringExposureOf(type);
        var display = new Exposure(DebuggerDisplayExposure(type), "[DebuggerDisplay]", false);
        if (display.Members.IsEmpty)
        {
            return toString;
        }

        if (toString.Members.IsEmpty)
        {
            return display;
        }

        return new Exposure(toString.Members.AddRange(display.Members.Except(toString.Members, SymbolEqualityComparer.Default)),
            toString.Via + " and [DebuggerDisplay]", toString.PrintsPublicMembers);
    }

    private Exposure ToStringExposureOf(INamedTypeSymbol type)
    {
        // The ToString that runs: the type's own, a sealed one up the chain, or (for classes) the nearest override.
        // A record synthesizes its own ToString otherwise, even when a base record declares one.
        for (var current = type; current is not null && !PersonalDataClassifier.IsFramework(current); current = current.BaseType)
        {
            if (ExplicitMethod(current, "ToString", 0) is { } toString && (SymbolEqualityComparer.Default.Equals(current, type) || toString.IsSealed || !type.IsRecord))
            {
                return new Exposure(PrintedBy(toString), "its ToString override", false);
            }
        }

        if (!type.IsRecord)
        {
            return Exposure.None;
        }

        // Synthesized ToString prints PrintMembers: each record level prints its public members, unless it declares PrintMembers.
        var members = ImmutableArray.CreateBuilder<ISymbol>();
        for (var current = type; current is { IsRecord: true } && !PersonalDataClassifier.IsFramework(current); current = current.BaseType)
        {
            if (ExplicitMethod(current, "PrintMembers", 1) is { } printMembers)
            {
                members.AddRange(PrintedBy(printMembers));
                return new Exposure(Distinct(members), "its PrintMembers override", false);
            }

            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsImplicitlyDeclared: false }
                    && !member.IsStatic && member.DeclaredAccessibility == Accessibility.Public
                    && (_profile.Classifier.IsPersonal(member) && !PrintsTypeName(PersonalDataClassifier.MemberType(member)) || PrintsPersonalData(member)))
                {
                    members.Add(member);
                }
            }
        }

        return new Exposure(Distinct(members), "its synthesized ToString", true);
    }

    /// <summary>
    /// Framework collections and arrays print their type name (<c>PhoneNumbers = System.Collections.Generic.List`1[System.String]</c>,
    /// <c>Form = System.Collections.Specialized.NameValueCollection</c>), not what they hold; <c>StringValues</c> prints its text.
    /// </summary>
    private static bool PrintsTypeName(ITypeSymbol? type)
        => type is IArrayTypeSymbol
           || type is INamedTypeSymbol named && PersonalDataClassifier.IsFramework(named) && !PersonalDataClassifier.IsPlainValue(named)
              && named.SpecialType != SpecialType.System_String && named.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

    /// <summary>A member whose own ToString shows personal data (<c>Suspect = SuspectInfo { FullName = … }</c>); not <c>List&lt;T&gt;</c>, which prints its type name.</summary>
    private bool PrintsPersonalData(ISymbol member)
        => ((member as IPropertySymbol)?.Type ?? (member as IFieldSymbol)?.Type) is { } type && !Of(type).Members.IsEmpty;

    private readonly ConcurrentDictionary<ITypeSymbol, bool> _printsState = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// True when the type's own ToString override prints text state of the object (a string, object or collection field or
    /// property): whatever personal values the object was built from show in it (<c>new FailureMessage(form).ToString()</c>).
    /// </summary>
    public bool PrintsOwnState(ITypeSymbol type)
        => type is INamedTypeSymbol named && _printsState.GetOrAdd(named.OriginalDefinition, t => ComputePrintsOwnState((INamedTypeSymbol)t));

    private bool ComputePrintsOwnState(INamedTypeSymbol type)
    {
        if (ExplicitMethod(type, "ToString", 0) is not { } toString || _profile.Bodies.Body(toString) is not { } body)
        {
            return false;
        }

        return body.Descendants().Any(op => op is IMemberReferenceOperation { Instance: IInstanceReferenceOperation, Member: IFieldSymbol or IPropertySymbol } member
                                            && PersonalDataClassifier.MemberType(member.Member) is { } memberType && memberType.SpecialType is not (>= SpecialType.System_Boolean and <= SpecialType.System_Double)
                                            && memberType.TypeKind != TypeKind.Enum);
    }

    private static ImmutableArray<ISymbol> Distinct(IEnumerable<ISymbol> members) => members.Distinct(SymbolEqualityComparer.Default).ToImmutableArray();

    private static IMethodSymbol? ExplicitMethod(INamedTypeSymbol type, string name, int parameters)
        => type.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsImplicitlyDeclared && m.Parameters.Length == parameters && !m.IsStatic);

    /// <summary>The personal members whose data reaches the method's result or the StringBuilder it appends to.</summary>
    private ImmutableArray<ISymbol> PrintedBy(IMethodSymbol method)
    {
        var body = _profile.Bodies.Body(method);
        if (body is null)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var printed = Taint.None;
        FlowState? final = null;
        var walker = new FlowWalker(_profile, op => op is IReturnOperation, (op, evaluator) =>
        {
            if (op is IReturnOperation { ReturnedValue: { } value })
            {
                printed = printed.Union(evaluator.Evaluate(value));
            }

            final = evaluator.State;
        }, summarized: null);
        walker.Run(body);
        if (walker.Exhausted)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        final ??= walker.State;
        foreach (var parameter in method.Parameters)
        {
            if (final.TryGetTaint(parameter, out var appended))
            {
                printed = printed.Union(appended);
            }
        }

        return printed.Values.Where(v => v.Symbol is IFieldSymbol or IPropertySymbol).Select(v => v.Symbol).Distinct(SymbolEqualityComparer.Default).ToImmutableArray();
    }

    private ImmutableArray<ISymbol> DebuggerDisplayExposure(INamedTypeSymbol type)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "DebuggerDisplayAttribute");
        if (attribute is null || attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not string format)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var members = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (Match match in DebuggerDisplayHole.Matches(format))
        {
            var name = match.Groups[1].Value;
            for (var current = type; current is not null; current = current.BaseType)
            {
                var member = current.GetMembers(name).FirstOrDefault(m => m is IFieldSymbol or IPropertySymbol or IMethodSymbol { Parameters.Length: 0 });
                if (member is not null)
                {
                    if (_profile.Classifier.IsPersonal(member))
                    {
                        members.Add(member);
                    }
                    else if (((member as IPropertySymbol)?.GetMethod ?? member as IMethodSymbol) is { } computed)
                    {
                        // {DebuggerDisplay,nq} names a private property that formats other members: what it prints is shown.
                        members.AddRange(PrintedBy(computed));
                    }

                    break;
                }
            }
        }

        return members.ToImmutable();
    }
}
