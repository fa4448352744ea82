using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A framework's error list that quotes the values it refused: ASP.NET Identity's <c>IdentityResult.Errors</c> from creating
/// or changing a user say "Username 'someone@example.org' is already taken" and "Email '…' is invalid". Put into an exception
/// or a log line (<c>$"User creation failed: {string.Join(", ", result.Errors.Select(e => e.Description))}"</c>), they carry the
/// user's name and e-mail. The same list from other calls (roles, passwords) names no person, so the result must come, in the
/// method, from one of the calls of the row — and, for a user the program's author or operator defines (a seeder's
/// <c>"admin"</c>), they quote no person (<see cref="SeedAccounts"/>).
/// </summary>
internal static class QuotedErrors
{
    /// <summary>A result type's error member, and the calls of a type whose results quote a person's values in it.</summary>
    private sealed class Row
    {
        public Row(string resultType, string member, string producerType, params string[] producers)
        {
            ResultType = resultType;
            Member = member;
            ProducerType = producerType;
            Producers = producers;
        }

        public string ResultType { get; }

        public string Member { get; }

        public string ProducerType { get; }

        public IReadOnlyCollection<string> Producers { get; }

        /// <summary>The producers whose errors quote the user object they are handed (its user name and e-mail).</summary>
        public string[] SeedableProducers { get; set; } = Array.Empty<string>();
    }

    private static readonly Row[] Rows =
    {
        new("Microsoft.AspNetCore.Identity.IdentityResult", "Errors", "Microsoft.AspNetCore.Identity.UserManager`1",
            "CreateAsync", "UpdateAsync", "SetUserNameAsync", "SetEmailAsync", "ChangeEmailAsync")
        {
            SeedableProducers = new[] { "CreateAsync", "UpdateAsync" },
        },
    };

    /// <summary>Locals followed back to the call that produced the result.</summary>
    private const int MaxDepth = 3;

    /// <summary>True when <paramref name="read"/> reads an error list that quotes a person's values.</summary>
    public static bool QuotesPerson(IMemberReferenceOperation read)
    {
        if (read.Member is not IPropertySymbol { ContainingType: { } owner } property)
        {
            return false;
        }

        foreach (var row in Rows)
        {
            if (property.Name == row.Member && PersonalAttributes.MetadataName(owner.OriginalDefinition) == row.ResultType
                && ProducedBy(read.Instance, row, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Creating or updating a seed account (<see cref="SeedAccounts"/>): its errors quote the author's or operator's values.
    /// The calls that set a new name or e-mail quote their argument, not the user built earlier, and stay judged.
    /// </summary>
    private static bool QuotesSeedAccount(IInvocationOperation call, Row row)
        => Array.IndexOf(row.SeedableProducers, call.TargetMethod.Name) >= 0 && call.Arguments.Length > 0
           && SeedAccounts.IsSeedAccount(call.Arguments[0].Value);

    private static bool ProducedBy(IOperation? result, Row row, int depth)
    {
        if (result is null || depth > MaxDepth)
        {
            return false;
        }

        switch (OperationShapes.Unconverted(result))
        {
            case IAwaitOperation awaited:
                return ProducedBy(awaited.Operation, row, depth + 1);
            case IInvocationOperation call:
                return row.Producers.Contains(call.TargetMethod.Name)
                       && BaseTypes.Any(call.TargetMethod.ContainingType, t => PersonalAttributes.MetadataName(t.OriginalDefinition) == row.ProducerType)
                       && !QuotesSeedAccount(call, row);
            case ILocalReferenceOperation local:
                return StoredValues.Assigned(local.Local, result).Any(value => ProducedBy(value, row, depth + 1));
            default:
                return false;
        }
    }
}
