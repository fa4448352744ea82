using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Rules;

/// <summary>Collects a rule's findings for one method, one per sink location (loops are walked twice).</summary>
internal sealed class DiagnosticCollector
{
    /// <summary>Diagnostic property: start of the expression a code fix wraps in <c>Masking.Mask</c>.</summary>
    public const string MaskStart = "DataGuard.MaskStart";

    /// <summary>Diagnostic property: length of that expression.</summary>
    public const string MaskLength = "DataGuard.MaskLength";

    private readonly Dictionary<(Location, string), Diagnostic> _failures = new();
    private readonly Dictionary<(Location, string), Finding> _findings = new();
    private readonly List<WrapperSink> _parameterSinks = new();

    public DiagnosticCollector(bool summarizing = false)
    {
        Summarizing = summarizing;
    }

    /// <summary>True while summarizing a method: sinks reached by its parameters are recorded instead of reported.</summary>
    public bool Summarizing { get; }

    public IEnumerable<Diagnostic> Diagnostics => _failures.Values.Concat(_findings.Values.Select(finding => finding.ToDiagnostic()));

    /// <summary>While summarizing: the parameters that reach a sink, with the sink's message arguments.</summary>
    public IReadOnlyList<WrapperSink> ParameterSinks => _parameterSinks;

    /// <summary>Forgets the findings (before the direct-argument fallback); internal errors stay.</summary>
    public void Clear() => _findings.Clear();

    /// <summary>Records a DG0001 internal error of the rule for this method.</summary>
    public void AddFailure(Diagnostic failure) => _failures[(failure.Location, failure.Id)] = failure;

    /// <summary>Reports personal data from <paramref name="taint"/> reaching <paramref name="sink"/>; message arguments follow the source name.</summary>
    public void Add(DiagnosticDescriptor descriptor, IOperation sink, Taint taint, IOperation? maskable, params object[] messageArguments)
        => Add(descriptor, sink, taint, maskable, SinkContent.Any, messageArguments);

    /// <summary>
    /// As <see cref="Add(DiagnosticDescriptor, IOperation, Taint, IOperation?, object[])"/> for a sink where only request
    /// content counts (a vendor's host without an allowlist): a wrapper's parameter that reaches it is recorded as such, so
    /// its callers are judged by the request content they hand in.
    /// </summary>
    public void AddRequestContent(DiagnosticDescriptor descriptor, IOperation sink, Taint taint, IOperation? maskable, params object[] messageArguments)
        => Add(descriptor, sink, taint, maskable, SinkContent.RequestContent, messageArguments);

    /// <summary>
    /// As <see cref="AddRequestContent"/> for a sink where only log events count (a method of another assembly that sends
    /// them): a wrapper's parameter that reaches it is recorded as such, so its callers are judged by the events they hand in.
    /// </summary>
    public void AddLogEvents(DiagnosticDescriptor descriptor, IOperation sink, Taint taint, IOperation? maskable, params object[] messageArguments)
        => Add(descriptor, sink, taint, maskable, SinkContent.LogEvents, messageArguments);

    /// <summary>
    /// As <see cref="Add(DiagnosticDescriptor, IOperation, Taint, IOperation?, object[])"/> for a value after a message template
    /// that is the summarized method's parameter <paramref name="templateOrdinal"/>: a wrapper's parameter that reaches the
    /// sink this way is written only when the template its caller passes has holes (see <see cref="WrapperSink.TemplateOrdinal"/>).
    /// </summary>
    public void AddAfterTemplate(DiagnosticDescriptor descriptor, IOperation sink, Taint taint, IOperation? maskable, int templateOrdinal, params object[] messageArguments)
        => Add(descriptor, sink, taint, maskable, SinkContent.Any, messageArguments, templateOrdinal);

