using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using DataGuard.Analyzers.Sources;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// Files and mailboxes that are logs in all but name: a file under a <c>logs</c>, mail-drop or mail folder, a path the team listed
/// in <c>dataguard.log_sinks</c>, a mail sent to a configured "log to" / error address. Data written there is logged (DG1001).
/// </summary>
internal sealed class LogDestinations
{
    /// <summary>Words of a path segment that make the file a log or a drop folder (<c>App_Data/Logs</c>, <c>debug.log</c>, <c>mail-drop</c>).</summary>
    private static readonly HashSet<string> LogPathWords = new(StringComparer.Ordinal) { "log", "logs", "drop", "drops", "maildrop", "pickup", "dump", "dumps", "trace", "traces" };

    /// <summary>
    /// Words of a folder that holds mails (<c>wwwroot/emails</c>, <c>Mail</c>, <c>sent-mails</c>, <c>outbox</c>): a file written there
    /// is a mail drop. Only a segment made of these words alone counts, so a file named <c>email-export.csv</c> is not one.
    /// </summary>
    private static readonly HashSet<string> MailFolderWords = new(StringComparer.Ordinal) { "mail", "mails", "email", "emails", "outbox", "sent" };

    /// <summary>Words of a configuration key that make a mail recipient a log: <c>ErrorLog:MailTo</c>, <c>Logging:Email:To</c>, <c>AdminErrorEmail</c>.</summary>
    private static readonly HashSet<string> LogMailboxWords = new(StringComparer.Ordinal)
    {
        "log", "logs", "logging", "logger", "error", "errors", "exception", "exceptions", "debug", "diagnostic", "diagnostics", "crash", "alert", "alerts",
        "monitor", "monitoring", "elmah",
    };

    /// <summary>Words of an entity's name that make its table a log: <c>ErrorLog</c>, <c>ExceptionLogEntry</c>, <c>ElmahError</c>.</summary>
    private static readonly HashSet<string> LogTableWords = new(StringComparer.Ordinal) { "log", "logs", "error", "errors", "exception", "exceptions", "elmah", "crash" };

    /// <summary>
    /// Words of an entity's name that make its table the application's audit trail (<c>AuditLog</c>, <c>AuditTrail</c>,
    /// <c>AuditEntry</c>, <c>SecurityAudit</c>): rows naming the actor on purpose — what DG1008 asks for — not a log sink.
    /// <c>ActivityLog</c> or <c>AccessLog</c> are not here: those names serve diagnostic logs as often as trails.
    /// </summary>
    private static readonly HashSet<string> AuditTrailWords = new(StringComparer.Ordinal) { "audit", "audits", "auditing" };

    /// <summary>
    /// Words of a column that a diagnostic or activity log has (<c>Level</c>, <c>Message</c>, <c>Exception</c>, <c>Logger</c>,
    /// <c>Action</c>): an entity named only <c>…Log</c> is a log table when it has one; without one (<c>EmailLog</c> with a
    /// subject, recipients and body, <c>LinkLog</c> with a destination and referrer) it is a product table named so.
    /// Timestamps are not here: every entity has them.
    /// </summary>
    private static readonly HashSet<string> LogColumnWords = new(StringComparer.Ordinal)
    {
        "level", "severity", "message", "exception", "stack", "stacktrace", "logger", "category", "action", "event", "detail", "details", "trace",
    };

    /// <summary>Words of a column that hold a failure's details (<c>Exception</c>, <c>StackTrace</c>): an error log whatever its name.</summary>
    private static readonly HashSet<string> FailureColumnWords = new(StringComparer.Ordinal) { "exception", "exceptions", "stack", "stacktrace", "error", "errors" };

    private readonly ImmutableArray<string> _configuredFolders;
    private readonly ImmutableHashSet<string> _configuredTables;
    private readonly ConditionalWeakTable<IInvocationOperation, StrongBox<ImmutableArray<string>>> _pathFragments = new();

    public LogDestinations(ImmutableArray<string> logSinks)
    {
        // Entries of dataguard.log_sinks with a slash are folders (logs/exports/); the others are methods (see SinkCatalog).
        // Loops, not LINQ: this runs when a compilation starts, where each lambda is JIT-compiled afresh.
        var folders = ImmutableArray.CreateBuilder<string>();
        var tables = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var entry in logSinks)
        {
            if (IsFolderEntry(entry))
            {
                var folder = Normalize(entry).Trim('/');
                if (folder.Length > 0)
                {
                    folders.Add(folder);
                }
            }

            if (entry.StartsWith("T:", StringComparison.Ordinal))
            {
                tables.Add(entry.Substring(2));
            }
        }

