using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What a method of this compilation does with data, as its callers see it: the personal data it returns, which parameters
/// flow into the result, and which parameters reach a sink of each dataflow rule inside it (a team's own logging or
/// sending wrapper).
/// </summary>
internal sealed class MethodSummary
{
    private static readonly IReadOnlyDictionary<string, ImmutableArray<WrapperSink>> NoSinks = new Dictionary<string, ImmutableArray<WrapperSink>>();

    public static readonly MethodSummary Empty = new(Taint.None, ImmutableHashSet<int>.Empty, NoSinks);

    private readonly IReadOnlyDictionary<string, ImmutableArray<WrapperSink>> _sinks;

    public MethodSummary(Taint own, ImmutableHashSet<int> parameters, IReadOnlyDictionary<string, ImmutableArray<WrapperSink>>? sinks = null)
    {
        Own = own;
        Parameters = parameters;
        _sinks = sinks ?? NoSinks;
    }

    /// <summary>Personal data the result carries whatever the arguments (<c>GetPhone() => _citizen.Phone</c>).</summary>
    public Taint Own { get; }

    /// <summary>Ordinals of the parameters whose data reaches the result.</summary>
    public ImmutableHashSet<int> Parameters { get; }

    public bool FlowsFrom(int ordinal) => Parameters.Contains(ordinal);

    /// <summary>The parameters that reach a sink of rule <paramref name="ruleId"/> inside the method.</summary>
    public ImmutableArray<WrapperSink> SinksOf(string ruleId) => _sinks.TryGetValue(ruleId, out var sinks) ? sinks : ImmutableArray<WrapperSink>.Empty;
}

/// <summary>
/// Computes and caches <see cref="MethodSummary"/>s: one flow walk per method body of the compilation, with the parameters
/// as markers, serves the return value and the sinks of every dataflow rule at once. Recursion and deep call chains (see
/// <see cref="BoundedWalk"/>) get an empty summary.
/// </summary>
internal sealed class MethodSummaries
{
    /// <summary>More implementations than this make the call a plug-in point rather than a facade: it is not followed.</summary>
    private const int MaxImplementations = 4;

    private readonly DataGuardProfile _profile;

    /// <summary>
    /// Summaries kept where a walk from the question gives the same (<see cref="BoundedAnswers{TValue}"/>): one worked out
    /// three helpers down, its callees cut by the bound, is not the one its own callers get (round 31: kept and given at the
    /// top, it made reports depend on which caller asked first).
    /// </summary>
    private readonly BoundedAnswers<MethodSummary> _summaries = new(WalkKind.Summary);

    /// <summary>Summaries of abstract methods asked at a walk's top: the sinks of their implementations' top summaries.</summary>
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _abstract = new(SymbolEqualityComparer.Default);

    /// <summary><see cref="Compute"/> as one delegate.</summary>
    private readonly System.Func<ISymbol, MethodSummary> _compute;
    private readonly ConcurrentDictionary<IMethodSymbol, SinkReach> _reach = new(SymbolEqualityComparer.Default);
    private readonly MayAnswers _mayReachSink = new(WalkKind.SinkReach);

    /// <summary><see cref="ComputeMayReachSink"/> as one delegate, not a new closure at every look-up.</summary>
    private readonly System.Func<IMethodSymbol, bool> _computeMayReachSink;

    public MethodSummaries(DataGuardProfile profile)
    {
        _profile = profile;
        _computeMayReachSink = ComputeMayReachSink;
        _compute = method => Compute((IMethodSymbol)method);
    }

    /// <summary>The summary of a call of <paramref name="method"/>.</summary>
    public MethodSummary Get(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (!CanReturnData(method.ReturnType) && !CanBeWrapper(method))
        {
            return MethodSummary.Empty;
        }

        if (method.IsAbstract)
        {
            // No body to walk, so no level of the call chain: each implementation enters the bounded walk itself, and a
            // cycle through the interface stops at the implementation already in progress. Kept only from a walk's top.
            if (BoundedWalk.Depth(WalkKind.Summary) > 0)
            {
                return OfImplementations(method);
            }

            return _abstract.TryGetValue(method, out var top) ? top : _abstract.GetOrAdd(method, OfImplementations(method));
        }

        return _summaries.Get(method, _compute, MethodSummary.Empty);
    }

