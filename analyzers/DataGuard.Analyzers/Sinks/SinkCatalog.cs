using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>The sink table resolved against one compilation, plus the team's configured sinks.</summary>
internal sealed class SinkCatalog
{
    // A project's own logging facade cannot say how it writes its arguments; Oqtane's ILogManager.Log serialises them to JSON.
    private static readonly SinkSpec ConfiguredLogSink = new(SinkKind.Log, "(dataguard.log_sinks)", Array.Empty<string>(), serializesArguments: true);
    private static readonly SinkSpec ConfiguredTransmitSink = new(SinkKind.Messaging, "(dataguard.transmit_sinks)", Array.Empty<string>());

    private readonly Dictionary<INamedTypeSymbol, List<SinkSpec>> _byType = new(SymbolEqualityComparer.Default);
    private readonly List<SinkSpec> _byShape = new();
    private readonly List<SinkSpec> _mailServices = new();
    private readonly List<SinkSpec> _logShapes = new();
    private readonly List<(INamedTypeSymbol Type, SinkSpec Spec)> _byImplementation = new();
    private readonly HashSet<string> _implementationMethodNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _logSinks;
    private readonly HashSet<string> _transmitSinks;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<SinkSpec>> _cache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _foreignTransmitters = new(SymbolEqualityComparer.Default);
    private readonly IAssemblySymbol _assembly;

    /// <summary>The kinds present, one bit per <see cref="SinkKind"/>: a set of an enum of ours would be JIT-compiled per compiler process.</summary>
    private int _kinds;

    public SinkCatalog(Compilation compilation, DataGuardOptions options)
    {
        _assembly = compilation.Assembly;
        var types = new MetadataTypes(compilation);
        foreach (var spec in SinkTable.Default)
        {
            if (spec.Kind == SinkKind.LogEventReceiver)
            {
                // Not matched at calls: Sources/LogEvents reads these rows for the parameters of the methods they name.
                continue;
            }

            if (spec.TakesMail)
            {
                // Matched per method, once (see Compute): any compilation can declare or call a mail service.
                _mailServices.Add(spec);
                AddKind(spec.Kind);
                continue;
            }

            if (spec.Shape != SinkShape.None)
            {
                // Matched per method, once (see Compute): any compilation can call a library or project that logs so.
                _logShapes.Add(spec);
                AddKind(spec.Kind);
                continue;
            }

            if (spec.MarkedWith is not null || spec.DelegateTakingFirst is not null)
            {
                if (types.All(spec.TypeName).Count > 0)
                {
                    _byShape.Add(spec);
                    AddKind(spec.Kind);
                }

                continue;
            }

            foreach (var type in types.All(spec.TypeName))
            {
                if (!_byType.TryGetValue(type, out var list))
                {
                    _byType[type] = list = new List<SinkSpec>();
                }

                list.Add(spec);
                AddKind(spec.Kind);
                if (spec.IncludeImplementations)
                {
                    _byImplementation.Add((type, spec));
                    _implementationMethodNames.UnionWith(spec.Methods);
                }
            }
        }

        // The log_sinks entries that name methods: not folders, not tables (see LogDestinations). A loop, not LINQ: each
        // lambda here would be JIT-compiled afresh in every compiler process.
        _logSinks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sink in options.LogSinks)
        {
            if (!LogDestinations.IsFolderEntry(sink) && !sink.StartsWith("T:", StringComparison.Ordinal))
            {
                _logSinks.Add(sink);
            }
        }

        _transmitSinks = new HashSet<string>(options.TransmitSinks, StringComparer.Ordinal);
        if (_logSinks.Count > 0)
        {
            AddKind(SinkKind.Log);
        }

