using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// The one place that works out where data goes: every constant address an expression can take (through <c>?:</c>, switch
/// expressions, <c>??</c> configuration defaults, const and readonly fields, getters), the recipients of a mail message,
/// the configuration key an address is read from, and the constant parts of a file path.
/// </summary>
internal sealed class EndpointResolver
{
    private const int MaxDepth = 8;

    /// <summary>
    /// Operations followed from a file write to its path's constants: a stream local, its <c>FileStream</c>, a chain of three path
    /// locals and a <c>params</c> <c>Path.Combine</c> take about fifteen (round 35: <c>stream</c> → <c>fullPath</c> → <c>folderPath</c> →
    /// <c>rootPath = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")</c> lost the web root at eight).
    /// </summary>
    private const int MaxPathDepth = 24;
    private const int MaxAlternatives = 8;

    /// <summary>Properties that give a client or request its address.</summary>
    public static readonly ImmutableHashSet<string> AddressMembers = ImmutableHashSet.Create(StringComparer.Ordinal, "BaseAddress", "RequestUri");

    /// <summary>Constructor parameters that hold an address (<c>new Uri(uriString)</c>, <c>new SmtpClient(host)</c>).</summary>
    private static readonly ImmutableHashSet<string> AddressParameters = ImmutableHashSet.Create(StringComparer.Ordinal,
        "uriString", "requestUri", "baseUri", "relativeUri", "uri", "host", "address");

    /// <summary>Parameters and members that hold mail recipients (System.Net.Mail, MimeKit, SendGrid, FluentEmail).</summary>
    private static readonly ImmutableHashSet<string> RecipientNames = ImmutableHashSet.Create(StringComparer.Ordinal,
        "to", "To", "Cc", "Bcc", "address", "addresses", "email", "emailAddress", "recipient", "recipients", "tos", "emails", "text");

    /// <summary>Methods that add recipients to the message they are called on (<c>msg.AddTo(...)</c>, FluentEmail's <c>.To(...)</c>).</summary>
    private static readonly ImmutableHashSet<string> RecipientMethods = ImmutableHashSet.Create(StringComparer.Ordinal,
        "To", "CC", "Cc", "BCC", "Bcc", "AddTo", "AddCc", "AddBcc", "AddTos", "AddCcs", "AddBccs", "ReplyTo");

    /// <summary>Types whose indexer or getters read configuration.</summary>
    private static readonly ImmutableHashSet<string> ConfigurationTypes = ImmutableHashSet.Create(StringComparer.Ordinal,
        "IConfiguration", "IConfigurationRoot", "IConfigurationSection", "ConfigurationManager", "NameValueCollection", "AppSettingsReader");

    private readonly SourceBodies _bodies;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IParameterSymbol, ImmutableArray<Endpoint>> _passed = new(SymbolEqualityComparer.Default);

    /// <summary>The compilation's bodies and semantic models the resolver reads.</summary>
    public SourceBodies Bodies => _bodies;

    public EndpointResolver(SourceBodies bodies)
    {
        _bodies = bodies;
    }

    /// <summary>Every address the expression can take, as far as constants and configuration show; empty when nothing is known.</summary>
    public ImmutableArray<Endpoint> Resolve(IOperation? operation, FlowState? state) => Resolve(operation, state, 0);

