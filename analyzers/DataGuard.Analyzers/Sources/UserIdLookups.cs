using System;
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
        if (operation is not IInvocationOperation { Instance.Type: INamedTypeSymbol { IsGenericType: true } receiver } call || !LooksUpPersonsById(receiver))
        {
            return;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name.EndsWith("Id", StringComparison.Ordinal) == true)
            {
                AddIfOwnParameter(uses, argument.Value, method);
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
