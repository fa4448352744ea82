using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// A method of another assembly that sends what it is given out of the process, decided from what its metadata shows: its
/// body is not in this compilation (a project reference or a package: Swampnet.Evl's Serilog sink hands every batch to
/// <c>Api.PostAsync</c> of its client project). It transmits when its name starts with one of the sink table's
/// <see cref="SinkTable.TransmitVerbs"/> (<c>PostAsync</c>, <c>SendBatch</c>, <c>PublishEvents</c>), or when it returns a task
/// and its type is a typed HTTP client (an <c>HttpClient</c> it holds or is constructed with). The platform's own assemblies
/// and the logging frameworks' (whose sinks, targets and appenders are the table's receiver rows) are not: their senders
/// are rows of the table, and a logging framework's own methods keep the log a log.
/// </summary>
internal static class ForeignTransmitters
{
    /// <summary>Type names that make a type a typed HTTP client when it holds one or is constructed with one.</summary>
    private static readonly string[] HttpClientTypes = { "System.Net.Http.HttpClient", "System.Net.Http.HttpMessageInvoker", "System.Net.Http.IHttpClientFactory" };

    public static bool Is(IMethodSymbol method, IAssemblySymbol own)
        => method is { MethodKind: MethodKind.Ordinary, Parameters.IsEmpty: false, ContainingAssembly: { } assembly, ContainingType: { } type }
           && !SymbolEqualityComparer.Default.Equals(assembly, own)
           && (IsNamedForSending(method.Name) || ReturnsTask(method) && IsTypedHttpClient(type))
           && !IsPlatform(assembly) && !IsLoggingFramework(assembly);

    /// <summary><c>PostAsync</c>, <c>Send</c>, <c>PublishEvents</c>: a verb of the table followed by the end or another word (not <c>Postpone</c>).</summary>
    internal static bool IsNamedForSending(string name) => SinkSpec.StartsWithWord(name, SinkTable.TransmitVerbs);

    private static bool ReturnsTask(IMethodSymbol method)
        => method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask" } task && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";

    private static bool IsTypedHttpClient(INamedTypeSymbol type)
        => type.GetMembers().Any(member => member switch
        {
            IFieldSymbol field => IsHttpClient(field.Type),
            IPropertySymbol property => IsHttpClient(property.Type),
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.Parameters.Any(p => IsHttpClient(p.Type)),
            _ => false,
        });

    private static bool IsHttpClient(ITypeSymbol type)
        => type is INamedTypeSymbol named && Array.IndexOf(HttpClientTypes, Sources.PersonalAttributes.MetadataName(named.OriginalDefinition)) >= 0;

    /// <summary>
    /// The runtime, ASP.NET Core and the extensions: their transmitting members (HttpClient, SmtpClient) are rows of the table,
    /// and their other members (a channel's <c>WriteAsync</c>, a hub's <c>SendAsync</c> to the app's own clients) stay in the app.
    /// </summary>
    private static bool IsPlatform(IAssemblySymbol assembly)
        => assembly.Name is "netstandard" or "mscorlib" or "System" || assembly.Name.StartsWith("System.", StringComparison.Ordinal)
           || assembly.Name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || assembly.Name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal);

    /// <summary>An assembly that declares a type of the table's log-event receiver or renderer rows (Serilog, NLog, log4net).</summary>
    private static bool IsLoggingFramework(IAssemblySymbol assembly)
    {
        foreach (var row in SinkTable.Default)
        {
            if (row.Kind is SinkKind.LogEventReceiver or SinkKind.Renderer && assembly.GetTypeByMetadataName(row.TypeName) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
