using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A tuple's element names are the program's own, though the tuple type is the framework's: in
/// <c>(string Id, string Name, string TelephoneNumber) CustomerInfo</c> the elements are a customer's name and phone (round 24
/// training's garage events). An element is judged by its own name, as a member of a record named as the field, property or
/// parameter that declares the tuple (<c>CustomerInfo.Name</c> is a customer's name, <c>ProductInfo.Name</c> a product's).
/// </summary>
internal static class TupleElements
{
    /// <summary>Syntax steps from an element up to its declaration (<c>List&lt;(string Id, string Name)&gt; Rows</c> takes four).</summary>
    private const int MaxSteps = 8;

    /// <summary>True for a tuple element the program named (<c>Name</c> of <c>(string Id, string Name)</c>), not <c>Item1</c>.</summary>
    public static bool IsNamedElement(ISymbol symbol)
        => symbol is IFieldSymbol { ContainingType.IsTupleType: true } field && !SymbolEqualityComparer.Default.Equals(field, field.CorrespondingTupleField);

    /// <summary>
    /// The name of the record a member belongs to: its type's, or for a named tuple element the name of what declares the
    /// tuple (a field, property, parameter, local or method; null when there is none, as for a tuple built inline).
    /// </summary>
    public static string? OwnerName(ISymbol member)
    {
        if (!IsNamedElement(member))
        {
            return member.ContainingType?.Name;
        }

        var node = member.DeclaringSyntaxReferences.Length == 1 ? member.DeclaringSyntaxReferences[0].GetSyntax() : null;
        for (var steps = 0; node is not null && steps < MaxSteps; steps++, node = node.Parent)
        {
            switch (node)
            {
                case VariableDeclarationSyntax { Variables.Count: 1 } declaration:
                    return Described(declaration.Variables[0].Identifier.ValueText);
                case PropertyDeclarationSyntax property:
                    return Described(property.Identifier.ValueText);
                case ParameterSyntax parameter:
                    return Described(parameter.Identifier.ValueText);
                case MethodDeclarationSyntax method:
                    return Described(method.Identifier.ValueText);
            }
        }

        return null;
    }

    /// <summary>What a holder's name says the tuple describes: <c>CustomerInfo</c> and <c>customerData</c> describe a customer.</summary>
    private static string Described(string holder)
    {
        foreach (var suffix in HolderSuffixes)
        {
            if (holder.Length > suffix.Length && holder.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return holder.Substring(0, holder.Length - suffix.Length);
            }
        }

        return holder;
    }

    /// <summary>Last words of a holder's name that say it holds a tuple of details, not what the details are about.</summary>
    private static readonly string[] HolderSuffixes = { "Info", "Data", "Details", "Detail" };
}