    private MethodSummary OfImplementations(IMethodSymbol method) => new(Taint.None, ImmutableHashSet<int>.Empty, Dispatched(method));

    /// <summary>
    /// The personal data a call of <paramref name="method"/> returns whatever its arguments. A method that returns nothing
    /// (void, a flag, a plain task) is not walked for it: its wrapper sinks, which the same walk finds, are not asked here. Nor
    /// is one whose body and callees read nothing personal (<see cref="PersonalReads.MayReturnPersonalData"/>, a scan).
    /// </summary>
    public Taint Returned(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (!CanReturnData(method.ReturnType))
        {
            return Taint.None;
        }

        if (_summaries.TryGetTop(method, out var cached))
        {
            return cached.Own;
        }

        return _profile.Reads.MayReturnPersonalData(method) ? Get(method).Own : Taint.None;
    }

    /// <summary>
    /// True when a call of <paramref name="method"/> can be a call of a wrapper (<see cref="OfWrapper"/> may be non-empty);
    /// answered from the symbol alone, without the callee's body.
    /// </summary>
    public bool MayWrap(IMethodSymbol method) => CanBeWrapper(method.OriginalDefinition);

    /// <summary>
    /// The summary of a call of <paramref name="method"/> as a wrapper: empty unless it can hand a parameter to a sink. A
    /// body without a sink of any rule or a call into this compilation cannot: that is answered by a cheap scan, without
    /// the walk.
    /// </summary>
    public MethodSummary OfWrapper(IMethodSymbol method)
        => MayWrapSink(method) ? Get(method.OriginalDefinition) : MethodSummary.Empty;

    /// <summary>
    /// True when a call of <paramref name="method"/> may hand an argument to a sink (<see cref="OfWrapper"/> may be non-empty),
    /// answered by the scans of <see cref="MayReachSink"/> without walking any body: a caller with no other sink needs no
    /// further look at all.
    /// </summary>
    public bool MayWrapSink(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        return CanBeWrapper(method) && MayReachSink(method);
    }

    /// <summary>
    /// False when no parameter of <paramref name="method"/> can reach a sink: its body has no sink of any rule, and every
    /// method of this compilation it calls (and, for an interface or virtual method, every implementation the summary asks)
    /// is of the same kind. A summary's sinks come only from those, so it would be empty: the walk of the body — and of the
    /// bodies below it — is not needed. Layers of helpers that call each other and never log, throw or send (mapping,
    /// queries, formatting) were walked as possible wrappers at every call. A scan per method, kept; past
    /// <see cref="WalkKind.SinkReach"/>'s bound or on a cycle the answer is "may" and the summary decides.
    /// </summary>
    private bool MayReachSink(IMethodSymbol method) => _mayReachSink.Get(method, _computeMayReachSink);

    private bool ComputeMayReachSink(IMethodSymbol method)
    {
        if (method.IsAbstract || IsDispatched(method))
        {
            var implementations = _profile.Implementations(method);
            if (implementations.Count <= MaxImplementations && implementations.Any(i => CanBeWrapper(i.OriginalDefinition) && MayReachSink(i.OriginalDefinition)))
            {
                return true;
            }

            if (method.IsAbstract)
            {
                return false;
            }
        }

        var reach = Reach(method);
        return reach.HasSink || reach.Callees.Any(callee => CanBeWrapper(callee) && MayReachSink(callee));
    }

