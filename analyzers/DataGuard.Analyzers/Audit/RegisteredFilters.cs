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
                if (!MayRegister(syntax) || model.GetOperation(syntax) is not IInvocationOperation call) continue;
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

    /// <summary>
    /// A call that may register a filter: one named for audit, or an <c>Add</c> that names a type — <c>Add&lt;F&gt;()</c>,
    /// <c>Add(typeof(F))</c>, <c>Add(new F(…))</c>, all <see cref="RegisteredType"/> can read. The list's <c>Add(item)</c> of
    /// every service body names none and is not bound (round 35's hospital API: nine such calls of one appointment service, 1 of DG1008's 8 sampled s).
    /// </summary>
    private static bool MayRegister(InvocationExpressionSyntax call)
    {
        var name = InvokedName(call.Expression);
        if (name.IndexOf("Audit", StringComparison.Ordinal) >= 0) return true;
        return name is "Add" or "AddService" or "AddEndpointFilter"
               && (InvokedWithTypeArguments(call.Expression) || call.ArgumentList.Arguments.Any(a => NamesType(a.Expression)));
    }

    private static bool InvokedWithTypeArguments(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name is GenericNameSyntax,
        MemberBindingExpressionSyntax binding => binding.Name is GenericNameSyntax,
        _ => expression is GenericNameSyntax,
    };

    /// <summary><c>typeof(F)</c> or <c>new F(…)</c>, also in parentheses or cast (the conversions <see cref="RegisteredType"/> looks through).</summary>
    private static bool NamesType(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized: expression = parenthesized.Expression; continue;
                case CastExpressionSyntax cast: expression = cast.Expression; continue;
                case BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.AsExpression } asType: expression = asType.Left; continue;
                default: return expression is TypeOfExpressionSyntax or BaseObjectCreationExpressionSyntax;
            }
        }
    }

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
