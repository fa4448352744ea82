using System;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sinks;

/// <summary>What is wrong with a client's connection, as far as this method shows.</summary>
[Flags]
internal enum ChannelFlaw
{
    None = 0,

    /// <summary>No TLS: <c>EnableSsl = false</c>, MailKit <c>Connect(host, port, useSsl: false)</c>, <c>SecureSocketOptions.None</c> or <c>StartTlsWhenAvailable</c> (DG1003).</summary>
    NoTls = 1,

    /// <summary>A certificate-validation callback that accepts every certificate: anyone on the path can read the data (DG1003).</summary>
    AcceptsAnyCertificate = 2,

    /// <summary><c>SmtpDeliveryMethod.SpecifiedPickupDirectory</c>: the mail is written to a drop folder, a file others read (DG1001).</summary>
    PickupDirectory = 4,
}

/// <summary>How a setting's value makes the channel unsafe.</summary>
internal enum UnsafeValue
{
    /// <summary>The constant <c>false</c>.</summary>
    False,

    /// <summary>The enum member named in the row.</summary>
    EnumMember,

    /// <summary>A callback (lambda or method) that returns <c>true</c> whatever it is given.</summary>
    AlwaysTrueCallback,
}

/// <summary>One row: a property set or a method argument that, with an unsafe value, gives the client a flaw.</summary>
// Read-only fields, not get-only properties: each getter would be one more method the JIT compiles in every compiler process.
internal sealed class ChannelSetting
{
    public ChannelSetting(string? member, ChannelFlaw flaw, UnsafeValue value, string? parameter = null, string? enumMember = null, string? parameterType = null,
        int[]? safeOnPorts = null, string? unsafeByDefaultOn = null)
    {
        Member = member;
        UnsafeByDefaultOn = unsafeByDefaultOn;
        SafeOnPorts = safeOnPorts is null ? ImmutableHashSet<int>.Empty : ImmutableHashSet.Create(safeOnPorts);
        ParameterType = parameterType;
        Flaw = flaw;
        Value = value;
        Parameter = parameter;
        EnumMember = enumMember;
    }

    /// <summary>A property name (set) or a method name (called on the client); null: any method given <see cref="ParameterType"/>.</summary>
    public readonly string? Member;

    /// <summary>
    /// For a method: the metadata name of the type whose argument is checked, whatever the method and its receiver. A
    /// <c>SecureSocketOptions</c> handed to the project's own adapter (<c>ISmtpClientAdapter.ConnectAsync(host, port, options)</c>)
    /// sets the adapter's connection as surely as MailKit's own <c>ConnectAsync</c> does.
    /// </summary>
    public readonly string? ParameterType;

    /// <summary>A property set, not a method argument.</summary>
    public bool IsProperty => Parameter is null && ParameterType is null;

    /// <summary>For a method: the parameter whose argument is checked.</summary>
    public readonly string? Parameter;

    public readonly ChannelFlaw Flaw;

    public readonly UnsafeValue Value;

    public readonly string? EnumMember;

    /// <summary>
    /// For a method: ports at which the value is safe after all, when the call's <c>port</c> argument can only be one of them
    /// (MailKit's <c>Auto</c> connects with TLS from the first byte on 465, 993 and 995, opportunistically elsewhere).
    /// </summary>
    public readonly ImmutableHashSet<int> SafeOnPorts;

    /// <summary>
    /// For a property: the metadata name of a client type whose default for it is the unsafe value, so a new client of that
    /// type has the flaw until the property is set (<c>System.Net.Mail.SmtpClient</c>: <c>EnableSsl</c> is false unless set).
    /// </summary>
    public readonly string? UnsafeByDefaultOn;
}

/// <summary>
/// Client settings that weaken a channel, as data (like the sink table): adding a library's "no TLS" switch is one row.
/// The flow walker records the flaw on the client variable; the rules read it at the sending call.
/// </summary>
internal static class ChannelSettings
{
    private const string SecureSocketOptions = "MailKit.Security.SecureSocketOptions";

    /// <summary>SMTPS, IMAPS and POP3S: the ports where MailKit's <c>Auto</c> means TLS on connect.</summary>
    private static readonly int[] ImplicitTlsPorts = { 465, 993, 995 };

