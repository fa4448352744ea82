using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Text parameters a method looks a user up by (<c>await _userManager.FindByIdAsync(userId)</c>): a lookup of a manager or store
/// of a user type whose <c>Id</c> is personal data (ASP.NET Identity marks <c>IdentityUser.Id</c> <c>[PersonalData]</c>), given the
/// parameter as its id. The parameter then holds that person's id whatever it is called — an agent's tool argument, an action's
/// route value (round 22's HR tools logged the <c>userId</c> they assign roles to).
/// </summary>
internal sealed class UserIdLookups : ParametersByUse
{
    public UserIdLookups(SourceBodies bodies)
        : base(bodies)
    {
    }

    /// <summary>True when <paramref name="parameter"/>'s method looks a person's user record up by it.</summary>
    public bool IsLookedUp(IParameterSymbol parameter) => IsUsed(parameter);

    protected override void Collect(IOperation operation, IMethodSymbol method, Uses uses)
    {
        foreach (var id in LookupIds(operation))
        {
            AddIfOwnParameter(uses, id, method);
        }
    }

    /// <summary>Steps from a reference up to the <c>if</c> around it: an interpolation in a thrown exception in a block.</summary>
    private const int MaxSteps = 24;

    /// <summary>
    /// True when <paramref name="reference"/> to <paramref name="parameter"/> lies where the user looked up by it was not
    /// found — in <c>if (user == null) { … }</c> (or <c>is null</c>), <c>user</c> a local the method assigns from that lookup.
    /// There the id names no one: it is the key a search was made with, and none was found (round 22's HR tools throwing
    /// "user {userId} was not found").
    /// </summary>
    public static bool FoundNoOne(IOperation reference, IParameterSymbol parameter)
    {
        var child = reference;
        var parent = reference.Parent;
        for (var step = 0; parent is not null && step < MaxSteps; step++)
        {
            if (parent is IConditionalOperation guard && guard.WhenTrue == child && NullTested(guard.Condition) is { } found
                && StoredValues.Assigned(found, guard).Any(value => IsLookupBy(value, parameter)))
            {
                return true;
            }

            child = parent;
            parent = parent.Parent;
        }

        return false;
    }

    /// <summary>The local a condition finds null (<c>user == null</c>, <c>null == user</c>, <c>user is null</c>), or null.</summary>
    private static ILocalSymbol? NullTested(IOperation condition) => condition switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } test when IsNull(test.RightOperand) => LocalOf(test.LeftOperand),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } test when IsNull(test.LeftOperand) => LocalOf(test.RightOperand),
        IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } test when IsNull(constant) => LocalOf(test.Value),
        _ => null,
    };

    private static bool IsNull(IOperation operand) => OperationShapes.Unconverted(operand).ConstantValue is { HasValue: true, Value: null };

    private static ILocalSymbol? LocalOf(IOperation operand) => (OperationShapes.Unconverted(operand) as ILocalReferenceOperation)?.Local;

    /// <summary>A lookup of a person's user record (awaited or not) given the parameter as its id.</summary>
    private static bool IsLookupBy(IOperation value, IParameterSymbol parameter)
    {
        var call = OperationShapes.Unconverted(value);
        if (call is IAwaitOperation awaited)
        {
            call = OperationShapes.Unconverted(awaited.Operation);
        }

        return LookupIds(call).Any(id => OperationShapes.Unconverted(id) is IParameterReferenceOperation given
                                         && SymbolEqualityComparer.Default.Equals(given.Parameter.OriginalDefinition, parameter.OriginalDefinition));
    }

    /// <summary>The values a call hands as the <c>…Id</c> of a lookup on a manager or store of a person's user records.</summary>
    private static IEnumerable<IOperation> LookupIds(IOperation operation)
    {
        if (operation is not IInvocationOperation { Instance.Type: INamedTypeSymbol { IsGenericType: true } receiver } call || !LooksUpPersonsById(receiver))
        {
            yield break;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name.EndsWith("Id", StringComparison.Ordinal) == true)
            {
                yield return argument.Value;
            }
        }
    }

    /// <summary>A manager or store over a user type whose <c>Id</c> is marked personal (<c>UserManager&lt;AppUser&gt;</c>).</summary>
    private static bool LooksUpPersonsById(INamedTypeSymbol receiver)
    {
        foreach (var argument in receiver.TypeArguments)
        {
            foreach (var type in BaseTypes.Chain(argument))
            {
                foreach (var member in type.GetMembers("Id"))
                {
                    if (member is IPropertySymbol && PersonalAttributes.IsMarked(member))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
