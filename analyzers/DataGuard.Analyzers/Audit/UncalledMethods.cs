using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Methods of an application that nothing calls: a repository method written and never used is on no request path, so the
/// rows it would read reach nobody. Only in an executable (a web app, a service), where the compilation holds every caller;
/// a library's public methods are called from other projects. A method counts as called when its name appears anywhere in
/// the source outside declarations (a call, a method group, <c>nameof</c>, Razor views compiled into the project), and as
/// invoked by the framework when it overrides, carries an attribute, implements an interface from a package, or belongs
/// to a type that derives from a package's type (<c>Controller</c>, <c>PageModel</c>, <c>Hub</c>) or is named a controller.
/// </summary>
internal sealed class UncalledMethods
{
    private readonly Compilation _compilation;
    private readonly CallSites _sites;

    public UncalledMethods(Compilation compilation, CallSites sites)
    {
        _compilation = compilation;
        _sites = sites;
    }

    public bool Is(IMethodSymbol method)
        => IsApplication
           && method is { MethodKind: MethodKind.Ordinary, IsOverride: false, IsImplicitlyDeclared: false, ContainingType: { } type }
           && method.Name != "Main"
           && method.GetAttributes().IsEmpty
           && !ImplementsPackageInterface(method, type)
           && !IsFrameworkType(type)
           && !_sites.IsMentioned(method.Name);

    private bool IsApplication => _compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication;

    private static bool ImplementsPackageInterface(IMethodSymbol method, INamedTypeSymbol type)
        => type.AllInterfaces.Any(i => !i.Locations.Any(l => l.IsInSource) && i.GetMembers(method.Name).Any(candidate =>
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

    /// <summary>A base type the application did not write (<c>object</c> aside): the framework calls into types derived from it.</summary>
    private static bool IsPackageType(INamedTypeSymbol type)
        => type.SpecialType != SpecialType.System_Object && !type.Locations.Any(l => l.IsInSource);
}