    public static readonly ImmutableArray<ChannelSetting> Rows = ImmutableArray.Create(
        // System.Net.Mail.SmtpClient
        // EnableSsl is false on a new client: never set, the mail goes in plain text (on .NET Framework, where <mailSettings>
        // in app.config can turn it on, the default is the configuration's: see DefaultApplies).
        new ChannelSetting("EnableSsl", ChannelFlaw.NoTls, UnsafeValue.False, unsafeByDefaultOn: "System.Net.Mail.SmtpClient"),
        new ChannelSetting("DeliveryMethod", ChannelFlaw.PickupDirectory, UnsafeValue.EnumMember, enumMember: "SpecifiedPickupDirectory"),
        // MailKit / MailService (SMTP, IMAP, POP3)
        new ChannelSetting("Connect", ChannelFlaw.NoTls, UnsafeValue.False, parameter: "useSsl"),
        new ChannelSetting("ConnectAsync", ChannelFlaw.NoTls, UnsafeValue.False, parameter: "useSsl"),
        new ChannelSetting(null, ChannelFlaw.NoTls, UnsafeValue.EnumMember, enumMember: "None", parameterType: SecureSocketOptions),
        // Opportunistic TLS: plain text whenever the server (or anyone on the path, by stripping STARTTLS) says it has none.
        new ChannelSetting(null, ChannelFlaw.NoTls, UnsafeValue.EnumMember, enumMember: "StartTlsWhenAvailable", parameterType: SecureSocketOptions),
        // MailKit's default: StartTlsWhenAvailable on every port but the implicit-TLS ones.
        new ChannelSetting(null, ChannelFlaw.NoTls, UnsafeValue.EnumMember, enumMember: "Auto", parameterType: SecureSocketOptions, safeOnPorts: ImplicitTlsPorts),
        // Certificate validation that accepts everything (MailKit, HttpClientHandler, SslStream options).
        new ChannelSetting("ServerCertificateValidationCallback", ChannelFlaw.AcceptsAnyCertificate, UnsafeValue.AlwaysTrueCallback),
        new ChannelSetting("ServerCertificateCustomValidationCallback", ChannelFlaw.AcceptsAnyCertificate, UnsafeValue.AlwaysTrueCallback),
        new ChannelSetting("RemoteCertificateValidationCallback", ChannelFlaw.AcceptsAnyCertificate, UnsafeValue.AlwaysTrueCallback));

    /// <summary>The flaw that setting <paramref name="property"/> to <paramref name="value"/> gives; None when the value is safe or unknown.</summary>
    public static ChannelFlaw OfAssignment(IPropertySymbol property, IOperation value, DataGuardProfile profile)
    {
        foreach (var row in Rows)
        {
            if (row.IsProperty && row.Member == property.Name && IsUnsafe(row, value, profile))
            {
                return row.Flaw;
            }
        }

        return ChannelFlaw.None;
    }

    /// <summary>True when setting <paramref name="property"/> can change a flaw (so a safe value clears it).</summary>
    public static bool IsSetting(IPropertySymbol property) => Rows.Any(r => r.IsProperty && r.Member == property.Name);

    /// <summary>The flaws a call on the client gives it (<c>client.Connect(host, 25, false)</c>).</summary>
    public static ChannelFlaw OfCall(IInvocationOperation invocation, DataGuardProfile profile)
    {
        var flaw = ChannelFlaw.None;
        foreach (var row in Rows)
        {
            if (row.IsProperty || row.Member is not null && row.Member != invocation.TargetMethod.Name)
            {
                continue;
            }

            var argument = invocation.Arguments.FirstOrDefault(a => row.ParameterType is { } type
                ? a.Parameter?.Type is INamedTypeSymbol named && Sources.PersonalAttributes.MetadataName(named) == type
                : a.Parameter?.Name == row.Parameter);
            if (argument is not null && IsUnsafe(row, argument.Value, profile) && !OnSafePort(row, invocation))
            {
                flaw |= row.Flaw;
            }
        }

        return flaw;
    }

    /// <summary>True when the row names safe ports and every value the call's <c>port</c> argument can take is one of them.</summary>
    private static bool OnSafePort(ChannelSetting row, IInvocationOperation invocation)
    {
        if (row.SafeOnPorts.IsEmpty || invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "port") is not { } port)
        {
            return false;
        }

