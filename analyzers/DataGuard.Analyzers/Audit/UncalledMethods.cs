using System.Collections.Concurrent;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Code of an application that never runs: the one home of reachability for DG1001–DG1006 and DG1008. A method written and
/// never used is on no request path, and a service class nothing constructs, registers or names (a development mail service
/// left out of DI) runs none of its instance code, whatever interface it implements. Only in an executable (a web app, a
/// service), where the compilation holds every caller; a library's public methods are called from other projects.
/// <para>
/// A method counts as called when its name appears anywhere in the source outside declarations (a call, a method group,
/// <c>nameof</c>, Razor views compiled into the project), and as invoked by the framework when it overrides, carries an
/// attribute, implements an interface from a package, is a method the host finds by convention (<see cref="ConventionMethods"/>), or
/// belongs to a type that derives from a package's type
/// (<c>Controller</c>, <c>PageModel</c>, <c>Hub</c>) or is named a controller. A class counts as used when its name appears
/// outside its own declaration other than to reach one of its static members (<c>DevelopmentEmailService.GetOtp(…)</c>
/// constructs nothing); any class counts as used when the application discovers types by reflection.
/// </para>
/// </summary>
internal sealed class UncalledMethods
{
    /// <summary>
    /// Calls that find types without naming them (<c>assembly.GetTypes()</c>, Scrutor's <c>AddClasses</c>, Autofac's
    /// <c>RegisterAssemblyTypes</c>): where the source makes one, an unnamed class may still be constructed.
    /// </summary>
    private static readonly string[] TypeDiscovery = { "GetTypes", "GetExportedTypes", "DefinedTypes", "ExportedTypes", "AddClasses", "RegisterAssemblyTypes" };

    /// <summary>
    /// Methods the host finds by name on a type it was given (<c>UseMiddleware&lt;T&gt;()</c>, <c>UseStartup&lt;T&gt;()</c>):
    /// convention middleware's <c>Invoke</c>/<c>InvokeAsync(HttpContext)</c> and a startup class's <c>Configure…</c>
    /// methods. Their first parameter is the framework's own type, which tells them from an application's namesakes.
    /// </summary>
    private static readonly string[] ConventionMethods = { "Invoke", "InvokeAsync", "Configure", "ConfigureServices", "ConfigureContainer" };

    private readonly Compilation _compilation;
    private readonly CallSites _sites;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _unusedTypes = new(SymbolEqualityComparer.Default);
    private readonly BoundedVerdicts _neverRuns = new(WalkKind.Callers);

    public UncalledMethods(Compilation compilation, CallSites sites)
    {
        _compilation = compilation;
        _sites = sites;
    }

    /// <summary>An ordinary method of an application that nothing calls by name and the framework does not invoke.</summary>
    public bool Is(IMethodSymbol method) => IsApplication && IsOwnOrdinary(method) && !_sites.IsMentioned(method.Name);

    /// <summary>An ordinary method the application wrote and the framework does not invoke: it runs only when the source calls it.</summary>
    private static bool IsOwnOrdinary(IMethodSymbol method)
        => method is { MethodKind: MethodKind.Ordinary, IsOverride: false, IsImplicitlyDeclared: false, ContainingType: { } type }
           && method.Name is not ("Main" or WellKnownMemberNames.TopLevelStatementsEntryPointMethodName)
           && method.GetAttributes().IsEmpty
           && !ImplementsPackageInterface(method, type)
           && !IsConventionMethod(method)
           && !IsFrameworkType(type);

    private static bool IsConventionMethod(IMethodSymbol method)
        => System.Array.IndexOf(ConventionMethods, method.Name) >= 0
           && method.Parameters.Length > 0 && method.Parameters[0].Type is INamedTypeSymbol first && IsPackageType(first);

    /// <summary>
    /// A method whose every call is made from code that never runs (a repository method called only by a service method
    /// nothing calls), followed up the callers to the bound of <see cref="WalkKind.Callers"/>. A mention that is not a call
    /// (a method group handed to the framework, <c>nameof</c>) or a call outside any method keeps it running.
    /// </summary>
    private bool CalledOnlyFromCodeThatNeverRuns(IMethodSymbol method)
    {
        using var walk = BoundedWalk.Enter(WalkKind.Callers, method);
        if (!walk.Entered || !IsOwnOrdinary(method) || !_sites.OnlyCalled(method.Name)) return false;

        // Every mention of the name is a call: when none of them is of this method (a service's GetById calling the
        // repository's GetById), nothing calls it at all. Most methods run: the first caller that runs ends the search.
        return _sites.AllCallers(method, NeverRuns);
    }

    /// <summary>
    /// True when the code of <paramref name="member"/> (a method, constructor or accessor) never runs: an uncalled method, a
    /// method called only from code that never runs, or instance code of a class the application never uses (<see cref="IsUnusedClass"/>).
    /// </summary>
    public bool NeverRuns(ISymbol member)
        => IsApplication && member is IMethodSymbol method && Cached(method.OriginalDefinition);

