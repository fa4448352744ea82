using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers;

/// <summary>
/// Everything the rules share for one compilation and one set of options: the source classifier, the resolved sinks,
/// sanitizers, host lists, method summaries and ToString exposures. Built once and cached, so seven rules do the work once.
/// </summary>
// Read-only fields, not get-only properties: every getter is one more method the JIT compiles in every compiler process
// (code that runs once is compiled without inlining), and these are read on every rule's start-up path.
internal sealed class DataGuardProfile
{
    private static readonly ConditionalWeakTable<Compilation, CompilationProfiles> Profiles = new();

    private readonly Audit.CallSites _callSites;

    // The parts most compilations never ask for (DG1008's audit tables, seeding lists, constant parameters, console screens)
    // are built on first use: every type constructed here is JIT-compiled in every compiler process, asked for or not. Two
    // threads may each build one; each is a cache of the same answers, so either copy serves.
    private DataGuardProfile(Compilation compilation, DataGuardOptions options, RequestFedMembers requestFed, AppSettings appSettings, SourceSyntax syntax)
    {
        Compilation = compilation;
        Options = options;
        AppSettings = appSettings;
        Bodies = new SourceBodies(compilation);
        _filledRecipients = new FilledRecipients(compilation, syntax, Bodies);
        Classifier = new PersonalDataClassifier(options, requestFed, _filledRecipients);
        Sinks = new SinkCatalog(compilation, options);
        Hosts = new ExternalHosts(options.AllowedHosts, options.AiHosts);
        Sanitizers = new Sanitizers(options, Bodies);
        Endpoints = new EndpointResolver(Bodies);
        Routes = new PersonalRoutes(syntax, Classifier.Names, Bodies);
        LogDestinations = new LogDestinations(options.LogSinks);
        LogLevels = new UnwrittenLogLevels(appSettings, compilation, syntax, Bodies);
        Summaries = new MethodSummaries(this);
        RequestCopies = new RequestCopyingConstructors(Bodies);
        Exposures = new ToStringExposure(this);
        Reads = new PersonalReads(this);
        AuditCalls = new Audit.AuditCalls(options, Bodies);
        _callSites = new Audit.CallSites(syntax, Bodies);
        UncalledMethods = new Audit.UncalledMethods(compilation, _callSites);
        _auditApplies = new Lazy<bool>(() => Audit.AuditRequirement.Applies(compilation, AuditCalls, options.RequireAudit), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        _implementations = new Lazy<Dictionary<IMethodSymbol, List<IMethodSymbol>>>(FindImplementations, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        ExceptionType = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly.GetTypeByMetadataName("System.Exception")
                        ?? compilation.GetTypeByMetadataName("System.Exception");
    }

    public readonly Compilation Compilation;

    public readonly DataGuardOptions Options;

    /// <summary>The program's own appsettings*.json, as the package passes them (what its settings classes are set to).</summary>
    public readonly AppSettings AppSettings;

    public readonly PersonalDataClassifier Classifier;

    public readonly SinkCatalog Sinks;

    public readonly Sanitizers Sanitizers;

    /// <summary>Log calls below every minimum level the program's configuration sets: dropped, never written (DG1001).</summary>
    public readonly UnwrittenLogLevels LogLevels;

    public readonly ExternalHosts Hosts;

    public readonly SourceBodies Bodies;

    /// <summary>The request's path, when a route of the program carries a personal value in it.</summary>
    public readonly PersonalRoutes Routes;

    /// <summary>Constructors that copy request content out of a parameter into the object they build.</summary>
    public readonly RequestCopyingConstructors RequestCopies;

    /// <summary>Parameters that every call fills with a constant, null or configuration (private methods; any method of an executable).</summary>
    public ConstantParameters ConstantParameters
        => _constantParameters ??= new ConstantParameters(Bodies, _callSites, Compilation);

    private ConstantParameters? _constantParameters;

    /// <summary>Parameters a method hands to a mail library as a recipient: a person's address (built on first use).</summary>
    public Sources.MailRecipients MailRecipients => _mailRecipients ??= new Sources.MailRecipients(Bodies, Sinks);

    private Sources.MailRecipients? _mailRecipients;

    private readonly FilledRecipients _filledRecipients;

    /// <summary>Recipient parameters of the program's SMS senders that callers fill with a person's phone (built on first use).</summary>
    public Sources.SmsRecipients SmsRecipients => _smsRecipients ??= new Sources.SmsRecipients(_callSites, _filledRecipients, Classifier, p => IsPersonalByUse(p));

    private Sources.SmsRecipients? _smsRecipients;

    /// <summary>Parameters a method looks a person's user record up by: that person's id (built on first use).</summary>
    public Sources.UserIdLookups UserIdLookups => _userIdLookups ??= new Sources.UserIdLookups(Bodies);

    private Sources.UserIdLookups? _userIdLookups;

    /// <summary>
    /// A text parameter personal by what its method does with it, whatever its name: handed to a mail library as a recipient,
    /// the recipient of an SMS its callers fill with a phone, or the id a person's user record is looked up by — except, read
    /// at <paramref name="reference"/>, where that lookup found no one.
    /// </summary>
    public bool IsPersonalByUse(IParameterSymbol parameter, IOperation? reference = null)
        => MailRecipients.IsRecipient(parameter) || SmsRecipients.IsRecipient(parameter)
           || UserIdLookups.IsLookedUp(parameter) && !(reference is not null && Sources.UserIdLookups.FoundNoOne(reference, parameter));

    /// <summary>The records the program's calls pass for an untyped parameter (<c>object message</c>), built on first use.</summary>
    public PassedRecords PassedRecords => _passedRecords ??= new PassedRecords(_callSites, Classifier);

    private PassedRecords? _passedRecords;

    /// <summary>What the class's own code stores in its fields and properties (built on first use).</summary>
    public StoredValues StoredValues => _storedValues ??= new StoredValues(Bodies);

    private StoredValues? _storedValues;

    /// <summary>Private fields that only ever hold constants or configuration values (the organisation's sender address).</summary>
    public SettingFields SettingFields => _settingFields ??= new SettingFields(Bodies);

    private SettingFields? _settingFields;

    /// <summary>A seeding class's private lists of demo records (<c>_users</c> filled with constant-built users).</summary>
    public SeedCollections SeedCollections => _seedCollections ??= new SeedCollections(Bodies, record => new TaintEvaluator(this, state: null).Evaluate(record).IsSanitized);

    private SeedCollections? _seedCollections;

    /// <summary>Clients built by a dependency-injection registration, with the flaws it gives them (built on first use).</summary>
    public RegisteredClients RegisteredClients => _registeredClients ??= new RegisteredClients(this);

    private RegisteredClients? _registeredClients;

    /// <summary>Where data goes: addresses, recipients, file paths.</summary>
    public readonly EndpointResolver Endpoints;

    /// <summary>Files and mailboxes that are logs (DG1001).</summary>
    public readonly LogDestinations LogDestinations;

    /// <summary>Console output that is an interactive program's screen, not a log (DG1001).</summary>
    public ConsoleScreen ConsoleScreen => _consoleScreen ??= new ConsoleScreen(Compilation, Bodies);

    private ConsoleScreen? _consoleScreen;

    public readonly MethodSummaries Summaries;

    public readonly ToStringExposure Exposures;

    /// <summary>The pre-check before a flow walk: does a body, or a helper it calls, read anything personal?</summary>
    public readonly PersonalReads Reads;

    public readonly INamedTypeSymbol? ExceptionType;

    /// <summary>DG1008: operations that read personal records.</summary>
    public Audit.PersonalRecordReads RecordReads => _recordReads ??= new Audit.PersonalRecordReads(Classifier, LibraryQueries, Bodies);

    private Audit.PersonalRecordReads? _recordReads;

    /// <summary>DG1008 across projects: calls of another project's queries, and a library's queries left to those callers.</summary>
    public Audit.LibraryQueries LibraryQueries => _libraryQueries ??= new Audit.LibraryQueries(Compilation, Classifier, _callSites);

    private Audit.LibraryQueries? _libraryQueries;

    /// <summary>DG1008: calls of the application's audit methods.</summary>
    public readonly Audit.AuditCalls AuditCalls;

    /// <summary>DG1008: whether every caller of a reading method audits.</summary>
    public Audit.AuditingCallers AuditingCallers => _auditingCallers ??= new Audit.AuditingCallers(Bodies, _callSites, AuditCalls, AuditingWrappers);

    private Audit.AuditingCallers? _auditingCallers;

    /// <summary>DG1008: whether every caller of a reading method is a write path (a command handler's helpers).</summary>
    public Audit.WritingCallers WritingCallers => _writingCallers ??= new Audit.WritingCallers(Compilation, Bodies, _callSites);

    private Audit.WritingCallers? _writingCallers;

    /// <summary>DG1008: the auditing middleware, filters, pipeline behaviours and interceptors of the compilation.</summary>
    public Audit.AuditingWrappers AuditingWrappers => _auditingWrappers ??= new Audit.AuditingWrappers(Compilation, AuditCalls, Bodies);

    private Audit.AuditingWrappers? _auditingWrappers;

    /// <summary>DG1008: whether the rows a read brings back reach anyone.</summary>
    public Audit.DisclosedReads DisclosedReads => _disclosedReads ??= new Audit.DisclosedReads(Classifier, Bodies, _callSites, Sinks);

    private Audit.DisclosedReads? _disclosedReads;

    /// <summary>DG1008: reads of the signed-in user's own record.</summary>
    public Audit.SignedInUser SignedInUser => _signedInUser ??= new Audit.SignedInUser(Bodies, Classifier, _callSites, Implementations);

    private Audit.SignedInUser? _signedInUser;

    /// <summary>Methods and classes of an application that nothing calls or uses.</summary>
    public readonly Audit.UncalledMethods UncalledMethods;

    /// <summary>
    /// True when the rules skip <paramref name="member"/>: its code never runs in this application (see
    /// <see cref="Audit.UncalledMethods.NeverRuns"/>) and the options do not ask for such code to be judged.
    /// </summary>
    public bool NeverRuns(ISymbol member) => !Options.ReportUnreachableCode && UncalledMethods.NeverRuns(member);

    /// <summary>
    /// For the dataflow rules: <see cref="NeverRuns"/>, except a service's contract method with a parameter that holds personal
    /// data by its name and type or its use (<c>SendWelcomeEmailAsync(string email, …)</c>): a used service's public methods are
    /// called from other projects, controllers and DI, so it is judged as the same method with a caller in the compilation is.
    /// </summary>
    public bool FlowNeverRuns(ISymbol member)
        => NeverRuns(member)
           && !(member is IMethodSymbol method && UncalledMethods.IsServiceContractMember(method) && method.Parameters.Any(p => Classifier.IsPersonal(p) || IsPersonalByUse(p)));

    private readonly Lazy<bool> _auditApplies;

    /// <summary>DG1008 applies: an audit method is named, or the rule is required (<see cref="Audit.AuditRequirement"/>).</summary>
    public bool AuditApplies => _auditApplies.Value;

    private ImmutableArray<Rules.PersonalDataFlowAnalyzer> _flowRules;

    /// <summary>The dataflow rules (DG1001–DG1006) that can report in this compilation: the others have no sink to reach.</summary>
    public ImmutableArray<Rules.PersonalDataFlowAnalyzer> FlowRules
    {
        get
        {
            if (_flowRules.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _flowRules, Rules.MethodFlowFindings.AllFlowRules.Where(rule => rule.IsEnabledFor(this)).ToImmutableArray());
            }

            return _flowRules;
        }
    }

    /// <summary>
    /// The profile for the options that apply to <paramref name="tree"/>. Every rule asks for every method, so the answer is
    /// kept per tree: reading the options' keys again each time cost more than some rules' whole work.
    /// </summary>
    public static DataGuardProfile For(Compilation compilation, AnalyzerOptions analyzerOptions, SyntaxTree tree)
    {
        var profiles = Profiles.GetValue(compilation, c => new CompilationProfiles(c, AppSettings.From(analyzerOptions)));
        var provider = analyzerOptions.AnalyzerConfigOptionsProvider;
        var byTree = profiles.ByTree.GetValue(provider, _ => new ConcurrentDictionary<SyntaxTree, DataGuardProfile>(ConcurrentStripes, profiles.TreeCount));
        if (byTree.TryGetValue(tree, out var known))
        {
            return known;
        }

        var options = provider.GetOptions(tree);
        var key = DataGuardOptions.ReadKey(options);
        var profile = profiles.ByKey.GetOrAdd(key, _ => new DataGuardProfile(compilation, DataGuardOptions.Parse(options), profiles.RequestFed, profiles.AppSettings, profiles.Syntax));
        return byTree.GetOrAdd(tree, profile);
    }

    /// <summary>
    /// The profiles of one compilation: one per distinct set of options, found by options provider and tree; and what does not
    /// depend on the options, shared by all of them (the members fed from request content, the configuration files: one set
    /// of additional files per compilation, the syntax index of its source).
    /// </summary>
    private sealed class CompilationProfiles(Compilation compilation, AppSettings appSettings)
    {
        public readonly RequestFedMembers RequestFed = new(compilation);

        public readonly SourceSyntax Syntax = new(compilation);

        /// <summary>
        /// The trees of the compilation, as the per-tree table's size: every rule's first callback on each tree inserts into it
        /// at once, and growing it takes all its locks.
        /// </summary>
        public readonly int TreeCount = compilation.SyntaxTrees.Count();

        public readonly AppSettings AppSettings = appSettings;

        public readonly ConcurrentDictionary<string, DataGuardProfile> ByKey = new();
        public readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, DataGuardProfile>> ByTree = new();
    }

    private readonly Lazy<Dictionary<IMethodSymbol, List<IMethodSymbol>>> _implementations;

    private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<IMethodSymbol>> _runningImplementations = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The methods of this compilation that implement an interface method of this compilation or override a virtual or
    /// abstract one: calls through <c>INotifier.SendAsync</c> reach <c>LineNotifier.SendAsync</c> — unless that code never
    /// runs (<see cref="NeverRuns"/>: a class nothing registers or constructs). The map is built once per compilation, on the
    /// first call through an interface or a virtual method; whether an implementation runs is asked only for the methods
    /// called that way: it binds the implementation's callers across the compilation.
    /// </summary>
    public IReadOnlyList<IMethodSymbol> Implementations(IMethodSymbol method)
    {
        var key = method.OriginalDefinition;
        if (!_implementations.Value.TryGetValue(key, out var all)) return System.Array.Empty<IMethodSymbol>();

        return _runningImplementations.TryGetValue(key, out var running)
            ? running
            : _runningImplementations.GetOrAdd(key, all.Where(implementation => !NeverRuns(implementation)).ToList());
    }

    private Dictionary<IMethodSymbol, List<IMethodSymbol>> FindImplementations()
    {
        var map = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(Compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
                {
                    AddInterfaceImplementations(type, map);
                    AddOverrides(type, map);
                }
            }
        }

        return map;
    }

