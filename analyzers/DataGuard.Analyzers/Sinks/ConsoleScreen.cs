using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// Tells a console that is the program's screen from a console that is a log. A type that reads what the user types
/// (uses the value of <c>Console.ReadLine</c>/<c>ReadKey</c>/<c>Read</c>, itself or through a reader type of the same
/// compilation) is an interactive console UI: what it writes is shown to the user who asked for it, as a page would be.
/// Console output of any other type — hosted, web and service code, or a class that prints every mail it "sends" — is a log.
/// A bare <c>Console.ReadLine();</c> ("press Enter to stop") keeps a process open and does not make it a UI.
/// A whole program is a console UI when its entry point runs a loop in a type that reads input and builds no host: its
/// printer classes (a <c>PrintService</c> listing records) draw the same screen.
/// </summary>
internal sealed class ConsoleScreen
{
    private static readonly string[] ReadMethods = { "ReadLine", "ReadKey", "Read" };

    private readonly SourceBodies _bodies;
    private readonly INamedTypeSymbol? _console;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _readsInput = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isUi = new(SymbolEqualityComparer.Default);
    private readonly System.Lazy<bool> _interactiveProgram;

    public ConsoleScreen(Compilation compilation, SourceBodies bodies)
    {
        _bodies = bodies;
        _console = compilation.GetTypeByMetadataName("System.Console");
        _interactiveProgram = new System.Lazy<bool>(() => IsInteractiveProgram(compilation));
    }

    /// <summary>True when this call writes to the console from inside an interactive console UI.</summary>
    public bool Shows(IInvocationOperation invocation)
        => _console is not null && WritesToConsole(invocation)
           && invocation.SemanticModel?.GetEnclosingSymbol(invocation.Syntax.SpanStart) is { } enclosing
           && Outermost(enclosing as INamedTypeSymbol ?? enclosing.ContainingType) is { } type
           && (_isUi.GetOrAdd(type, IsInteractive) || _interactiveProgram.Value);

    /// <summary>
    /// An executable whose entry point loops (<c>while (ShowMenu())</c>) in a type that reads input, and that builds no
    /// generic or web host: a host's or worker's stdout is its log even when something in it reads the console.
    /// </summary>
    private bool IsInteractiveProgram(Compilation compilation)
        => compilation.Options.OutputKind == OutputKind.ConsoleApplication
           && compilation.GetEntryPoint(System.Threading.CancellationToken.None) is { ContainingType: { } program } main
           && EntryBodies(main, program).Any(body => body.DescendantNodes().Any(IsLoop))
           && _isUi.GetOrAdd(program, IsInteractive)
           && !BuildsHost(compilation, program);

    /// <summary>The synthesized <c>Main</c> of top-level statements has no syntax of its own: its program type's is the body.</summary>
    private static System.Collections.Generic.IEnumerable<SyntaxNode> EntryBodies(IMethodSymbol main, INamedTypeSymbol program)
        => (main.DeclaringSyntaxReferences.Length > 0 ? main.DeclaringSyntaxReferences : program.DeclaringSyntaxReferences).Select(reference => reference.GetSyntax());

    private static bool IsLoop(SyntaxNode node) => node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or ForEachStatementSyntax;

    /// <summary>The program type calls something that returns a host, a host builder or an application builder.</summary>
    private bool BuildsHost(Compilation compilation, INamedTypeSymbol program)
    {
        var hosts = HostTypes.Select(compilation.GetTypeByMetadataName).Where(host => host is not null).ToArray();
        return hosts.Length > 0 && Invocations(program).Any(call =>
            Model(call.SyntaxTree).GetSymbolInfo(call).Symbol is IMethodSymbol { ReturnType: INamedTypeSymbol returned }
            && hosts.Any(host => SymbolEqualityComparer.Default.Equals(returned.OriginalDefinition, host) || returned.AllInterfaces.Contains(host!, SymbolEqualityComparer.Default)));
    }

    private static readonly string[] HostTypes =
    {
        "Microsoft.Extensions.Hosting.IHost", "Microsoft.Extensions.Hosting.IHostBuilder", "Microsoft.Extensions.Hosting.IHostApplicationBuilder",
    };

    private bool WritesToConsole(IInvocationOperation invocation)
        => SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _console)
           || invocation.Instance is IPropertyReferenceOperation { Instance: null } property && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _console);

    private static INamedTypeSymbol? Outermost(INamedTypeSymbol? type)
    {
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>The type reads input itself, or calls a type of this compilation that does (a <c>ConsoleReader</c> helper).</summary>
    private bool IsInteractive(INamedTypeSymbol type)
    {
        if (_readsInput.GetOrAdd(type, ReadsInput))
        {
            return true;
        }

        foreach (var call in Invocations(type))
        {
            if (Model(call.SyntaxTree).GetSymbolInfo(call).Symbol is IMethodSymbol { ContainingType: { } callee }
                && Outermost(callee) is { } owner && !SymbolEqualityComparer.Default.Equals(owner, type)
                && owner.DeclaringSyntaxReferences.Length > 0 && _readsInput.GetOrAdd(owner, ReadsInput))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One level only: a reader's own callers are not followed, so the walk is bounded by the type's own calls.</summary>
    private bool ReadsInput(INamedTypeSymbol type)
        => Invocations(type).Any(call => call.Parent is not ExpressionStatementSyntax && IsRead(call)
                                         && SymbolEqualityComparer.Default.Equals((Model(call.SyntaxTree).GetSymbolInfo(call).Symbol as IMethodSymbol)?.ContainingType, _console));

    private static bool IsRead(InvocationExpressionSyntax call) => CalledNames.Of(call) is { } name && ReadMethods.Contains(name);

    private static System.Collections.Generic.IEnumerable<InvocationExpressionSyntax> Invocations(INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.SelectMany(reference => reference.GetSyntax().DescendantNodes().OfType<InvocationExpressionSyntax>());

    /// <summary>Another declaration's calls can only be resolved with its tree's model, shared with the flow walk.</summary>
    private SemanticModel Model(SyntaxTree tree) => _bodies.Model(tree);
}