        _configuredFolders = folders.ToImmutable();
        _configuredTables = tables.ToImmutable();
    }

    /// <summary>
    /// For a stored row (<see cref="SinkKind.Store"/>): the entity type's name when its table is a log — named as an error or
    /// log entry, or listed in <c>dataguard.log_sinks</c> as <c>T:Namespace.Type</c> — or null.
    /// </summary>
    public string? LogTable(IInvocationOperation invocation)
    {
        var entity = invocation.TargetMethod.ContainingType is { IsGenericType: true } set && set.TypeArguments.Length == 1
            ? set.TypeArguments[0]
            : invocation.Arguments.FirstOrDefault()?.Value is { } argument ? OperationShapes.Unconverted(argument).Type : null;
        if (entity is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named)
        {
            return null;
        }

        var configured = _configuredTables.Contains(named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty));
        return configured || IsLogEntryType(named) && !IsHistoryOfRecord(named) && !IsTrailRow(named, invocation) ? named.Name : null;
    }

    /// <summary>
    /// An audit trail's row (<c>AuditLog</c> with <c>ErrorMessage</c>/<c>StackTrace</c> columns) stored here is a log only when
    /// this row is filled from an exception (<c>StackTrace = ex.StackTrace</c>): an outcome's text from a request or a service,
    /// which the application lists on its own audit pages, is its trail (round 31's PayFlowPro), not an error log.
    /// </summary>
    private static bool IsTrailRow(INamedTypeSymbol entity, IInvocationOperation invocation)
        => NamesAuditTrail(IdentifierWords.Split(entity.Name)) && !FilledFromException(invocation);

    /// <summary>True when a value the stored row is built from — its initializer, or assignments to its local's members — reads an exception.</summary>
    private static bool FilledFromException(IInvocationOperation invocation)
    {
        if (invocation.Arguments.FirstOrDefault()?.Value is not { } stored)
        {
            return false;
        }

        var row = OperationShapes.Unconverted(stored);
        var values = row is ILocalReferenceOperation local ? StoredValues.Assigned(local.Local, invocation).Concat(MemberValues(local.Local, invocation)) : new[] { row };
        return values.Any(value => value.DescendantsAndSelf().Any(ReadsException));
    }

    /// <summary>The values the method assigns to members of the local (<c>entry.StackTrace = ex.StackTrace</c>).</summary>
    private static IEnumerable<IOperation> MemberValues(ILocalSymbol local, IOperation reference)
        => StoredValues.Root(reference).Descendants().OfType<ISimpleAssignmentOperation>()
            .Where(a => a.Target is IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } && SymbolEqualityComparer.Default.Equals(owner.Local, local))
            .Select(a => a.Value);

    private static bool ReadsException(IOperation operation)
        => operation is ILocalReferenceOperation or IParameterReferenceOperation
           && BaseTypes.Any(operation.Type, t => t is INamedTypeSymbol named && PersonalAttributes.MetadataName(named) == "System.Exception");

    /// <summary>
    /// <c>TicketLog</c> referring to its <c>Ticket</c>, which holds <c>ICollection&lt;TicketLog&gt; Logs</c>: rows that another
    /// entity of the program keeps as a collection of its own are that record's activity history, loaded and shown with it to
    /// whoever may see the record — the application's data, not a log read by operators.
    /// </summary>
    private static bool IsHistoryOfRecord(INamedTypeSymbol entry)
    {
        foreach (var member in entry.GetMembers())
        {
            if (member is not IPropertySymbol { Type: INamedTypeSymbol { TypeKind: TypeKind.Class } owner }
                || SymbolEqualityComparer.Default.Equals(owner, entry) || !owner.Locations.Any(l => l.IsInSource))
            {
                continue;
            }

            foreach (var ownerMember in owner.GetMembers())
            {
                if (ownerMember is IPropertySymbol collection
                    && PersonalDataClassifier.ElementType(collection.Type) is { } element && SymbolEqualityComparer.Default.Equals(element, entry))
                {
                    return true;
                }
            }
        }

        return false;
    }


    public static bool IsFolderEntry(string entry) => entry.IndexOf('/') >= 0 || entry.IndexOf('\\') >= 0;

    /// <summary>For a file sink: the constant part of its path that makes it a log or drop file, or null.</summary>
    public string? LogFile(IInvocationOperation invocation, SinkSpec spec, EndpointResolver endpoints)
        => LogPath(PathFragments(invocation, spec, endpoints));

    /// <summary>For a file sink: the part of its path that puts it under the publicly served web root (<see cref="WebRoot"/>), or null.</summary>
    public string? WebRootFile(IInvocationOperation invocation, SinkSpec spec, EndpointResolver endpoints)
        => WebRoot.Fragment(PathFragments(invocation, spec, endpoints), invocation.SemanticModel?.Compilation, endpoints);

    /// <summary>The constant parts of a file sink's path: its path argument, or the file its receiver was opened on. Cached per call.</summary>
    private ImmutableArray<string> PathFragments(IInvocationOperation invocation, SinkSpec spec, EndpointResolver endpoints)
        => _pathFragments.GetValue(invocation, call =>
        {
            var path = spec.PathParameters.IsEmpty
                ? call.Instance
                : call.Arguments.FirstOrDefault(a => a.Parameter is { } p && spec.PathParameters.Contains(p.Name))?.Value;
            return new StrongBox<ImmutableArray<string>>(endpoints.PathFragments(path));
        }).Value;

    /// <summary>
    /// True when the write goes to a file whatever its folder: a <c>File</c> method with a path, a <c>StreamWriter</c> or
    /// <c>FileStream</c> receiver, a mail written to a path or a <c>FileStream</c>. Writers into memory (<c>StringWriter</c>,
    /// <c>MemoryStream</c>) and of unknown kind (<c>TextWriter</c>, <c>Stream</c>) are not.
    /// </summary>
    public static bool IsFileWrite(IInvocationOperation invocation, SinkSpec spec)
    {
        if (spec.WritesReceiver)
        {
            var target = invocation.Arguments.FirstOrDefault(a => a.Parameter is { } p && spec.PathParameters.Contains(p.Name))?.Value;
            return target is not null && (target.Type?.SpecialType == SpecialType.System_String || IsFileType(OperationShapes.Unconverted(target).Type));
        }

        return !spec.PathParameters.IsEmpty || invocation.Instance is { } receiver && IsFileType(OperationShapes.Unconverted(receiver).Type);
    }

    private static bool IsFileType(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "StreamWriter" or "FileStream" } named
           && PersonalAttributes.MetadataName(named.OriginalDefinition) is "System.IO.StreamWriter" or "System.IO.FileStream";

    /// <summary>
    /// True for a type named as a log or error entry (<c>Error</c>, <c>ErrorLog</c>, <c>ExceptionEntry</c>): a file written with
    /// such a record's data is an error log wherever it lies, as a table of such rows is (<see cref="LogTable"/>).
    /// </summary>
    public static bool IsLogEntryType(INamedTypeSymbol? type)
    {
        if (type is not { TypeKind: TypeKind.Class or TypeKind.Struct } || PersonalDataClassifier.IsFramework(type))
        {
            return false;
        }

        var words = IdentifierWords.Split(type.Name);
        return words.Any(LogTableWords.Contains) && !IsAuditTrail(type, words) && (NamesFailure(words) || HasLogShape(type));
    }

    /// <summary>A name with an error word (<c>ErrorLog</c>, <c>ExceptionEntry</c>, <c>ElmahError</c>), not only <c>log</c>.</summary>
    private static bool NamesFailure(List<string> words) => words.Any(w => w is not ("log" or "logs") && LogTableWords.Contains(w));

    /// <summary>True when the type or a base type of the program has a log's column (<see cref="LogColumnWords"/>).</summary>
    private static bool HasLogShape(INamedTypeSymbol type)
        => BaseTypes.Any(type, t => !PersonalDataClassifier.IsFramework(t) && t.GetMembers().Any(IsLogColumn));

    /// <summary>A property or field named for a log's column; a key (<c>MessageId</c>, <c>EventId</c>) is not one.</summary>
    private static bool IsLogColumn(ISymbol member)
    {
        if (member is not (IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false }))
        {
            return false;
        }

        var words = IdentifierWords.Words(member.Name);
        return words.Any(LogColumnWords.Contains) && IdentifierWords.LastWord(words) is not ("id" or "key");
    }

    /// <summary>
    /// True for an entity named as an audit trail (<see cref="AuditTrailWords"/>) that is not an error log in disguise: no error
    /// word in its name (<c>AuditErrorLog</c>) and no column holding a failure's details (<c>Exception</c>, <c>StackTrace</c>).
    /// </summary>
    private static bool IsAuditTrail(INamedTypeSymbol type, List<string> words)
        => NamesAuditTrail(words) && !type.GetMembers().Any(HoldsFailure);

    /// <summary>
    /// True for words of a name that say audit trail and no failure (<c>AuditLog</c>, <c>IAuditLogService</c>; not
    /// <c>AuditErrorLog</c>): an entity's table or a service that writes one (<see cref="LogShapes"/>).
    /// </summary>
    public static bool NamesAuditTrail(List<string> words) => words.Any(AuditTrailWords.Contains) && !NamesFailure(words);

    /// <summary>A column named for a failure's details: an EF entity stores an exception as its text (<c>Exception</c>, <c>StackTrace</c>).</summary>
    private static bool HoldsFailure(ISymbol member)
        => member is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false } && IdentifierWords.Words(member.Name).Any(FailureColumnWords.Contains);

    /// <summary>The fragment that makes the path a log or drop file, or null.</summary>
    public string? LogPath(ImmutableArray<string> fragments)
    {
        foreach (var fragment in fragments)
        {
            var normalized = Normalize(fragment);
            if (_configuredFolders.Any(folder => normalized.IndexOf(folder, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return fragment;
            }

            foreach (var segment in normalized.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var words = IdentifierWords.Words(segment);
                if (words.Any(LogPathWords.Contains) || words.Count > 0 && words.All(MailFolderWords.Contains) && !words.All(w => w == "sent"))
                {
                    return fragment;
                }
            }
        }

        return null;
    }

    /// <summary>True for a recipient read from configuration under a log or error name.</summary>
    public static bool IsLogMailbox(Endpoint endpoint)
        => endpoint.ConfigurationKey is { } key
           && key.Split(':', '.', '_', '-').SelectMany(IdentifierWords.Split).Any(LogMailboxWords.Contains);

    private static string Normalize(string path) => path.Replace('\\', '/');
}
