using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// DG1006: personal data in an exception message: <c>throw new</c>, throw expressions, <c>?? throw</c>, inner-exception
/// constructors, <c>: base(...)</c> initializers, ArgumentOutOfRangeException's actual value, the arguments a custom
/// exception builds its message from, and the messages of error objects a thrown exception carries (<see cref="CarriedErrorMessages"/>).
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
        IObjectCreationOperation creation => !MadeOfConstants(creation.Arguments) && profile.IsException(creation.Type),
        IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } initializer => profile.IsException(initializer.TargetMethod.ContainingType),
        IInvocationOperation { TargetMethod.MethodKind: MethodKind.Ordinary } factory => IsThrownFactory(factory, profile),
        _ => false,
    };

    /// <summary>
    /// True when every argument is a constant (<c>new ArgumentNullException(nameof(email))</c>, <c>new NotFoundException("User", 42)</c>):
    /// such an exception carries no one's data, as its constants evaluate to none. Most bodies' guard clauses are such
    /// creations, and counted as sinks each one made its body be classified and walked for this rule alone — DG1006 was the
    /// largest DataGuard rule on real code while reporting nothing (issue 10 §5, rounds 31–32).
    /// </summary>
    private static bool MadeOfConstants(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (!value.ConstantValue.HasValue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A thrown factory is judged as a wrapper too: the message arguments its body hands to the exception.</summary>
    private protected override bool IsAlsoWrapper(IInvocationOperation call, DataGuardProfile profile)
        => call.TargetMethod.MethodKind == MethodKind.Ordinary || base.IsAlsoWrapper(call, profile);

    /// <summary><c>throw ApiException.NotFound(error)</c>: a method that makes the exception, called in a throw.</summary>
    private static bool IsThrownFactory(IInvocationOperation call, DataGuardProfile profile)
        => Thrown(call) && profile.IsException(call.TargetMethod.ReturnType);

    private static bool Thrown(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IThrowOperation;
    }

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

        // A thrown factory's own message arguments are judged through its summary, as any wrapper's are; here only the
        // error objects it is handed.
        var factory = constructor.MethodKind == MethodKind.Ordinary;
        foreach (var argument in arguments)
        {
            if (!factory && argument.Parameter is { } parameter && BuildsMessage(constructor, parameter, evaluator.Profile)
                ? Report(argument.Value)
                : CarriedErrorMessages.Of(argument.Value, evaluator.Profile.IsException).Exists(Report))
            {
                return;
            }
        }

        bool Report(IOperation value)
        {
            var taint = evaluator.Stringify(evaluator.Evaluate(value));
            if (taint.IsPersonal)
            {
                diagnostics.Add(Rule, operation, taint, MaskTarget.Find(value, evaluator), constructor.ContainingType.Name);
            }

            return taint.IsPersonal;
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
