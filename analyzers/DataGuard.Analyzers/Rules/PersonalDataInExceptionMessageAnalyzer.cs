using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1006: personal data in an exception message: <c>throw new</c>, throw expressions, <c>?? throw</c>, inner-exception
/// constructors, <c>: base(...)</c> initializers, ArgumentOutOfRangeException's actual value and the arguments a custom
/// exception builds its message from.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInExceptionMessageAnalyzer : PersonalDataFlowAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public PersonalDataInExceptionMessageAnalyzer()
        : base(Descriptors.PersonalDataInExceptionMessage)
    {
    }

    private protected override bool IsEnabled(DataGuardProfile profile) => profile.ExceptionType is not null;

    private protected override bool IsCandidate(IOperation operation, DataGuardProfile profile) => operation switch
    {
        IObjectCreationOperation creation => profile.IsException(creation.Type),
        IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } initializer => profile.IsException(initializer.TargetMethod.ContainingType),
        _ => false,
    };

    private protected override void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var (constructor, arguments) = operation switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, default),
        };
        if (constructor is null)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && BuildsMessage(constructor, parameter, evaluator.Profile))
            {
                var taint = evaluator.Stringify(evaluator.Evaluate(argument.Value));
                if (taint.IsPersonal)
                {
                    diagnostics.Add(Rule, operation, taint, MaskTarget.Find(argument.Value, evaluator), constructor.ContainingType.Name);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// True when the constructor's argument for <paramref name="parameter"/> ends up in the exception's message: a
    /// <c>message</c> (and ArgumentOutOfRangeException's actual value, which .NET appends to it); a parameter that the
    /// constructor's own <c>: base(…)</c> builds the message from, when its body is in this compilation
    /// (<c>NotFoundException(string name, object key) : base($"{name} ({key}) was not found")</c>); and, when the body is in
    /// another assembly (a project reference, a package), any data parameter of a constructor that takes no message — it
    /// has nothing else to build its message from.
    /// </summary>
    private bool BuildsMessage(IMethodSymbol constructor, IParameterSymbol parameter, DataGuardProfile profile)
    {
        if (parameter.Name is "message" or "actualValue")
        {
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(constructor.ContainingAssembly, profile.Compilation.Assembly))
        {
            // A parameter named as personal is reported inside, at the initializer; the summary leaves it out.
            return profile.Summaries.OfWrapper(constructor).SinksOf(Rule.Id).Any(s => s.Ordinal == parameter.Ordinal);
        }

        return !constructor.Parameters.Any(p => p.Name == "message") && !IsInfrastructure(parameter, profile);
    }
}
