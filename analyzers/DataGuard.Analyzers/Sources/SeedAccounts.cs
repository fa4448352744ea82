using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A user account the program's author or operator defines, not a person: a seeder's <c>new AppUser { UserName = "admin",
/// Email = "admin@example.com" }</c> or <c>{ UserName = adminEmail, Email = adminEmail }</c> with <c>adminEmail</c> read from
/// configuration. ASP.NET Identity's errors quote only the user name and e-mail it refused, so errors about such an account
/// name nobody (<see cref="QuotedErrors"/>). Both members must be set where the user is created, each to a constant or a
/// configuration value (<see cref="OperatorValues"/>), directly or through a local, and neither set again afterwards: a user
/// built from a request (<c>UserName = dto.UserName</c>) is a person's account. The local may first hold a look-up of the
/// account by such values (<c>FindByEmailAsync(adminEmail)</c>), which finds the seed account or nothing.
/// </summary>
internal static class SeedAccounts
{
    /// <summary>The members Identity's errors quote (<c>DuplicateUserName</c>, <c>InvalidEmail</c>, …).</summary>
    private static readonly string[] QuotedMembers = { "UserName", "Email" };

    /// <summary>True when <paramref name="user"/>, the user handed to <c>UserManager</c>, is built from operator values only.</summary>
    public static bool IsSeedAccount(IOperation user)
    {
        if (OperationShapes.Unconverted(user) is not ILocalReferenceOperation local) return false;

        var assigned = StoredValues.Assigned(local.Local, user).ToList();
        var created = assigned.Where(value => OperationShapes.Unconverted(value) is IObjectCreationOperation).ToList();
        return created.Count == 1 && OperationShapes.Unconverted(created[0]) is IObjectCreationOperation { Initializer: { } initializer }
               && QuotedMembers.All(member => SetToOperatorValue(initializer, member, user))
               && assigned.All(value => value == created[0] || IsLookUpByOperatorValues(value, user))
               && !SetAfterwards(local.Local, user);
    }

    /// <summary>
    /// <c>adminUser = await userManager.FindByEmailAsync(adminEmail)</c> before the account is created: the seed account looked
    /// up by its own constant or configured values, so the local holds that account or the one the seeder then builds.
    /// </summary>
    private static bool IsLookUpByOperatorValues(IOperation value, IOperation at)
        => OperationShapes.Unconverted(value is IAwaitOperation awaited ? awaited.Operation : value) is IInvocationOperation { Arguments.Length: > 0 } call
           && call.Arguments.All(argument => IsOperatorValue(argument.Value, at));

    private static bool SetToOperatorValue(IObjectOrCollectionInitializerOperation initializer, string member, IOperation at)
    {
        var values = initializer.Initializers.OfType<ISimpleAssignmentOperation>()
            .Where(a => a.Target is IMemberReferenceOperation { Member.Name: var name } && name == member)
            .Select(a => a.Value).ToList();
        return values.Count == 1 && IsOperatorValue(values[0], at);
    }

    /// <summary>A constant or configuration value, or a local the method assigns only such values (<c>var adminEmail = configuration["…"]</c>).</summary>
    private static bool IsOperatorValue(IOperation value, IOperation at)
    {
        if (OperatorValues.IsOperatorValue(value)) return true;
        if (OperationShapes.Unconverted(value) is not ILocalReferenceOperation local) return false;

        var assigned = StoredValues.Assigned(local.Local, at).ToList();
        return assigned.Count > 0 && assigned.All(OperatorValues.IsOperatorValue);
    }

    /// <summary><c>user.Email = dto.Email</c> after the creation: the account is no longer the seed's alone.</summary>
    private static bool SetAfterwards(ILocalSymbol user, IOperation at)
        => StoredValues.Root(at).Descendants().OfType<ISimpleAssignmentOperation>().Any(a =>
            a.Target is IMemberReferenceOperation { Member.Name: var name, Instance: ILocalReferenceOperation owner }
            && SymbolEqualityComparer.Default.Equals(owner.Local, user) && Array.IndexOf(QuotedMembers, name) >= 0);
}