        var values = EndpointResolver.PossibleValues(port.Value);
        return !values.IsEmpty && values.All(v => v.ConstantValue is { HasValue: true, Value: int number } && row.SafeOnPorts.Contains(number));
    }

    /// <summary>True for a client type with a setting that is unsafe until set (<c>System.Net.Mail.SmtpClient</c>'s <c>EnableSsl</c>).</summary>
    public static bool HasUnsafeDefaults(INamedTypeSymbol type)
        => Rows.Any(r => r.UnsafeByDefaultOn is { } owner && DefaultApplies(type, owner));

    /// <summary>True for the name of a setting that is unsafe until set.</summary>
    public static bool IsDefaultSetting(string? member) => member is not null && Rows.Any(r => r.UnsafeByDefaultOn is not null && r.Member == member);

    /// <summary>The flaw a client has while the setting named <paramref name="member"/> is left at its default.</summary>
    public static ChannelFlaw DefaultFlaw(string member)
        => Rows.Where(r => r.UnsafeByDefaultOn is not null && r.Member == member).Aggregate(ChannelFlaw.None, (flaw, r) => flaw | r.Flaw);

    /// <summary>
    /// The flaws an object initializer gives a new client (<c>new SmtpClient { EnableSsl = false }</c>), plus those of a
    /// handler it is built on (<c>new HttpClient(handler)</c>), as <paramref name="flawsOf"/> knows them.
    /// </summary>
    public static ChannelFlaw OfCreation(IOperation value, DataGuardProfile profile, Func<ISymbol, ChannelFlaw>? flawsOf = null)
    {
        var flaw = ChannelFlaw.None;
        if (value is IObjectCreationOperation creation && flawsOf is not null)
        {
            foreach (var argument in creation.Arguments)
            {
                var inner = OperationShapes.Unconverted(argument.Value);
                flaw |= inner switch
                {
                    ILocalReferenceOperation local => flawsOf(local.Local),
                    IParameterReferenceOperation parameter => flawsOf(parameter.Parameter),
                    IObjectCreationOperation handler => OfCreation(handler, profile, flawsOf),
                    _ => ChannelFlaw.None,
                };
            }
        }

        if (value is IObjectCreationOperation { Initializer: { } initializer })
        {
            foreach (var init in initializer.Initializers)
            {
                if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    flaw |= OfAssignment(property.Property, assignment.Value, profile);
                }
            }
        }

        return flaw | OfDefaults(value as IObjectCreationOperation);
    }

    /// <summary>The flaws a new client has by its type's defaults, for the settings its initializer leaves unset.</summary>
    private static ChannelFlaw OfDefaults(IObjectCreationOperation? creation)
    {
        if (creation?.Type is not INamedTypeSymbol type)
        {
            return ChannelFlaw.None;
        }

        var flaw = ChannelFlaw.None;
        foreach (var row in Rows)
        {
            if (row.UnsafeByDefaultOn is { } owner && DefaultApplies(type, owner) && !Initializes(creation, row.Member!))
            {
                flaw |= row.Flaw;
            }
        }

        return flaw;
    }

    /// <summary>
    /// True when <paramref name="type"/> is the row's client and its defaults are the library's own: .NET Framework's
    /// System.Net.Mail (in the <c>System</c> assembly) takes them from app.config's <c>&lt;mailSettings&gt;</c>, which this
    /// analysis does not see, so there an unset property is the configuration's to decide. The simple-name test comes
    /// first: every object a method creates is asked, and the cached full name is a weak-table look-up per creation.
    /// </summary>
    private static bool DefaultApplies(INamedTypeSymbol type, string owner)
        => owner.EndsWith(type.MetadataName, StringComparison.Ordinal)
            && Sources.PersonalAttributes.MetadataName(type) == owner && type.ContainingAssembly?.Name != "System";

    private static bool Initializes(IObjectCreationOperation creation, string member)
        => creation.Initializer?.Initializers.Any(i => i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } && target.Property.Name == member) == true;

    /// <summary>
    /// True when any value the setting can take is unsafe (<c>options</c> chosen by a switch over a site setting). A property
    /// of the team's settings class takes what the program's configuration files set it to (<see cref="ConfiguredSettings"/>), and
    /// so does a value read from configuration by its key (<see cref="ConfiguredKeys"/>). A helper of the compilation that
    /// returns the option (<c>DetermineSecureSocketOptions(port, useSsl)</c>) can take every value its returns give.
    /// </summary>
    private static bool IsUnsafe(ChannelSetting row, IOperation value, DataGuardProfile profile)
    {
        var values = EndpointResolver.PossibleValues(value, profile.Bodies.Body).Where(v => ConfiguredSettings.MayRunWith(v, profile.AppSettings)).ToImmutableArray();
        var configured = ConfiguredSettings.Judge(row, values, profile.AppSettings);
        return configured.Unsafe
               || values.Any(v => !configured.Overrides(v) && IsUnsafeValue(row, v, profile.Bodies.Body) || ConfiguredKeys.MayBeUnsafe(row, v, profile.AppSettings));
    }

    /// <summary>True when <paramref name="value"/> is the unsafe value of <paramref name="row"/> (a constant or enum member).</summary>
    internal static bool IsUnsafeValue(ChannelSetting row, IOperation value, Func<IMethodSymbol, IOperation?> bodyOf)
        => row.Value switch
        {
            UnsafeValue.False => value.ConstantValue is { HasValue: true, Value: false },
            UnsafeValue.EnumMember => IsEnumMember(value, row.EnumMember!),
            UnsafeValue.AlwaysTrueCallback => AlwaysReturnsTrue(value, bodyOf) || StoredCallbackAcceptsAll(value, bodyOf),
            _ => false,
        };

    /// <summary>
    /// The enum member itself, or a constant equal to it: <c>const SecureSocketOptions DefaultOption = StartTlsWhenAvailable</c>,
    /// a cast of its number.
    /// </summary>
    private static bool IsEnumMember(IOperation value, string member)
    {
        if (value is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field })
        {
            return field.Name == member;
        }

        return value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type && value.ConstantValue.HasValue
               && type.GetMembers(member).OfType<IFieldSymbol>().FirstOrDefault() is { HasConstantValue: true } named
               && Equals(named.ConstantValue, value.ConstantValue.Value);
    }

    /// <summary>
    /// A callback kept in a field of the client's owner (<c>_certCallback = certificateCallback ?? ((s, c, h, e) => true)</c>,
    /// or set to the accept-all lambda when none is given): unsafe when any value the type's own methods and constructors
    /// store in it accepts everything. One level: the stored values are judged as they are written, not followed further.
    /// </summary>
    private static bool StoredCallbackAcceptsAll(IOperation value, Func<IMethodSymbol, IOperation?> bodyOf)
    {
        if (OperationShapes.Unconverted(value) is not IFieldReferenceOperation { Field: { } field }) return false;

        foreach (var method in field.ContainingType.GetMembers().OfType<IMethodSymbol>())
        {
            if (method.DeclaringSyntaxReferences.IsEmpty || bodyOf(method) is not { } body) continue;
            foreach (var assignment in body.Descendants().OfType<IAssignmentOperation>())
            {
                if (assignment.Target is IFieldReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Field, field)
                    && EndpointResolver.PossibleValues(assignment.Value).Any(v => AlwaysReturnsTrue(v, bodyOf)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>(s, c, h, e) => true</c>, <c>delegate { return true; }</c>, or a method whose every return is <c>true</c>.</summary>
    private static bool AlwaysReturnsTrue(IOperation value, Func<IMethodSymbol, IOperation?> bodyOf)
    {
        if (value is IPropertyReferenceOperation { Property.Name: "DangerousAcceptAnyServerCertificateValidator" })
        {
            return true;
        }

        var body = value switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda.Body,
            IAnonymousFunctionOperation lambda => lambda.Body,
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => bodyOf(reference.Method),
            _ => null,
        };
        if (body is null)
        {
            return false;
        }

        var returns = body.DescendantsAndSelf().OfType<IReturnOperation>().ToList();
        return returns.Count > 0 && returns.All(r => r.ReturnedValue?.ConstantValue is { HasValue: true, Value: true });
    }
}