    private ImmutableArray<Endpoint> Resolve(IOperation? operation, FlowState? state, int depth)
    {
        // A short chain of its own (an address is rarely built through more than a few steps) inside the shared stack bound.
        using var walk = BoundedWalk.Enter(WalkKind.OperationTree);
        if (operation is null || depth > MaxDepth || !walk.Entered)
        {
            return ImmutableArray<Endpoint>.Empty;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            return ImmutableArray.Create(OfConstant(constant));
        }

        var next = depth + 1;
        switch (operation)
        {
            case IConversionOperation c:
                return Resolve(c.Operand, state, next);
            case IParenthesizedOperation p:
                return Resolve(p.Operand, state, next);
            case IArgumentOperation a:
                return Resolve(a.Value, state, next);
            case IAwaitOperation a:
                return Resolve(a.Operation, state, next);
            case IConditionalOperation or ICoalesceOperation or ISwitchExpressionOperation:
                // config["Pay:Url"] ?? "https://pay.example": the configured value or the default; sandbox ? A : B: both.
                return Alternatives(operation).Aggregate(ImmutableArray<Endpoint>.Empty, (all, alternative) => FlowState.Union(all, Resolve(alternative, state, next)));
            case IInterpolatedStringOperation s:
                return Interpolated(s, state, next);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } b when b.Type?.SpecialType == SpecialType.System_String:
                return Concatenate(Resolve(b.LeftOperand, state, next), () => Resolve(b.RightOperand, state, next));
            case ILocalReferenceOperation l:
                return state?.GetEndpoints(l.Local) ?? ImmutableArray<Endpoint>.Empty;
            case IParameterReferenceOperation p:
                // Outside a flow (a value a constructor stored): the default the parameter has when a caller gives none.
                var known = state?.GetEndpoints(p.Parameter) ?? ParameterDefault(p.Parameter);
                return known.IsEmpty ? Passed(p.Parameter, next) : known;
            case IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } registered when ExternalHosts.IsRegisteredAddress(registered.Member):
                // subscription.DestUrl: the address a webhook subscriber registered, read from the stored subscription.
                return ImmutableArray.Create(Endpoint.Registered(registered.Member.ContainingType.Name + "." + registered.Member.Name));
            case IFieldReferenceOperation f:
                return FieldValue(f.Field, next);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when IsConfiguration(indexer.Instance?.Type ?? indexer.Property.ContainingType):
                return Configured(indexer.Arguments.FirstOrDefault()?.Value);
            case IPropertyReferenceOperation p when p.Instance is null || p.Instance is IInstanceReferenceOperation:
                var value = Resolve(_bodies.Initializer(p.Property), state: null, next);
                return value.IsEmpty && IsOptionsMember(p.Property) ? OptionsValue(p, next) : value;
            case IPropertyReferenceOperation p when IsOptionsMember(p.Property):
                // _options.Value.ErrorMailTo, settings.PaymentUrl: configured by the team.
                return OptionsValue(p, next);
            case IObjectCreationOperation o:
                return Creation(o, state, next);
            case IInvocationOperation i:
                return Invocation(i, state, next);
            default:
                return ImmutableArray<Endpoint>.Empty;
        }
    }

    /// <summary>
    /// The field's initializer, else what its type's constructors assign to its <c>BaseAddress</c> (a typed HttpClient) or to
    /// the field itself (<c>_apiUrl = new Uri($"{botApiUrl}{token}/sendMessage")</c> with <c>botApiUrl = "https://…"</c> by default).
    /// </summary>
    private ImmutableArray<Endpoint> FieldValue(IFieldSymbol field, int depth)
    {
        var initialized = Resolve(_bodies.Initializer(field), state: null, depth);
        if (!initialized.IsEmpty)
        {
            return initialized;
        }

        var baseAddress = Resolve(_bodies.BaseAddressAssignedInConstructors(field), state: null, depth);
        return !baseAddress.IsEmpty
            ? baseAddress
            : _bodies.ValuesAssignedInConstructors(field).Aggregate(ImmutableArray<Endpoint>.Empty, (all, value) => FlowState.Union(all, Resolve(value, state: null, depth)));
    }

    /// <summary>
    /// A private method's parameter: every address its calls pass (<c>SendAsync(_settings.LogToEmailAddress, …)</c>), each
    /// resolved where it is passed. A call that passes an unknown value adds nothing, as an unknown branch of <c>?:</c> does.
    /// </summary>
    private ImmutableArray<Endpoint> Passed(IParameterSymbol parameter, int depth)
    {
        if (parameter.Type.SpecialType != SpecialType.System_String && parameter.Type.Name != "Uri")
        {
            return ImmutableArray<Endpoint>.Empty;
        }

        var key = parameter.OriginalDefinition;
        if (_passed.TryGetValue(key, out var known))
        {
            return known;
        }

        var passed = ImmutableArray<Endpoint>.Empty;
        foreach (var value in CallerArguments.Of(key, _bodies) ?? new List<IOperation>())
        {
            passed = FlowState.Union(passed, Resolve(value, state: null, depth));
        }

        return _passed.GetOrAdd(key, passed);
    }

    private static ImmutableArray<Endpoint> ParameterDefault(IParameterSymbol parameter)
        => parameter is { HasExplicitDefaultValue: true, ExplicitDefaultValue: string constant } ? ImmutableArray.Create(OfConstant(constant)) : ImmutableArray<Endpoint>.Empty;

    private static Endpoint OfConstant(string constant) => IsMailAddress(constant) ? Endpoint.Mailbox(constant) : new Endpoint(constant, true);

    private ImmutableArray<Endpoint> Invocation(IInvocationOperation invocation, FlowState? state, int depth)
    {
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        switch (method.Name)
        {
            case "Create" or "CreateHttp" or "CreateDefault" when method.ContainingType.Name == "WebRequest" && arguments.Length > 0:
                return Resolve(arguments[0].Value, state, depth);
            case "GetRequestStream" or "GetRequestStreamAsync" when invocation.Instance is { } request:
                // The stream goes where its request goes.
                return Resolve(request, state, depth);
            case "Format" when arguments.Length > 0 && arguments[0].Value.ConstantValue is { HasValue: true, Value: string format }:
                var brace = format.IndexOf('{');
                return ImmutableArray.Create(brace < 0 ? new Endpoint(format, true) : new Endpoint(format.Substring(0, brace), false));
            case "GetValue" or "GetConnectionString" or "GetSection" or "Get" when IsConfiguration(invocation.Instance?.Type ?? (arguments.Length > 0 ? arguments[0].Value.Type : null)):
                // configuration.GetValue("Pay:Url", "https://pay.example"): the key, and the default when there is one.
                var key = arguments.FirstOrDefault(a => a.Parameter?.Name is "key" or "name");
                var fallback = arguments.FirstOrDefault(a => a.Parameter?.Name == "defaultValue");
                return FlowState.Union(Configured(key?.Value), Resolve(fallback?.Value, state, depth));
            case "Parse" or "TryParse" or "ParseList" when arguments.Length > 0:
                // MailboxAddress.Parse("admin@example.com"), InternetAddressList.Parse(...).
                return Resolve(arguments[0].Value, state, depth);
        }

        if (RecipientMethods.Contains(method.Name) || method.Name.StartsWith("CreateSingleEmail", StringComparison.Ordinal))
        {
            // A fluent mail builder (FluentEmail's .To(...)) or SendGrid's MailHelper: recipients of the chain so far plus these.
            var recipients = Resolve(invocation.Instance, state, depth);
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && (RecipientNames.Contains(parameter.Name) || RecipientMethods.Contains(method.Name) && parameter.Ordinal == 0))
                {
                    recipients = FlowState.Union(recipients, Resolve(argument.Value, state, depth));
                }
            }

            return recipients;
        }

        // A fluent builder passes its recipients along: Email.From(...).To("a@b").Subject(...).Body(...).
        return invocation.Instance is { Type: { } type } inner && SymbolEqualityComparer.Default.Equals(method.ReturnType, type)
            ? Resolve(inner, state, depth)
            : ImmutableArray<Endpoint>.Empty;
    }

    private ImmutableArray<Endpoint> Creation(IObjectCreationOperation creation, FlowState? state, int depth)
    {
        if (creation.Type?.Name is "StreamWriter" or "BinaryWriter" && creation.Arguments.Length > 0 && creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String)
        {
            return Resolve(creation.Arguments[0].Value, state, depth);
        }

        var result = ImmutableArray<Endpoint>.Empty;
        if (creation.Initializer is { } initializer)
        {
            foreach (var init in initializer.Initializers)
            {
                if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && (AddressMembers.Contains(target.Property.Name) || RecipientNames.Contains(target.Property.Name)))
                {
                    result = FlowState.Union(result, Resolve(assignment.Value, state, depth));
                }
            }

            if (!result.IsEmpty)
            {
                return result;
            }
        }

        var arguments = creation.Arguments;
        var addresses = arguments.Where(a => a.Parameter is { } p && (p.Type.SpecialType == SpecialType.System_String || p.Type.Name == "Uri")
                                             && AddressParameters.Contains(p.Name)).ToList();
        var recipients = arguments.Where(a => a.Parameter is { } p && RecipientNames.Contains(p.Name) && !AddressParameters.Contains(p.Name)).ToList();
        foreach (var recipient in recipients)
        {
            // new MailMessage(from, to, subject, body), new EmailAddress(email, name).
            result = FlowState.Union(result, Resolve(recipient.Value, state, depth).Where(e => e.IsMailbox || e.ConfigurationKey is not null).ToImmutableArray());
        }

        if (addresses.Count == 0)
        {
            return result;
        }

        var endpoints = Resolve(addresses[0].Value, state, depth);
        if (creation.Type?.Name == "SmtpClient")
        {
            return FlowState.Union(result, endpoints.Select(e => e.IsKnown ? new Endpoint("smtp://" + e.Prefix, e.Complete) : e).ToImmutableArray());
        }

        if (endpoints.Any(e => e.IsMailbox))
        {
            // new MailAddress("admin@example.com"), new MailboxAddress(name, address).
            return FlowState.Union(result, endpoints);
        }

        if (addresses.Count > 1 && addresses[0].Parameter!.Name == "baseUri")
        {
            var relative = Resolve(addresses[1].Value, state, depth);
            endpoints = Combine(endpoints, relative.IsEmpty ? ImmutableArray.Create(new Endpoint(string.Empty, false)) : relative);
        }

        return FlowState.Union(result, endpoints);
    }

    private ImmutableArray<Endpoint> Interpolated(IInterpolatedStringOperation interpolated, FlowState? state, int depth)
    {
        var texts = new List<StringBuilder> { new() };
        foreach (var part in interpolated.Parts)
        {
            if (part is IInterpolatedStringTextOperation literal && literal.Text.ConstantValue.Value is string s)
            {
                texts.ForEach(t => t.Append(s));
            }
            else if (part is IInterpolationOperation hole)
            {
                var inner = Resolve(hole.Expression, state, depth).Where(e => e.IsKnown).ToList();
                if (inner.Count == 0 || hole.Alignment is not null || hole.FormatString is not null)
                {
                    return texts.Select(t => new Endpoint(t.ToString(), false)).ToImmutableArray();
                }

                // $"{(sandbox ? SandboxHost : LiveHost)}/pay": one text per alternative, capped.
                texts = texts.SelectMany(t => inner.Select(e => new StringBuilder(t.ToString()).Append(e.Prefix))).Take(MaxAlternatives).ToList();
                if (inner.Any(e => !e.Complete))
                {
                    return texts.Select(t => new Endpoint(t.ToString(), false)).ToImmutableArray();
                }
            }
        }

        return texts.Select(t => new Endpoint(t.ToString(), true)).ToImmutableArray();
    }

    private static ImmutableArray<Endpoint> Concatenate(ImmutableArray<Endpoint> left, Func<ImmutableArray<Endpoint>> right)
    {
        if (left.IsEmpty || left.All(e => !e.IsKnown || !e.Complete))
        {
            return left;
        }

        var rights = right();
        if (rights.IsEmpty)
        {
            return left.Select(e => new Endpoint(e.Prefix, false)).ToImmutableArray();
        }

        return left.SelectMany(l => l.IsKnown && l.Complete ? rights.Select(r => new Endpoint(l.Prefix + (r.Prefix ?? string.Empty), r.Complete)) : new[] { l })
            .Take(MaxAlternatives).ToImmutableArray();
    }

    /// <summary>Every base combined with every relative address.</summary>
    public static ImmutableArray<Endpoint> Combine(ImmutableArray<Endpoint> bases, ImmutableArray<Endpoint> relatives)
        => bases.SelectMany(b => relatives.Select(b.Combine)).Where(e => e.IsKnown).Take(MaxAlternatives).ToImmutableArray();

    /// <summary>
    /// A member of the team's options class: whatever is configured, and the member's default when it has one
    /// (<c>public Uri ApiEndpoint { get; set; } = new("https://api.vendor.example/entries");</c>), which the program runs
    /// with unless configuration says otherwise.
    /// </summary>
    private ImmutableArray<Endpoint> OptionsValue(IPropertyReferenceOperation reference, int depth)
        => FlowState.Union(ImmutableArray.Create(Endpoint.Configured(reference.Property.Name)),
            Resolve(SettingsDefault(reference.Property, reference), state: null, depth));

    private static ImmutableArray<Endpoint> Configured(IOperation? key)
        => key?.ConstantValue is { HasValue: true, Value: string name } ? ImmutableArray.Create(Endpoint.Configured(name)) : ImmutableArray<Endpoint>.Empty;

    private static bool IsConfiguration(ITypeSymbol? type)
        => type is not null && (ConfigurationTypes.Contains(type.Name) || type.AllInterfaces.Any(i => ConfigurationTypes.Contains(i.Name)));

    /// <summary>A string or <c>Uri</c> member of the team's options or settings class (<c>MailOptions.ErrorTo</c>, <c>AppSettings.PaymentUrl</c>).</summary>
    private static bool IsOptionsMember(IPropertySymbol property)
    {
        return (property.Type.SpecialType == SpecialType.System_String || property.Type.Name == "Uri" && PersonalDataClassifier.IsFramework(property.Type))
               && PersonalDataClassifier.IsTeamSettingsType(property.ContainingType);
    }

    /// <summary><c>name@domain</c> with no scheme or path: a mail address, not a URL with credentials.</summary>
    private static bool IsMailAddress(string text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at < text.Length - 1 && text.IndexOf("://", StringComparison.Ordinal) < 0 && text.IndexOf('/') < 0 && text.IndexOf(' ') < 0
               && text.IndexOf('.', at) > at;
    }

    /// <summary>
    /// The constant parts of a file path (<c>Path.Combine(root, "logs", name)</c> gives <c>logs</c>), following locals to every
    /// value assigned to them in the method and writers to the path they were opened on.
    /// </summary>
    public ImmutableArray<string> PathFragments(IOperation? operation)
    {
        var fragments = ImmutableArray.CreateBuilder<string>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        CollectFragments(operation, fragments, visited, 0);
        return fragments.ToImmutable();
    }

    private void CollectFragments(IOperation? operation, ImmutableArray<string>.Builder fragments, HashSet<ISymbol> visited, int depth)
    {
        using var walk = BoundedWalk.Enter(WalkKind.OperationTree);
        if (operation is null || depth > MaxPathDepth || fragments.Count > 16 || !walk.Entered)
        {
            return;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            fragments.Add(constant);
            return;
        }

        var next = depth + 1;
        switch (operation)
        {
            case ILocalReferenceOperation local when visited.Add(local.Local):
                foreach (var value in StoredValues.Assigned(local.Local, operation))
                {
                    CollectFragments(value, fragments, visited, next);
                }

                return;
            case IFieldReferenceOperation field when visited.Add(field.Field):
                CollectFragments(_bodies.Initializer(field.Field), fragments, visited, next);
                return;
            case IPropertyReferenceOperation webRoot when WebRoot.IsWebRootPath(webRoot.Property):
                // The served folder itself (_env.WebRootPath): named by its default so path classifiers see it.
                fragments.Add(WebRoot.Folder);
                return;
            case IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property when visited.Add(property.Property):
                CollectFragments(_bodies.Initializer(property.Property), fragments, visited, next);
                return;
            case IInvocationOperation invocation:
                // Path.Combine, string.Concat, File.AppendText(path), Directory.CreateDirectory(...).FullName
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType == SpecialType.System_String || argument.Value.Type is IArrayTypeSymbol)
                    {
                        CollectFragments(argument.Value, fragments, visited, next);
                    }
                }

                CollectFragments(invocation.Instance, fragments, visited, next);
                return;
            case IObjectCreationOperation creation:
                // new StreamWriter(path, append: true), new FileStream(path, FileMode.Append)
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Value.Type?.SpecialType == SpecialType.System_String || argument.Parameter?.Name is "stream" or "path")
                    {
                        CollectFragments(argument.Value, fragments, visited, next);
                    }
                }

                return;
            case IMemberReferenceOperation { Instance: ILocalReferenceOperation owner } kept
                when kept is IPropertyReferenceOperation { Property.IsIndexer: false } or IFieldReferenceOperation && visited.Add(kept.Member):
                // A path the method keeps in a member of its own local object (result.PhysicalPath = Path.Combine(root, "wwwroot", …);
                // new FileStream(result.PhysicalPath, …)): every value assigned to that member, then the object itself.
                foreach (var value in StoredValues.AssignedToMember(owner.Local, kept.Member.Name, operation))
                {
                    CollectFragments(value, fragments, visited, next);
                }

                CollectFragments(kept.Instance, fragments, visited, next);
                return;
            case IMemberReferenceOperation member:
                CollectFragments(member.Instance, fragments, visited, next);
                return;
            default:
                foreach (var child in operation.ChildOperations)
                {
                    CollectFragments(child, fragments, visited, next);
                }

                return;
        }
    }

    /// <summary>
    /// Every value an argument can take as written: through conversions, <c>?:</c>, switch expressions, <c>??</c> and every
    /// value the method assigns to a local (switch sections, if/else branches). Leaves are constants, enum members, calls.
    /// Given <paramref name="bodyOf"/>, a call of the compilation's own method that returns an enum or a <c>bool</c> (a helper
    /// choosing the TLS option by port and setting) takes every value its returns can take, at most
    /// <see cref="MaxHelperCalls"/> helpers deep, each once.
    /// </summary>
    public static ImmutableArray<IOperation> PossibleValues(IOperation operation, Func<IMethodSymbol, IOperation?>? bodyOf = null)
    {
        var values = ImmutableArray.CreateBuilder<IOperation>();
        CollectValues(operation, values, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0, bodyOf, 0);
        return values.ToImmutable();
    }

    /// <summary>Helpers followed into from one value: a choice made by a helper of a helper is still written in the source.</summary>
    private const int MaxHelperCalls = 2;

    private static void CollectValues(IOperation? operation, ImmutableArray<IOperation>.Builder values, HashSet<ISymbol> visited, int depth,
        Func<IMethodSymbol, IOperation?>? bodyOf, int helpers)
    {
        using var walk = BoundedWalk.Enter(WalkKind.OperationTree);
        if (operation is null || depth > MaxDepth || values.Count > 4 * MaxAlternatives || !walk.Entered)
        {
            return;
        }

        var next = depth + 1;
        switch (operation)
        {
            case IConversionOperation c:
                CollectValues(c.Operand, values, visited, next, bodyOf, helpers);
                return;
            case IParenthesizedOperation p:
                CollectValues(p.Operand, values, visited, next, bodyOf, helpers);
                return;
            case IConditionalOperation { WhenFalse: not null } or ICoalesceOperation or ISwitchExpressionOperation:
                foreach (var alternative in Alternatives(operation))
                {
                    CollectValues(alternative, values, visited, next, bodyOf, helpers);
                }

                return;
            case ILocalReferenceOperation local when visited.Add(local.Local):
                foreach (var value in StoredValues.Assigned(local.Local, operation))
                {
                    CollectValues(value, values, visited, next, bodyOf, helpers);
                }

                return;
            case IPropertyReferenceOperation { Property: var property } when visited.Add(property) && SettingsDefault(property, operation) is { } initial:
                // SmtpOptions.UseSsl { get; set; } = false: what the team configures, or else the default.
                values.Add(operation);
                CollectValues(initial, values, visited, next, bodyOf, helpers);
                return;
            case IInvocationOperation invocation when Fallbacks(invocation) is { Count: > 0 } fallbacks:
                // config.GetValue("Smtp:Security", DefaultSecurity): what configuration says, or else the fallback it is handed.
                values.Add(operation);
                foreach (var fallback in fallbacks)
                {
                    CollectValues(fallback, values, visited, next, bodyOf, helpers);
                }

                return;
            case IInvocationOperation { TargetMethod: var helper }
                when bodyOf is not null && helpers < MaxHelperCalls && ReturnsChoice(helper) && visited.Add(helper.OriginalDefinition)
                     && bodyOf(helper.OriginalDefinition) is { } helperBody:
                // DetermineSecureSocketOptions(port, useSsl): every option its returns can take, None when UseSsl is off among them.
                foreach (var returned in OperationShapes.OwnReturns(helperBody))
                {
                    CollectValues(returned.ReturnedValue, values, visited, next, bodyOf, helpers + 1);
                }

                return;
            default:
                values.Add(operation);
                return;
        }
    }

    /// <summary>A method whose result is a choice among constants: an enum or a <c>bool</c>.</summary>
    private static bool ReturnsChoice(IMethodSymbol method)
        => method.ReturnType is { TypeKind: TypeKind.Enum } or { SpecialType: SpecialType.System_Boolean };

    /// <summary>
    /// The initializer of a settable member of the team's options or settings class (<c>public bool UseSsl { get; set; } = false;</c>):
    /// the value the program runs with unless configuration says otherwise, so it is one of the values the member can take.
    /// </summary>
    private static IOperation? SettingsDefault(IPropertySymbol property, IOperation reference)
    {
        if (!ConfiguredSettings.IsSetting(property) || ConfiguredSettings.Initializer(property) is not { } initializer
            || reference.SemanticModel is not { } model || !model.Compilation.ContainsSyntaxTree(initializer.SyntaxTree))
        {
            return null;
        }

        // The options class is usually declared in another file than the call; its tree needs its own semantic model.
#pragma warning disable RS1030
        var initializerModel = initializer.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(initializer.SyntaxTree);
#pragma warning restore RS1030
        return initializerModel.GetOperation(initializer);
    }

    /// <summary>
    /// The arguments of a call into another assembly that returns a setting (an enum member or a flag) and is handed a value of
    /// that same type: a default or fallback (<c>GetValue(key, SecureSocketOptions.StartTlsWhenAvailable)</c>, a layout
    /// renderer's default), which the call returns when nothing is configured. A body in this compilation is read instead.
    /// </summary>
    private static List<IOperation>? Fallbacks(IInvocationOperation invocation)
    {
        var returned = invocation.TargetMethod.ReturnType;
        if (!invocation.TargetMethod.DeclaringSyntaxReferences.IsEmpty
            || returned.TypeKind != TypeKind.Enum && returned.SpecialType != SpecialType.System_Boolean)
        {
            return null;
        }

        List<IOperation>? fallbacks = null;
        foreach (var argument in invocation.Arguments)
        {
            var value = argument.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument.Value;
            if (SymbolEqualityComparer.Default.Equals(value.Type, returned) && !argument.IsImplicit)
            {
                (fallbacks ??= new List<IOperation>()).Add(value);
            }
        }

        return fallbacks;
    }

    /// <summary>The expressions a choice can evaluate to: both branches of <c>?:</c>, both sides of <c>??</c>, every switch arm.</summary>
    private static IEnumerable<IOperation> Alternatives(IOperation choice)
    {
        switch (choice)
        {
            case IConditionalOperation c:
                yield return c.WhenTrue;
                if (c.WhenFalse is not null)
                {
                    yield return c.WhenFalse;
                }

                break;
            case ICoalesceOperation c:
                yield return c.Value;
                yield return c.WhenNull;
                break;
            case ISwitchExpressionOperation s:
                foreach (var arm in s.Arms)
                {
                    yield return arm.Value;
                }

                break;
        }
    }
}