    private MethodSummary Compute(IMethodSymbol method)
    {
        var sinks = IsDispatched(method) && CanBeWrapper(method) ? Dispatched(method) : new Dictionary<string, ImmutableArray<WrapperSink>>();
        var body = _profile.Bodies.Body(method);
        var returnsData = CanReturnData(method.ReturnType);
        var rules = CanBeWrapper(method) ? Reach(method).Rules : ImmutableArray<PersonalDataFlowAnalyzer>.Empty;
        if (body is null || !returnsData && rules.IsEmpty)
        {
            return new MethodSummary(Taint.None, ImmutableHashSet<int>.Empty, sinks);
        }

        var summarizer = new Summarizer(_profile, method, body, returnsData, rules);
        if (!summarizer.Run())
        {
            return new MethodSummary(Taint.None, ImmutableHashSet<int>.Empty, sinks);
        }

        for (var i = 0; i < rules.Length; i++)
        {
            var found = summarizer.Collectors[i].ParameterSinks.Where(s => !IsReportedInside(method.Parameters[s.Ordinal], s));
            sinks[rules[i].Id] = sinks.TryGetValue(rules[i].Id, out var known) ? known.AddRange(found) : found.ToImmutableArray();
        }

        var returned = summarizer.Returned;
        var parameters = returned.Values.Where(v => v.IsMarker).Select(v => v.ParameterMarker).ToImmutableHashSet();
        var own = returned.Values.Where(v => !v.IsMarker).ToImmutableArray();
        return new MethodSummary(Taint.Of(own).Union(OwnObjects(returned)), parameters, sinks);
    }

    /// <summary>
    /// The team's objects the result holds with data the body itself read (a list of DTOs each given a log event's rendered
    /// message): still objects at the call, shown when they are serialized or printed.
    /// </summary>
    private static Taint OwnObjects(Taint returned)
    {
        var objects = Taint.None;
        foreach (var composite in returned.Composites)
        {
            var inner = composite.Inner.Where(v => !v.IsMarker).ToImmutableArray();
            if (!inner.IsEmpty)
            {
                objects = objects.Union(Taint.Of(new CompositeSource(composite.Type, composite.Location, inner)));
            }
        }

        return objects;
    }

    /// <summary>
    /// Called through an interface or a virtual method: whatever an implementation (or override) in this compilation does
    /// with the parameter of the same ordinal — a facade such as Oqtane's <c>ILogManager</c> over <c>LogManager</c>, which
    /// logs to <c>ILogger</c>. At most <see cref="MaxImplementations"/> of them; the map is built once per compilation.
    /// </summary>
    private Dictionary<string, ImmutableArray<WrapperSink>> Dispatched(IMethodSymbol method)
    {
        var sinks = new Dictionary<string, ImmutableArray<WrapperSink>>();
        var implementations = _profile.Implementations(method);
        if (implementations.Count > MaxImplementations)
        {
            return sinks;
        }

        var followed = implementations.Where(i => !IsDecorator(i, method)).ToList();
        foreach (var rule in _profile.FlowRules)
        {
            var found = followed.SelectMany(i => OfWrapper(i).SinksOf(rule.Id)).ToImmutableArray();
            if (!found.IsEmpty)
            {
                sinks[rule.Id] = found;
            }
        }

        return sinks;
    }

    /// <summary>
    /// An implementation of an interface or abstract method that calls that method itself: a decorator around the next handler
    /// (<c>LoggingDecorator.Handle(command)</c> logging, then <c>_inner.Handle(command)</c>). What it logs is reported in its own
    /// body; counted again at every call through the interface — its own recursive one included — it reported each leak twice.
    /// Decided from the body's calls, not from which call was summarised first (until round 31 the cycle's cut did it, by order).
    /// </summary>
    private bool IsDecorator(IMethodSymbol implementation, IMethodSymbol method)
        => method.IsAbstract && Reach(implementation.OriginalDefinition).Callees.Contains(method.OriginalDefinition, SymbolEqualityComparer.Default);

    /// <summary>A virtual method runs its own body or an override's.</summary>
    private static bool IsDispatched(IMethodSymbol method) => method.IsVirtual || method.IsOverride && !method.IsSealed;

