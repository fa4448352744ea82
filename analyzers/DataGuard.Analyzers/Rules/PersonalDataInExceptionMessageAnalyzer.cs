using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1006: personal data in an exception message: <c>throw new</c>, throw expressions, <c>?? throw</c>, inner-exception
/// constructors, <c>: base(...)</c> initializers and ArgumentOutOfRangeException's actual value.
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
            // ArgumentOutOfRangeException appends the actual value to its message.
            if (argument.Parameter?.Name is "message" or "actualValue")
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
}
