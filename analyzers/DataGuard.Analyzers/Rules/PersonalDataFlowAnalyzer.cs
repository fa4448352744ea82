using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sources;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>
/// The shape every dataflow rule shares: find the rule's sink operations in a method, walk the method once with the taint
/// engine, and ask at each sink whether personal data reaches it. Past the budget it falls back to the direct-argument check.
/// </summary>
public abstract class PersonalDataFlowAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rule reported: a field, so reading it is no getter for the JIT to compile in every compiler process.</summary>
    private protected readonly DiagnosticDescriptor Rule;

    private protected PersonalDataFlowAnalyzer(DiagnosticDescriptor rule)
    {
        Rule = rule;
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule, Descriptors.AnalyzerInternalError);

    /// <summary>False when the compilation cannot reach this rule's sinks at all.</summary>
    private protected abstract bool IsEnabled(DataGuardProfile profile);

    private protected abstract bool IsCandidate(IOperation operation, DataGuardProfile profile);

    private protected abstract void Inspect(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics);

    /// <summary>
    /// True when the rule's sinks send their arguments whole, as a request or mail does (<see cref="Payload"/>), rather than
    /// print them: an argument handed to the team's wrapper of such a sink (<c>Send(MimeMessage message)</c>) is then judged
    /// whole too, with the recipients and body the message holds, not by what its <c>ToString()</c> shows.
    /// </summary>
    private protected virtual bool SendsArgumentsWhole => false;

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is skipped in Analyze, except the Razor compiler's output of the team's components (RazorComponentCode).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var enabled = false;
            var ok = RuleFailure.Guard(Rule.Id, start.Compilation.Assembly, Location.None, diagnostic =>
                start.RegisterCompilationEndAction(end => end.ReportDiagnostic(diagnostic)), () =>
            {
                var firstTree = start.Compilation.SyntaxTrees.FirstOrDefault();
                enabled = firstTree is not null && IsEnabled(DataGuardProfile.For(start.Compilation, start.Options, firstTree));
            });
            if (ok && enabled)
            {
                start.RegisterOperationBlockAction(Analyze);
            }
        });
    }

    /// <summary>
    /// <see cref="RuleFailure.Guard"/> written out: this runs for every rule and every method body, and the guard's two
    /// delegates — one of them over the context, a struct, boxed each time — were 3.5–9 % of DataGuard's time on a 12k-line API.
    /// </summary>
    private void Analyze(OperationBlockAnalysisContext context)
    {
        if (context.IsGeneratedCode && !(context.OperationBlocks.FirstOrDefault() is { } first && RazorComponentCode.IsAnalysed(context.OwningSymbol, first.Syntax.SyntaxTree)))
        {
            return;
        }

        foreach (var root in context.OperationBlocks)
        {
            try
            {
                var profile = DataGuardProfile.For(context.Compilation, context.Options, root.Syntax.SyntaxTree);
                if (!IsEnabled(profile))
                {
                    continue;
                }

                // One walk per method serves all the dataflow rules; this rule only reports its share. Code that never runs
                // has none: that is asked only of bodies with a sink and a personal read, as it binds calls across the compilation.
                foreach (var diagnostic in profile.FlowFindings(root, context.OwningSymbol).For(Rule.Id))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                context.ReportDiagnostic(RuleFailure.Diagnostic(Rule.Id, context.OwningSymbol, root.Syntax.GetLocation(), exception));
            }
        }
    }

    /// <summary>The rule's ID, for <see cref="MethodFlowFindings"/>.</summary>
    internal string Id => Rule.Id;

    /// <summary>False when the compilation cannot reach this rule's sinks at all.</summary>
    internal bool IsEnabledFor(DataGuardProfile profile) => IsEnabled(profile);

    /// <summary>The fallback past the budget: each sink of this rule judged by its direct arguments.</summary>
    internal void InspectDirect(IOperation root, TaintEvaluator direct, DiagnosticCollector diagnostics)
    {
        var profile = direct.Profile;
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (IsCandidate(operation, profile))
            {
                Inspect(operation, direct, diagnostics);
            }
        }
    }

    /// <summary>True at one of this rule's own sinks.</summary>
    internal bool IsSink(IOperation operation, DataGuardProfile profile) => IsCandidate(operation, profile);

    /// <summary>
    /// True for a sink call that is judged as a wrapper too: the program's mail service is judged by the mail it is handed
    /// (its recipients) and, when it is a method of this compilation with a body, as the wrapper it is (a transport without
    /// TLS behind it).
    /// </summary>
    private protected virtual bool IsAlsoWrapper(IInvocationOperation call, DataGuardProfile profile)
        => profile.Sinks.IsMailService(call.TargetMethod) && profile.Bodies.Body(call.TargetMethod) is not null;

    /// <summary>True when a call of the method summarised by <paramref name="callee"/> hands a parameter to one of this rule's sinks.</summary>
    internal bool IsWrapperCall(MethodSummary callee) => !callee.SinksOf(Rule.Id).IsEmpty;

    internal void InspectSinkOrWrapper(IOperation operation, TaintEvaluator evaluator, DiagnosticCollector diagnostics)
    {
        var profile = evaluator.Profile;
        if (IsCandidate(operation, profile))
        {
            Inspect(operation, evaluator, diagnostics);

            if (operation is not IInvocationOperation call || !IsAlsoWrapper(call, profile))
            {
                return;
            }
        }

        // A call to the team's own wrapper whose parameter reaches this rule's sink: report where the data goes in.
        var invocation = (IInvocationOperation)operation;
        foreach (var sink in WrapperSinks(invocation.TargetMethod, profile))
        {
            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == sink.Ordinal);
            if (argument is null || DropsValuesAfterTemplate(invocation, sink))
            {
                continue;
            }

            var taint = sink.Filter(WrapperArgument(argument, evaluator), profile.Classifier);

            if (taint.IsPersonal)
            {
                var arguments = (object[])sink.MessageArguments.Clone();
                if (arguments.Length > 0)
                {
                    arguments[arguments.Length - 1] = invocation.TargetMethod.Name + " → " + arguments[arguments.Length - 1];
                }

                diagnostics.Add(Rule, invocation, taint, MaskTarget.Find(argument.Value, evaluator), arguments);

                // One report per call; a parameter of the enclosing wrapper only marks it as a wrapper too, and the next
                // argument (the template's values after its message) may carry another of its parameters.
                if (taint.Values.Any(v => !v.IsMarker))
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// True when the wrapper passes its template parameter on to the sink and this call's template is a constant without a
    /// hole: the values after it are dropped there (<see cref="MessageTemplates.DropsValues"/>).
    /// </summary>
    private static bool DropsValuesAfterTemplate(IInvocationOperation invocation, WrapperSink sink)
        => sink.TemplateOrdinal >= 0 && MessageTemplates.DropsValues(invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == sink.TemplateOrdinal)?.Value);

    /// <summary>
    /// The data an argument hands to a wrapper's parameter; the values of a <c>params</c> array one by one
    /// (<c>log.Log(level, this, "Viewed {Phone}", citizen.Phone)</c>), as the wrapper passes the array on to a template.
    /// </summary>
    private Taint WrapperArgument(IArgumentOperation argument, TaintEvaluator evaluator)
    {
        Func<Taint, Taint> judge = SendsArgumentsWhole ? evaluator.Serialize : evaluator.Stringify;
        if (argument is { IsImplicit: true, Parameter.IsParams: true, Value: IArrayCreationOperation { Initializer: { } initializer } })
        {
            var taint = Taint.None;
            foreach (var element in initializer.ElementValues)
            {
                taint = taint.Union(judge(evaluator.Evaluate(element)));
            }

            return taint;
        }

        return judge(evaluator.Evaluate(argument.Value));
    }

    /// <summary>Parameters of a method of this compilation that reach this rule's sinks inside it (see <see cref="MethodSummaries"/>).</summary>
    private ImmutableArray<WrapperSink> WrapperSinks(IMethodSymbol method, DataGuardProfile profile) => profile.Summaries.OfWrapper(method).SinksOf(Rule.Id);

    /// <summary>Parameters that steer a call rather than carry data: exceptions, levels, event IDs, cancellation, callbacks.</summary>
    private protected static bool IsInfrastructure(IParameterSymbol? parameter, DataGuardProfile profile)
    {
        if (parameter is null)
        {
            return false;
        }

        var type = parameter.Type;
        return profile.IsException(type)
               || type.TypeKind == TypeKind.Delegate
               || type.SpecialType == SpecialType.System_Boolean
               || type.Name is "LogLevel" or "EventId" or "IFormatProvider" or "CancellationToken" or "HttpCompletionOption" or "ILogger" or "LogEventLevel"
                   or "TraceEventType" or "JsonSerializerOptions" or "HttpMethod" or "MediaTypeHeaderValue" or "Encoding";
    }

    private protected static string Describe(IMethodSymbol method)
        => method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;

    /// <summary>Reports the sending call when its payload is personal; the message arguments follow the source's name.</summary>
    private protected void ReportPersonalPayload(IInvocationOperation invocation, TaintEvaluator evaluator, DiagnosticCollector diagnostics, params object[] messageArguments)
    {
        var payload = Received(Payload(invocation, evaluator, evaluator.Profile));
        if (payload.IsPersonal)
        {
            diagnostics.Add(Rule, invocation, OwnStateLast(payload, invocation), MaskTarget.InArguments(invocation, evaluator), messageArguments);
        }
    }

    /// <summary>What of the payload the receiver may not have: all of it, unless the rule knows a receiver's purpose.</summary>
    private protected virtual Taint Received(Taint payload) => payload;

    /// <summary>
    /// The message names the first value: name what the sender was given (a recipient, a body) before the sending class's own
    /// fields (<c>_fromEmail</c>, the organisation's configured sender), which are its settings far more often than a person's,
    /// and before a value named as the mail's sender address (a template's <c>fromEmail</c> handed in beside the contacts'
    /// <c>recipients</c>, round 29's CRM).
    /// </summary>
    private static Taint OwnStateLast(Taint payload, IInvocationOperation invocation)
    {
        var sender = invocation.SemanticModel?.GetEnclosingSymbol(invocation.Syntax.SpanStart)?.ContainingType;
        if (sender is null || !payload.Values.Any(v => IsSendersOwn(v.Symbol, sender)))
        {
            return payload;
        }

        var ordered = payload.Values.Where(v => !IsSendersOwn(v.Symbol, sender)).Concat(payload.Values.Where(v => IsSendersOwn(v.Symbol, sender)));
        return Taint.Of(ordered.ToImmutableArray());
    }

    private static bool IsSendersOwn(ISymbol symbol, INamedTypeSymbol sender)
        => symbol is IFieldSymbol or IPropertySymbol && SymbolEqualityComparer.Default.Equals(symbol.ContainingType, sender)
           || Sources.PersonalNames.IsSenderAddress(symbol.Name);

    /// <summary>The data of every argument of a sending call (and of a mail builder it is called on), as it would be serialized.</summary>
    private protected static Taint Payload(IInvocationOperation invocation, TaintEvaluator evaluator, DataGuardProfile profile, ImmutableHashSet<string>? leftOut = null)
    {
        var payload = Taint.None;
        foreach (var argument in invocation.Arguments)
        {
            if (!IsInfrastructure(argument.Parameter, profile) && !(argument.Parameter is { } parameter && leftOut?.Contains(parameter.Name) == true))
            {
                payload = payload.Union(evaluator.Serialize(evaluator.Evaluate(argument.Value)));
            }
        }

        if (profile.Sinks.Match(invocation, Sinks.SinkKind.Mail) is not null && invocation.Instance is { } sender)
        {
            // FluentEmail's Send(): the message is the builder chain the call is made on.
            payload = payload.Union(evaluator.Serialize(evaluator.Evaluate(sender)));
        }

        return payload;
    }
}