        if (_transmitSinks.Count > 0)
        {
            AddKind(SinkKind.Messaging);
        }
    }

    /// <summary>True when the compilation can reach a sink of this kind at all; rules bail out otherwise.</summary>
    public bool HasAny(SinkKind kind) => (_kinds & (1 << (int)kind)) != 0;

    private void AddKind(SinkKind kind) => _kinds |= 1 << (int)kind;

    /// <summary>The rows for a method; asked for every call by every rule, so a hit allocates nothing (no factory closure).</summary>
    public ImmutableArray<SinkSpec> Match(IMethodSymbol method)
    {
        var key = (method.ReducedFrom ?? method).OriginalDefinition;
        return _cache.TryGetValue(key, out var specs) ? specs : _cache.GetOrAdd(key, Compute(key));
    }

    /// <summary>
    /// True for a method of another assembly, in no row of the table, whose metadata says it sends what it is given out of
    /// the process (<see cref="ForeignTransmitters"/>).
    /// </summary>
    public bool IsForeignTransmitter(IMethodSymbol method)
    {
        var key = (method.ReducedFrom ?? method).OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(key.ContainingAssembly, _assembly))
        {
            return false;
        }

        if (_foreignTransmitters.TryGetValue(key, out var known))
        {
            return known;
        }

        return _foreignTransmitters.GetOrAdd(key, IsInNoTypesRow(Match(key)) && ForeignTransmitters.Is(key, _assembly));
    }

    /// <summary>True for a method of the program's own mail service (a <see cref="SinkSpec.TakesMail"/> row).</summary>
    public bool IsMailService(IMethodSymbol method)
    {
        foreach (var spec in Match(method))
        {
            if (spec.TakesMail)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No row names the method's type: at most the shape of a mail service matches it.</summary>
    private static bool IsInNoTypesRow(ImmutableArray<SinkSpec> specs)
    {
        foreach (var spec in specs)
        {
            if (!spec.TakesMail)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The row of this kind for a method, constructor or setter; rows that need a receiver or a shape are left out.</summary>
    public SinkSpec? Match(IMethodSymbol method, SinkKind kind)
    {
        foreach (var spec in Match(method))
        {
            if (spec.Kind == kind && spec.Receivers.IsEmpty)
            {
                return spec;
            }
        }

        return null;
    }

    /// <summary>The row of this kind for a call, including rows by receiver (<c>Console.Out.WriteLine</c>) and by shape.</summary>
    public SinkSpec? Match(IInvocationOperation invocation, SinkKind kind)
    {
        var method = invocation.TargetMethod;
        foreach (var spec in Match(method))
        {
            if (spec.Kind == kind && (spec.Receivers.IsEmpty || ReceiverIsOneOf(invocation.Instance, spec.Receivers)))
            {
                return spec;
            }
        }

        foreach (var spec in _byShape)
        {
            if (spec.Kind == kind && (spec.MarkedWith is { } attribute && IsMarkedPartial(method, attribute)
                                      || spec.DelegateTakingFirst is { } first && IsDelegateTaking(method, first)))
            {
                return spec;
            }
        }

        return null;
    }

    private static bool ReceiverIsOneOf(IOperation? receiver, ImmutableHashSet<string> receivers)
        => receiver is IPropertyReferenceOperation { Instance: null, Property: { ContainingType: { } owner } property }
           && receivers.Contains(Sources.PersonalAttributes.MetadataName(owner.OriginalDefinition) + "." + property.Name);

    private static bool IsMarkedPartial(IMethodSymbol method, string attribute)
        => (method.IsPartialDefinition || method.PartialDefinitionPart is not null) && Sources.PersonalAttributes.Has(method, attribute);

    /// <summary>Invoking a delegate such as <c>Action&lt;ILogger, T1, Exception?&gt;</c> made by <c>LoggerMessage.Define</c>.</summary>
    private static bool IsDelegateTaking(IMethodSymbol method, string firstParameterType)
        => method.MethodKind == MethodKind.DelegateInvoke && method.Parameters.Length > 1
           && method.Parameters[0].Type.OriginalDefinition is INamedTypeSymbol first && Sources.PersonalAttributes.MetadataName(first) == firstParameterType;

    private ImmutableArray<SinkSpec> Compute(IMethodSymbol method)
    {
        var builder = ImmutableArray.CreateBuilder<SinkSpec>();
        var definition = method.ReducedFrom ?? method;
        definition = definition.OriginalDefinition;
        var name = definition.Name;

        if (definition.ContainingType is { } containing && _byType.TryGetValue(containing.OriginalDefinition, out var specs))
        {
            builder.AddRange(specs.Where(s => s.Covers(name)));
        }

        if (builder.Count == 0 && _implementationMethodNames.Contains(name) && definition.ContainingType is { } owner)
        {
            foreach (var (type, spec) in _byImplementation)
            {
                if (spec.Methods.Contains(name) && Implements(owner, type))
                {
                    builder.Add(spec);
                }
            }
        }

        if (builder.Count == 0 && _mailServices.Count > 0 && definition.MethodKind == MethodKind.Ordinary)
        {
            foreach (var spec in _mailServices)
            {
                if (spec.NamesStartWith(name) && (spec.RecipientParameters.IsEmpty ? TakesMailMessage(definition) : IsForeign(definition) && MailsToNamedRecipient(definition, spec)))
                {
                    builder.Add(spec);
                }
            }
        }

        if (builder.Count == 0)
        {
            foreach (var spec in _logShapes)
            {
                if (LogShapes.Matches(spec.Shape, definition))
                {
                    builder.Add(spec);
                    break;
                }
            }
        }

        if ((_logSinks.Count > 0 || _transmitSinks.Count > 0) && DocumentationCommentId.CreateDeclarationId(definition) is { } declarationId)
        {
            // Some Roslyn versions append "~ReturnType"; users write the ID without it.
            var tilde = declarationId.IndexOf('~');
            var id = tilde < 0 ? declarationId : declarationId.Substring(0, tilde);
            if (_logSinks.Contains(id))
            {
                builder.Add(ConfiguredLogSink);
            }

            if (_transmitSinks.Contains(id))
            {
                builder.Add(ConfiguredTransmitSink);
            }
        }

        return builder.ToImmutable();
    }

    private static bool TakesMailMessage(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (MailContent.IsMailMessage(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Declared in another assembly: a string-shaped service here is followed into its body (a wrapper of a sink) instead.</summary>
    private bool IsForeign(IMethodSymbol method) => !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _assembly);

    /// <summary>A method named for mail (<c>SendEmailAsync</c>, <c>IEmailSender.Send</c>) with a string recipient parameter of the row.</summary>
    private static bool MailsToNamedRecipient(IMethodSymbol method, SinkSpec spec)
    {
        if (!NamesMail(method.Name) && (method.ContainingType is null || !NamesMail(method.ContainingType.Name)))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String && spec.RecipientParameters.Contains(parameter.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesMail(string identifier) => identifier.IndexOf("mail", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool Implements(INamedTypeSymbol owner, INamedTypeSymbol type)
    {
        return BaseTypes.Any(owner, t => SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, type))
               || owner.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, type));
    }
}