    private void AddInterfaceImplementations(INamedTypeSymbol type, Dictionary<IMethodSymbol, List<IMethodSymbol>> map)
    {
        foreach (var @interface in type.AllInterfaces)
        {
            if (!IsOwn(@interface))
            {
                continue;
            }

            foreach (var method in @interface.GetMembers().OfType<IMethodSymbol>())
            {
                if (type.FindImplementationForInterfaceMember(method) is IMethodSymbol implementation)
                {
                    Add(map, method, implementation);
                }
            }
        }
    }

    /// <summary>An override reaches every virtual or abstract method of this compilation it overrides, up the chain.</summary>
    private void AddOverrides(INamedTypeSymbol type, Dictionary<IMethodSymbol, List<IMethodSymbol>> map)
    {
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            for (var overridden = method.IsOverride ? method.OverriddenMethod : null; overridden is not null && IsOwn(overridden.ContainingType);
                 overridden = overridden.IsOverride ? overridden.OverriddenMethod : null)
            {
                Add(map, overridden, method);
            }
        }
    }

    private bool IsOwn(INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, Compilation.Assembly);

    private static void Add(Dictionary<IMethodSymbol, List<IMethodSymbol>> map, IMethodSymbol method, IMethodSymbol implementation)
    {
        var key = method.OriginalDefinition;
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<IMethodSymbol>();
        }

        if (!list.Contains(implementation.OriginalDefinition, SymbolEqualityComparer.Default))
        {
            list.Add(implementation.OriginalDefinition);
        }
    }

    /// <summary>
    /// The findings per body, by the body's syntax. Not a <see cref="ConditionalWeakTable{TKey,TValue}"/>: its one lock is taken
    /// by every body's first rule (913 of 5,478 asks on a 1.6k-line MVC app), and a compiler thread preempted while holding it
    /// left the others waiting — 37 % of the flow rules' charged thread time at load 14, 70 % with the profile lookup's lock. A
    /// striped table locks one stripe per insert. The keys are syntax the compilation's trees hold anyway; the lazy value drops
    /// the walk's closure (and its operation tree) once computed.
    /// </summary>
    private readonly ConcurrentDictionary<SyntaxNode, Lazy<Rules.MethodFlowFindings>> _flowFindings = new(ConcurrentStripes, 64);

    /// <summary>Lock stripes of the tables every compiler thread inserts into: enough that two threads rarely share one.</summary>
    internal const int ConcurrentStripes = 32;

    /// <summary>
    /// The findings of all dataflow rules for one body of <paramref name="owner"/>, computed by the first rule that asks; none
    /// when its code never runs (<see cref="NeverRuns"/>).
    /// </summary>
    public Rules.MethodFlowFindings FlowFindings(IOperation root, ISymbol owner)
    {
        // Every flow rule asks for every body: the rules after the first find it without building the look-up's closures.
        if (_flowFindings.TryGetValue(root.Syntax, out var known)) return known.Value;

        return _flowFindings.GetOrAdd(root.Syntax, _ => new Lazy<Rules.MethodFlowFindings>(
            () => Rules.MethodFlowFindings.Compute(root, owner, this), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// True when the operation tree reads anything personal (see <see cref="Flow.PersonalReads"/>). Without such a read no rule
    /// can report, so the walk is skipped. Asked once per method body (<see cref="Rules.MethodFlowFindings"/> is cached per body
    /// for all rules).
    /// </summary>
    public bool TouchesPersonalData(IOperation root) => Reads.Touches(root);

    public bool IsException(ITypeSymbol? type) => Sources.BaseTypes.Any(type, t => SymbolEqualityComparer.Default.Equals(t, ExceptionType));
}
