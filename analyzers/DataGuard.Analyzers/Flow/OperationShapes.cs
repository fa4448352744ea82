using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Facts about the shape of an operation or a type that decide how data passes through it (a variable behind conversions, a
/// dictionary's keys, an expression tree, a lambda's own returns). Stateless; kept apart from <see cref="TaintEvaluator"/>,
/// whose job is the evaluation itself.
/// </summary>
internal static class OperationShapes
{
    /// <summary>The local or parameter an operation reads, through conversions; null for anything else.</summary>
    public static ISymbol? VariableOf(IOperation? operation)
        => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IConversionOperation conversion => VariableOf(conversion.Operand),
            _ => null,
        };

    /// <summary>
    /// The keys of a dictionary's entries: a dictionary named for personal data (<c>officerPhones</c>) is named for its values,
    /// so its name says nothing about the keys; data that flowed in from personal members still counts.
    /// </summary>
    public static Taint KeysOf(Taint entries)
    {
        entries = entries.WithoutWholeRecords();
        if (entries.Values.IsEmpty || !entries.Values.Any(v => IsDictionary(v.Symbol)))
        {
            return entries;
        }

        return Taint.Of(entries.Values.Where(v => !IsDictionary(v.Symbol)).ToImmutableArray());
    }

    /// <summary>The type of the value a source symbol holds or returns (a type stands for itself); null for anything else.</summary>
    public static ITypeSymbol? ValueTypeOf(ISymbol symbol)
        => symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            ILocalSymbol local => local.Type,
            IMethodSymbol method => method.ReturnType,
            ITypeSymbol type => type,
            _ => null,
        };

    /// <summary>True for a variable or member whose elements are key-value pairs.</summary>
    public static bool IsDictionary(ISymbol symbol)
    {
        var type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };
        return type is not null && PersonalDataClassifier.ElementType(type) is INamedTypeSymbol { Name: "KeyValuePair" };
    }

    /// <summary>A numeric local: judged by what the flow assigned to it, not by its name.</summary>
    public static bool IsNumber(ISymbol symbol)
        => symbol is ILocalSymbol { Type.SpecialType: >= SpecialType.System_SByte and <= SpecialType.System_Double };

    /// <summary>
    /// The <c>?.</c> whose receiver a conditional-access instance stands for: the nearest one the instance lies in the
    /// <c>WhenNotNull</c> of. In <c>user?.Identity?.Name</c> the instance before <c>Identity</c> is the operand of the inner
    /// <c>?.</c> and stands for <c>user</c>, the outer one's receiver.
    /// </summary>
    public static IConditionalAccessOperation? ConditionalAccessOwner(IOperation operation)
    {
        var child = operation;
        for (var current = operation.Parent; current is not null; child = current, current = current.Parent)
        {
            if (current is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Property(x => x.Email)</c>, <c>HasIndex(x => x.Phone)</c>: a lambda turned into an expression tree names a member,
    /// it reads no one's data.
    /// </summary>
    public static bool IsExpressionTree(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "Expression" or "LambdaExpression" } named
           && named.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions";

    public static bool IsText(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_String || type.Name == "Uri" && PersonalDataClassifier.IsFramework(type);

    public static bool IsAsyncResult(ITypeSymbol type)
        => type.Name is "Task" or "ValueTask" or "IAsyncEnumerable" or "HttpResponseMessage" or "Stream" or "IDisposable"
           && PersonalDataClassifier.IsFramework(type);

    public static Taint UnionOf(IEnumerable<Taint> taints)
    {
        var result = Taint.None;
        foreach (var taint in taints)
        {
            result = result.Union(taint);
        }

        return result;
    }

    /// <summary>The operand under one implicit or explicit conversion (<c>(object)x</c>, <c>int</c> to <c>long</c>), else the operation itself.</summary>
    public static IOperation Unconverted(IOperation operation) => operation is IConversionOperation conversion ? conversion.Operand : operation;

    /// <summary>
    /// Every operation inside the arguments a query chain's calls take after their source (<c>Where(a =&gt; a.Token == token)</c>,
    /// <c>FirstOrDefaultAsync(…)</c>), from <paramref name="last"/> inwards. The chain is as long as the code wrote it; each step is
    /// one call deeper in its first argument.
    /// </summary>
    public static IEnumerable<IOperation> QueryFilterParts(IInvocationOperation last)
    {
        for (IOperation? current = last; current is IInvocationOperation { Arguments.Length: > 0 } call; current = Unconverted(call.Arguments[0].Value))
        {
            foreach (var part in call.Arguments.Skip(1).SelectMany(a => a.Value.DescendantsAndSelf())) yield return part;
        }
    }

    /// <summary>The value with the conversions, parentheses and <c>await</c> around it: what its parent does with it.</summary>
    public static IOperation Outermost(IOperation value)
    {
        var current = value;
        while (current.Parent is IConversionOperation or IAwaitOperation or IParenthesizedOperation) current = current.Parent;
        return current;
    }

    /// <summary>
    /// The returns of a lambda body itself, not of lambdas or local functions nested in it: those are evaluated when their
    /// own value is, and following them here made each nesting level redo every level below (exponential in depth).
    /// </summary>
    public static IEnumerable<IReturnOperation> OwnReturns(IOperation body)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            foreach (var child in pending.Pop().ChildOperations)
            {
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation) continue;
                if (child is IReturnOperation ret) yield return ret;
                pending.Push(child);
            }
        }
    }

    /// <summary>A return from the method itself, not from a lambda or local function inside it (those hand the value elsewhere).</summary>
    public static bool ReturnsFromMethod(IReturnOperation @return)
    {
        for (var current = @return.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }

        return true;
    }
}