    /// <summary>
    /// An ordinary method of this compilation that takes data: it can hand a parameter to a sink. Being in this compilation
    /// is what counts, not the namespace: a logging or mail library's own code (<c>NLog.MailKit</c>) is the code under
    /// analysis when it is the one being built, and its helpers wrap sinks as a team's do.
    /// </summary>
    private bool CanBeWrapper(IMethodSymbol method)
        => (method.MethodKind == MethodKind.Ordinary || IsExceptionConstructor(method)) && !method.Parameters.IsEmpty
           && method.ContainingAssembly is { } assembly && SymbolEqualityComparer.Default.Equals(assembly, _profile.Compilation.Assembly);

    /// <summary>An exception type's constructor hands its parameters to the message through <c>: base(…)</c>, as a wrapper does.</summary>
    private bool IsExceptionConstructor(IMethodSymbol method)
        => method.MethodKind == MethodKind.Constructor && _profile.IsException(method.ContainingType);

    /// <summary>
    /// Void, flags, enum values and a plain <c>Task</c> carry no one's data back to the caller: their return value needs no
    /// walk of the body.
    /// </summary>
    public static bool CanReturnData(ITypeSymbol type)
        => type.SpecialType is not (SpecialType.System_Void or SpecialType.System_Boolean)
           && type.TypeKind != TypeKind.Enum
           && !(type is INamedTypeSymbol { Name: "Task" or "ValueTask", IsGenericType: false } task
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks");

    /// <summary>
    /// A parameter that is itself a source inside the wrapper — personal by name, or an object with personal members —
    /// already has its leaks reported there; reporting the call as well would count each leak twice. A sink where only request
    /// content (or only log events) counts reports a parameter inside only when the parameter carries that content.
    /// </summary>
    private bool IsReportedInside(IParameterSymbol parameter, Rules.WrapperSink sink)
        => sink.Content != Rules.SinkContent.Any
            ? sink.IsReportedInside(parameter, _profile.Classifier)
            : _profile.Classifier.IsPersonal(parameter) || _profile.IsPersonalByUse(parameter) || !_profile.Classifier.PersonalMembers(parameter.Type).IsEmpty
              || RequestContent.IsWholeType(parameter.Type);

    private SinkReach Reach(IMethodSymbol method)
        => _reach.TryGetValue(method, out var reach) ? reach : _reach.GetOrAdd(method, SinkReach.Of(_profile.Bodies.Body(method), _profile));

    /// <summary>
    /// The rules whose sinks a method's parameters might reach: those with a sink in the body, or every rule when the body
    /// calls into this compilation (the callee could be a wrapper). Most methods have neither, and need no walk for it.
    /// </summary>
    private sealed class SinkReach
    {
        private static readonly SinkReach None = new(ImmutableArray<PersonalDataFlowAnalyzer>.Empty, false, ImmutableArray<IMethodSymbol>.Empty);

        private SinkReach(ImmutableArray<PersonalDataFlowAnalyzer> rules, bool hasSink, ImmutableArray<IMethodSymbol> callees)
        {
            Rules = rules;
            HasSink = hasSink;
            Callees = callees;
        }

        /// <summary>The rules with a sink in the body; every rule when the body calls into this compilation.</summary>
        public ImmutableArray<PersonalDataFlowAnalyzer> Rules { get; }

        /// <summary>Some rule has a sink in the body itself.</summary>
        public bool HasSink { get; }

        /// <summary>The methods of this compilation the body calls (original definitions), for <see cref="MayReachSink"/>.</summary>
        public ImmutableArray<IMethodSymbol> Callees { get; }

        public static SinkReach Of(IOperation? body, DataGuardProfile profile)
        {
            if (body is null || profile.FlowRules.IsEmpty)
            {
                return None;
            }

            var withSink = new bool[profile.FlowRules.Length];
            var hasSink = false;
            ImmutableArray<IMethodSymbol>.Builder? callees = null;
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation { TargetMethod: { ContainingAssembly: { } assembly } target }
                    && SymbolEqualityComparer.Default.Equals(assembly, profile.Compilation.Assembly))
                {
                    (callees ??= ImmutableArray.CreateBuilder<IMethodSymbol>()).Add(target.OriginalDefinition);
                }

                for (var i = 0; i < withSink.Length; i++)
                {
                    if (!withSink[i] && profile.FlowRules[i].IsSink(operation, profile))
                    {
                        withSink[i] = hasSink = true;
                    }
                }
            }

            return callees is not null
                ? new SinkReach(profile.FlowRules, hasSink, callees.ToImmutable())
                : new SinkReach(profile.FlowRules.Where((_, i) => withSink[i]).ToImmutableArray(), hasSink, ImmutableArray<IMethodSymbol>.Empty);
        }
    }

    /// <summary>
    /// One walk of a method's body with its parameters as markers: the returns give the return value's data, and each rule
    /// records which parameters reach its sinks.
    /// </summary>
    private sealed class Summarizer
    {
        private readonly DataGuardProfile _profile;
        private readonly IMethodSymbol _method;
        private readonly IOperation _body;
        private readonly bool _returnsData;
        private readonly ImmutableArray<PersonalDataFlowAnalyzer> _rules;
        private readonly RuleSinks _sinks;

        /// <summary>Spans of the principal reads that later returns make only for a principal without its own id claim.</summary>
        private ISet<Microsoft.CodeAnalysis.Text.TextSpan>? _fallbackReads;

        public Summarizer(DataGuardProfile profile, IMethodSymbol method, IOperation body, bool returnsData, ImmutableArray<PersonalDataFlowAnalyzer> rules)
        {
            _profile = profile;
            _method = method;
            _body = body;
            _returnsData = returnsData;
            _rules = rules;
            _sinks = RuleSinks.Find(body, rules, profile);
            Collectors = rules.Select(_ => new DiagnosticCollector(summarizing: true)).ToArray();
        }

        public DiagnosticCollector[] Collectors { get; }

        public Taint Returned { get; private set; } = Taint.None;

        /// <summary>Walks the body; false when it was too big to follow (the summary is then empty).</summary>
        public bool Run()
        {
            var walker = new FlowWalker(_profile, IsCandidate, Inspect, _method);
            walker.Run(_body);
            return !walker.Exhausted;
        }

        private bool IsCandidate(IOperation operation)
            => _returnsData && operation is IReturnOperation { ReturnedValue: not null } || _sinks.IsSink(operation);

        private void Inspect(IOperation operation, TaintEvaluator evaluator)
        {
            if (_returnsData && operation is IReturnOperation { ReturnedValue: { } value } returned && IsOwnReturn(operation))
            {
                Returned = Returned.Union(evaluator.Evaluate(value).Without(IsFallbackRead));
                _fallbackReads ??= PrincipalFallbacks.ReadsAfterOwnIdReturn(returned, _body, _profile.Classifier.Names);
            }

            using var judging = TransmissionEndpoint.JudgeAt(operation, evaluator);
            for (var i = 0; i < _rules.Length; i++)
            {
                if (_sinks.IsSinkOf(operation, i))
                {
                    _rules[i].InspectSinkOrWrapper(operation, evaluator, Collectors[i]);
                }
            }
        }

        /// <summary>Read in the body as a fallback after a return of the program's own id claim (see <see cref="PrincipalFallbacks"/>).</summary>
        private bool IsFallbackRead(PersonalSource source)
            => _fallbackReads is not null && !source.IsMarker && source.Location.SourceTree == _body.Syntax.SyntaxTree
               && _fallbackReads.Contains(source.Location.SourceSpan);

        /// <summary>Returns inside lambdas and local functions do not return from the method.</summary>
        private bool IsOwnReturn(IOperation operation)
        {
            for (var current = operation.Parent; current is not null && current != _body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