    /// <summary>
    /// A method of a library or an application that implements a member of an interface this compilation consumes — its
    /// source calls other members of that interface (<c>_unitOfWork.Bookings.GetAll()</c>) — while nothing here names the
    /// method itself: the interface's callers are in this compilation and none of them calls it (a repository query left
    /// behind when a service wrote its own). An interface the compilation only implements (a service whose controllers live
    /// in another project) says nothing about its callers, and a method of it stays judged.
    /// </summary>
    public bool IsUncalledMemberOfConsumedInterface(IMethodSymbol method)
        => method is { MethodKind: MethodKind.Ordinary, IsOverride: false, IsImplicitlyDeclared: false, ContainingType: { } type }
           && !_sites.IsMentioned(method.Name) && method.GetAttributes().IsEmpty && !IsFrameworkType(type)
           && type.AllInterfaces.Any(i => Implements(type, i, method) && IsConsumed(i, method.Name));

    /// <summary>
    /// A public method of a class the application uses that implements a member of one of the application's own interfaces (a
    /// service contract such as <c>IEmailService</c>): its callers may be other projects, controllers or views bound through DI.
    /// </summary>
    public bool IsServiceContractMember(IMethodSymbol method)
        => method is { DeclaredAccessibility: Accessibility.Public, MethodKind: MethodKind.Ordinary, IsStatic: false, ContainingType: { } type }
           && !IsUnusedClass(type)
           && type.AllInterfaces.Any(i => !IsPackageType(i) && Implements(type, i, method));

    internal static bool Implements(INamedTypeSymbol type, INamedTypeSymbol @interface, IMethodSymbol method)
        => @interface.GetMembers(method.Name).Any(candidate
            => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, method.OriginalDefinition));

    /// <summary>True when the source calls a method of <paramref name="interface"/> (or of an interface it extends) other than <paramref name="except"/>.</summary>
    private bool IsConsumed(INamedTypeSymbol @interface, string except)
        => @interface.GetMembers().Concat(@interface.AllInterfaces.SelectMany(i => i.GetMembers())).OfType<IMethodSymbol>()
            .Any(m => m.Name != except && _sites.IsMentioned(m.Name) && _sites.Of(m) is null or { Count: > 0 });

    /// <summary>The answer for one method, kept where a walk up the callers from here would give it (<see cref="BoundedVerdicts"/>).</summary>
    private bool Cached(IMethodSymbol method)
    {
        if (_neverRuns.TryGet(method, out var known)) return known;

        var level = _neverRuns.Level;
        var never = Is(method) || !method.IsStatic && method.ContainingType is { } type && IsUnusedClass(type) || CalledOnlyFromCodeThatNeverRuns(method);
        return _neverRuns.Keep(method, level, never);
    }

    /// <summary>
    /// A class of the application whose instances nobody creates: nothing outside its own code names it (a registration, a
    /// constructor call, a parameter, a base list, <c>typeof</c>) except to reach its static members, the framework does not
    /// discover it (attributes, a package base type or interface) and the source discovers no types by reflection.
    /// </summary>
    public bool IsUnusedClass(INamedTypeSymbol type)
        => IsApplication && _unusedTypes.GetOrAdd(type.OriginalDefinition, t =>
            t is { TypeKind: TypeKind.Class, IsStatic: false, IsImplicitlyDeclared: false }
            && t.Locations.Any(l => l.IsInSource)
            && !IsFrameworkType(t)
            && !t.AllInterfaces.Any(IsPackageType)
            && !TypeDiscovery.Any(_sites.IsMentioned)
            && !_sites.Mentions(t.Name).Any(mention => UsesInstance(mention, t)));

    private bool IsApplication => IsExecutable(_compilation);

    /// <summary>An executable (a web app, a service, a console program): the compilation holds every caller of its code.</summary>
    internal static bool IsExecutable(Compilation compilation)
        => compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication;

    /// <summary>A mention of the class's name outside its own declarations, other than as the receiver of a static member.</summary>
    private static bool UsesInstance(SimpleNameSyntax mention, INamedTypeSymbol type)
        => !type.DeclaringSyntaxReferences.Any(d => d.SyntaxTree == mention.SyntaxTree && d.Span.Contains(mention.Span))
           && !ReachesStaticMember(mention, type);

    /// <summary><c>Type.Member</c> or <c>Ns.Type.Member</c> where every member of that name is static (a method, a constant).</summary>
    private static bool ReachesStaticMember(SimpleNameSyntax mention, INamedTypeSymbol type)
    {
        ExpressionSyntax qualified = mention;
        while (qualified.Parent is MemberAccessExpressionSyntax outer && outer.Name == qualified) qualified = outer;
        if (qualified.Parent is not MemberAccessExpressionSyntax access || access.Expression != qualified) return false;

        var members = type.GetMembers(access.Name.Identifier.ValueText);
        return !members.IsEmpty && members.All(m => m.IsStatic || m is INamedTypeSymbol);
    }

    private static bool ImplementsPackageInterface(IMethodSymbol method, INamedTypeSymbol type)
        => type.AllInterfaces.Any(i => IsPackageType(i) && i.GetMembers(method.Name).Any(candidate =>
            SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), method)));

    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!current.GetAttributes().IsEmpty || current.Name.EndsWith("Controller", System.StringComparison.Ordinal)
                || BaseTypes.Any(current.BaseType, IsPackageType)) return true;
        }

        return false;
    }

    /// <summary>A type the application did not write (<c>object</c> aside): the framework calls into types derived from it.</summary>
    private static bool IsPackageType(INamedTypeSymbol type)
        => type.SpecialType != SpecialType.System_Object && !type.Locations.Any(l => l.IsInSource);
}
