using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Fake people a test-data generator makes up — Bogus (<c>new Faker&lt;Employee&gt;().Generate(20)</c>, <c>f.Internet.Email()</c>),
/// AutoBogus, AutoFixture, Faker.Net — are no one's data: what a generator's methods return, and what the callbacks handed to
/// them receive (<c>.FinishWith((f, employee) =&gt; log(employee.Id))</c>), is invented. Known by the generator's namespace,
/// so a seeder's own code that also reads a request or the database is still judged by what it reads.
/// </summary>
internal static class GeneratedData
{
    /// <summary>The root namespaces of the generator packages.</summary>
    private static readonly HashSet<string> Generators = new(StringComparer.Ordinal) { "Bogus", "AutoBogus", "AutoFixture", "Faker" };

    /// <summary>A method of a generator package: its result is made up.</summary>
    public static bool Generates(IMethodSymbol method) => method.ContainingType is { } type && Generators.Contains(RootNamespace(type));

    /// <summary>A lambda handed to a generator's method (<c>RuleFor</c>, <c>FinishWith</c>, <c>CustomInstantiator</c>): its parameters are made up.</summary>
    public static bool IsGeneratorCallback(IAnonymousFunctionOperation lambda)
        => lambda.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } } && Generates(call.TargetMethod);

    private static string RootNamespace(INamedTypeSymbol type)
    {
        var name = string.Empty;
        for (var current = type.ContainingNamespace; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            name = current.Name;
        }

        return name;
    }
}
