using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// The error details a thrown exception carries besides its message: <c>throw ApiException.NotFound(new Error("Auth.Error",
/// $"User with email '{email}' not found"))</c> — an error object whose message an exception handler writes into the log
/// and the problem response. Found by shape: an object created among the exception's arguments (directly, in an array or
/// a collection) whose constructor parameter or initialized property is a message (<c>Message</c>, <c>ErrorMessage</c>,
/// <c>Description</c>, <c>Detail</c>, <c>Reason</c>). Calls and lambdas are not looked into: what a method makes of its
/// arguments is its own.
/// </summary>
internal static class CarriedErrorMessages
{
    private const int MaxDepth = 4;

    private static readonly HashSet<string> MessageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "message", "errorMessage", "description", "errorDescription", "detail", "details", "reason",
    };

    /// <summary>The message values of the error objects <paramref name="argument"/> creates.</summary>
    public static List<IOperation> Of(IOperation argument, Func<ITypeSymbol?, bool> isException)
    {
        var found = new List<IOperation>();
        Collect(argument, isException, found, 0);
        return found;
    }

    private static void Collect(IOperation operation, Func<ITypeSymbol?, bool> isException, List<IOperation> found, int depth)
    {
        if (depth > MaxDepth || operation is IInvocationOperation or IAnonymousFunctionOperation or IDelegateCreationOperation)
        {
            return;
        }

        if (operation is IObjectCreationOperation creation)
        {
            // An inner exception is thrown with its own message, judged where it is created.
            if (isException(creation.Type))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is { } parameter && MessageNames.Contains(parameter.Name))
                {
                    found.Add(argument.Value);
                }
            }

            foreach (var initializer in creation.Initializer is { } initialized ? initialized.Initializers : ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment && MessageNames.Contains(name))
                {
                    found.Add(assignment.Value);
                }
            }
        }

        foreach (var child in operation.ChildOperations)
        {
            Collect(child, isException, found, depth + 1);
        }
    }
}