    private void Add(DiagnosticDescriptor descriptor, IOperation sink, Taint taint, IOperation? maskable, SinkContent content, object[] messageArguments, int templateOrdinal = -1)
    {
        if (Summarizing)
        {
            foreach (var marker in taint.Values.Where(v => v.IsMarker))
            {
                var known = _parameterSinks.FindIndex(p => p.Ordinal == marker.ParameterMarker);
                if (known < 0)
                {
                    _parameterSinks.Add(new WrapperSink(marker.ParameterMarker, messageArguments, content, templateOrdinal));
                }
                else if (_parameterSinks[known].TemplateOrdinal >= 0 && templateOrdinal < 0)
                {
                    // Written whatever the template: the unconditional sink is the one its callers are judged by.
                    _parameterSinks[known] = new WrapperSink(marker.ParameterMarker, messageArguments, content);
                }
            }

            return;
        }

        var location = sink.Syntax.GetLocation();
        if (taint.Values.IsEmpty || taint.Values.All(v => v.IsMarker))
        {
            return;
        }

        var source = taint.Values.First(v => !v.IsMarker);
        if (_findings.TryGetValue((location, descriptor.Id), out var finding))
        {
            // One diagnostic per call, naming every personal argument it carries (round 32: a request dump behind a user name).
            finding.Name(source);
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (maskable is not null)
        {
            properties = properties
                .Add(MaskStart, maskable.Syntax.SpanStart.ToString(CultureInfo.InvariantCulture))
                .Add(MaskLength, maskable.Syntax.Span.Length.ToString(CultureInfo.InvariantCulture));
        }

        _findings[(location, descriptor.Id)] = new Finding(descriptor, location, properties, messageArguments, source);
    }

    /// <summary>
    /// One call's finding: the personal values of its arguments in the order they were found, a whole object or collection
    /// (a destructured request, a dictionary, a form) named before the plain values beside it, so a dump is never hidden
    /// behind a user name. The first found stays the related location and the masked argument.
    /// </summary>
    private sealed class Finding
    {
        private readonly DiagnosticDescriptor _descriptor;
        private readonly Location _location;
        private readonly ImmutableDictionary<string, string?> _properties;
        private readonly object[] _messageArguments;
        private readonly PersonalSource _first;
        private readonly List<PersonalSource> _sources = new();

        public Finding(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, object[] messageArguments, PersonalSource first)
        {
            _descriptor = descriptor;
            _location = location;
            _properties = properties;
            _messageArguments = messageArguments;
            _first = first;
            _sources.Add(first);
        }

        public void Name(PersonalSource source)
        {
            if (!_sources.Exists(known => known.DisplayName == source.DisplayName))
            {
                _sources.Add(source);
            }
        }

        public Diagnostic ToDiagnostic()
        {
            var arguments = new object[_messageArguments.Length + 1];
            arguments[0] = string.Join("', '", _sources.Where(IsWhole).Concat(_sources.Where(s => !IsWhole(s))).Select(s => s.DisplayName));
            _messageArguments.CopyTo(arguments, 1);
            return Diagnostic.Create(_descriptor, _location, new[] { _first.DeclarationOrRead }, _properties, arguments);
        }

        /// <summary>A source that is a whole object or collection rather than one value: a request, a dictionary, a form.</summary>
        private static bool IsWhole(PersonalSource source)
            => source.Key is null && PersonalDataClassifier.ValueType(source.Symbol) is { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Interface or TypeKind.Struct or TypeKind.TypeParameter } type
               && !IsValueLike(type);

        private static bool IsValueLike(ITypeSymbol type)
            => type.TypeKind == TypeKind.Struct && type.ContainingNamespace?.ToDisplayString() == "System" || type is INamedTypeSymbol { IsGenericType: true, ConstructedFrom.SpecialType: SpecialType.System_Nullable_T };
    }
}

/// <summary>A parameter of a method of this compilation that reaches a sink inside it (a team's own logging or sending wrapper).</summary>
internal sealed class WrapperSink
{
    public WrapperSink(int ordinal, object[] messageArguments, SinkContent content = SinkContent.Any, int templateOrdinal = -1)
    {
        Ordinal = ordinal;
        MessageArguments = messageArguments;
        Content = content;
        TemplateOrdinal = templateOrdinal;
    }

    public int Ordinal { get; }

    /// <summary>
    /// The wrapper's parameter that the sink inside takes as its message template, when this parameter is one of the values
    /// after it (<c>LogInformation(string messageTemplate, params object[] values) =&gt; _serilog.Information(messageTemplate,
    /// values)</c>); -1 otherwise. A call passing a constant template without a hole there writes nothing of this parameter.
    /// </summary>
    public int TemplateOrdinal { get; }

    /// <summary>What handed to the parameter counts at the call (see <see cref="DiagnosticCollector.AddRequestContent"/>, <see cref="DiagnosticCollector.AddLogEvents"/>).</summary>
    public SinkContent Content { get; }

    /// <summary>Only the data of <see cref="Content"/> in <paramref name="taint"/>, a summarized method's parameters kept.</summary>
    public Taint Filter(Taint taint, Sources.PersonalDataClassifier classifier) => Content switch
    {
        SinkContent.RequestContent => Sources.RequestContent.Only(taint, classifier, keepMarkers: true),
        SinkContent.LogEvents => Sources.LogEvents.Only(taint, keepMarkers: true),
        _ => taint,
    };

    /// <summary>True when <paramref name="parameter"/>, a source inside the wrapper, is reported there (so not again at its calls).</summary>
    public bool IsReportedInside(IParameterSymbol parameter, Sources.PersonalDataClassifier classifier) => Content switch
    {
        SinkContent.RequestContent => Sources.RequestContent.Carries(parameter, classifier),
        SinkContent.LogEvents => Sources.LogEvents.Holds(parameter),
        _ => false,
    };

    public object[] MessageArguments { get; }
}

/// <summary>What a sink counts: any personal data, or only a client's request content, or only log events.</summary>
internal enum SinkContent
{
    Any,
    RequestContent,
    LogEvents,
}
