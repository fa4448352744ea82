using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// DG1008's filters as the application registers them, found in one pass over the invocations of the files that name a
/// filter or audit: the filter types added for every action (<c>Filters.Add&lt;F&gt;()</c>, <c>Filters.Add(typeof(F))</c>,
/// <c>Filters.Add(new F(…))</c>, <c>Filters.AddService&lt;F&gt;()</c>, <c>AddEndpointFilter&lt;F&gt;()</c>), and the referenced
/// assemblies whose service registration named for audit this compilation calls (<c>ConfigureAuditServices(IServiceCollection)</c>:
/// a shared library registering its own filter, as healthgateway's <c>Common</c> does). A filter of another assembly shows
/// its type but not its body: it audits when it, or a service its constructor takes, declares an audit method
/// (<see cref="AuditCalls.IsAuditMethod"/>: the injected audit logger is all metadata shows of what its body calls).
/// </summary>
internal sealed class RegisteredFilters
{
    private const string ServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";

    private readonly Compilation _compilation;
    private readonly AuditCalls _audits;

    public RegisteredFilters(Compilation compilation, AuditCalls audits)
    {
        _compilation = compilation;
        _audits = audits;
    }

    /// <summary>Filter types registered for every action, in this compilation's source.</summary>
    public List<INamedTypeSymbol> Global { get; } = new();

    /// <summary>True when a referenced library's audit registration is called and that library declares an auditing filter.</summary>
    public bool LibraryRegistersAuditingFilter { get; private set; }

    /// <summary>Reads the registrations; called once per compilation (<see cref="AuditingWrappers"/>' lazy pass).</summary>
    public RegisteredFilters Find()
    {
        var askedAssemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in Flow.EfMigrationCode.TreesOutsideMigrations(_compilation))
        {
            var text = tree.GetText().ToString();
            if (text.IndexOf("Filter", StringComparison.Ordinal) < 0 && text.IndexOf("Audit", StringComparison.Ordinal) < 0) continue;

            var model = _compilation.GetSemanticModel(tree);
            foreach (var syntax in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                // Binding every call of a file that mentions audit was most of DG1008's time on healthgateway: ask the name first.
                if (!MayRegister(InvokedName(syntax.Expression)) || model.GetOperation(syntax) is not IInvocationOperation call) continue;
                if (IsGlobalRegistration(call.TargetMethod) && RegisteredType(call) is { } filter) Global.Add(filter);
                else if (IsLibraryAuditRegistration(call.TargetMethod) && askedAssemblies.Add(call.TargetMethod.ContainingAssembly))
                    LibraryRegistersAuditingFilter |= DeclaresAuditingFilter(call.TargetMethod.ContainingAssembly);
            }
        }

        return this;
    }

    /// <summary>A filter of another assembly that audits: a method of its own is an audit method, or its constructor takes the audit service.</summary>
    public bool AuditsFromMetadata(INamedTypeSymbol filter)
        => IsFilter(filter) && !SymbolEqualityComparer.Default.Equals(filter.ContainingAssembly, _compilation.Assembly)
           && (filter.GetMembers().OfType<IMethodSymbol>().Any(_audits.IsAuditMethod)
               || filter.InstanceConstructors.Any(c => c.Parameters.Any(p => p.Type is INamedTypeSymbol service && DeclaresAuditMethod(service))));

    /// <summary>A class that implements one of the MVC/Razor/endpoint filter interfaces.</summary>
    public static bool IsFilter(INamedTypeSymbol type)
        => type.AllInterfaces.Any(i => AuditingWrappers.FilterInterfaces.Contains(PersonalAttributes.MetadataName(i.OriginalDefinition)));

    /// <summary>The name a call is written with: <c>Add</c> of <c>o.Filters.Add&lt;F&gt;()</c>, <c>ConfigureAuditServices</c>.</summary>
    private static string InvokedName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => "",
    };

    private static bool MayRegister(string name)
        => name is "Add" or "AddService" or "AddEndpointFilter" || name.IndexOf("Audit", StringComparison.Ordinal) >= 0;

    private static bool IsGlobalRegistration(IMethodSymbol method)
        => method.Name is "Add" or "AddService" && method.ContainingType?.Name == "FilterCollection"
           || method.Name == "AddEndpointFilter";

    private bool IsLibraryAuditRegistration(IMethodSymbol method)
        => method.Name.IndexOf("Audit", StringComparison.Ordinal) >= 0
           && method.ContainingAssembly is { } assembly && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
           && method.Parameters.Any(p => p.Type is INamedTypeSymbol type && PersonalAttributes.MetadataName(type) == ServiceCollection);

    /// <summary>The filter type of <c>Add&lt;F&gt;()</c>, <c>Add(typeof(F))</c> or <c>Add(new F(…))</c>.</summary>
    private static INamedTypeSymbol? RegisteredType(IInvocationOperation call)
    {
        if (call.TargetMethod.TypeArguments.LastOrDefault() is INamedTypeSymbol generic && IsFilter(generic)) return generic;
        foreach (var argument in call.Arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion) value = conversion.Operand;
            if (value is ITypeOfOperation { TypeOperand: INamedTypeSymbol named }) return named;
            if (value is IObjectCreationOperation { Type: INamedTypeSymbol created }) return created;
        }

        return null;
    }

    private bool DeclaresAuditMethod(INamedTypeSymbol service)
        => service.GetMembers().OfType<IMethodSymbol>().Any(_audits.IsAuditMethod)
           || service.AllInterfaces.Any(i => i.GetMembers().OfType<IMethodSymbol>().Any(_audits.IsAuditMethod));

    /// <summary>The referenced assembly declares a non-attribute filter that audits.</summary>
    private bool DeclaresAuditingFilter(IAssemblySymbol assembly)
        => DeclaredTypes.Of(assembly).Any(type => type is { TypeKind: TypeKind.Class, IsAbstract: false }
                                                  && !PersonalAttributes.InheritsFrom(type, "System.Attribute") && AuditsFromMetadata(type));
}
