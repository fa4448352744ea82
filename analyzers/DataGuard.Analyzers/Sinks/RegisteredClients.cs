using System.Collections.Concurrent;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// Clients built by a dependency-injection registration (<c>services.AddTransient(_ => new SmtpClient(host, port))</c> in
/// Program.cs) and sent through a field or constructor parameter of another class: the method that sends never sees the
/// client built. Such a client has the flaws its registration gives it (a new <c>SmtpClient</c> sends in plain text unless
/// <c>EnableSsl</c> is set) unless some assignment in the compilation sets that setting to a value that is not the unsafe one
/// (<c>client.EnableSsl = true</c>, <c>EnableSsl = options.UseSsl</c>) — the analysis cannot tell which client such an
/// assignment reaches, so any one of them clears the flaw.
/// </summary>
internal sealed class RegisteredClients
{
    private readonly Compilation _compilation;
    private readonly SourceBodies _bodies;
    private readonly DataGuardProfile _profile;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ChannelFlaw> _flaws = new(SymbolEqualityComparer.Default);

    public RegisteredClients(DataGuardProfile profile)
    {
        _profile = profile;
        _compilation = profile.Compilation;
        _bodies = profile.Bodies;
    }

    /// <summary>The flaws every registered client of the type has; None for a type no registration builds or with no unsafe default.</summary>
    public ChannelFlaw Of(ITypeSymbol? type)
        => type is INamedTypeSymbol named && ChannelSettings.HasUnsafeDefaults(named) ? _flaws.GetOrAdd(named.OriginalDefinition, Judge) : ChannelFlaw.None;

    private ChannelFlaw Judge(INamedTypeSymbol type)
    {
        var registered = ChannelFlaw.None;
        var cleared = ChannelFlaw.None;
        foreach (var tree in Flow.EfMigrationCode.TreesOutsideMigrations(_compilation))
        {
            // A file that never names the client's type builds none and sets none of its settings (a cheap test before binding).
            if (tree.GetText().ToString().IndexOf(type.Name, System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var model = _bodies.Model(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is InvocationExpressionSyntax call && IsRegistration(call))
                {
                    registered |= BuiltIn(call, type, model);
                }
                else if (node is AssignmentExpressionSyntax assignment && ChannelSettings.IsDefaultSetting(CalledNames.Of(assignment.Left)))
                {
                    cleared |= SafelySet(assignment, type, model);
                }
            }
        }

        return registered & ~cleared;
    }

    /// <summary><c>AddTransient</c>, <c>AddScoped</c>, <c>AddSingleton</c> and their <c>TryAdd…</c> forms.</summary>
    private static bool IsRegistration(InvocationExpressionSyntax call)
        => CalledNames.Of(call) is { } name && (name.StartsWith("Add", System.StringComparison.Ordinal) || name.StartsWith("TryAdd", System.StringComparison.Ordinal))
           && (name.EndsWith("Transient", System.StringComparison.Ordinal) || name.EndsWith("Scoped", System.StringComparison.Ordinal)
               || name.EndsWith("Singleton", System.StringComparison.Ordinal));

    /// <summary>The flaws of the clients of <paramref name="type"/> that the registration's arguments build (a factory lambda or an instance).</summary>
    private ChannelFlaw BuiltIn(InvocationExpressionSyntax call, INamedTypeSymbol type, SemanticModel model)
    {
        var flaw = ChannelFlaw.None;
        foreach (var creation in call.ArgumentList.DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (model.GetOperation(creation) is IObjectCreationOperation built && SymbolEqualityComparer.Default.Equals(built.Type?.OriginalDefinition, type))
            {
                flaw |= ChannelSettings.OfCreation(built, _profile);
            }
        }

        return flaw;
    }

    /// <summary>The flaw an assignment to a setting of <paramref name="type"/> clears: any value that is not the unsafe one.</summary>
    private ChannelFlaw SafelySet(AssignmentExpressionSyntax assignment, INamedTypeSymbol type, SemanticModel model)
        => model.GetOperation(assignment) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } stored
           && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType?.OriginalDefinition, type)
           && ChannelSettings.OfAssignment(target.Property, stored.Value, _profile) == ChannelFlaw.None
            ? ChannelSettings.DefaultFlaw(target.Property.Name)
            : ChannelFlaw.None;
}
