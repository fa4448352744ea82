using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Values the program's operator or author sets, which hold no one's personal data whatever their names or keys say:
/// compile-time constants (seed and demo addresses) and values read from the program's configuration: <c>configuration["Seed:AdminEmail"]</c>, <c>GetValue</c>, <c>GetSection(…).Value</c>,
/// <c>GetConnectionString</c>, <c>IOptions&lt;T&gt;.Value</c> and <c>IOptionsMonitor&lt;T&gt;.CurrentValue</c> with the members read through
/// them, <c>ConfigurationManager.AppSettings</c> and environment variables. Whoever runs the program sets them — its sender mailbox,
/// SMTP host, seed administrator — so they are the operator's settings, not a record about a person, whatever their keys say.
/// </summary>
internal static class OperatorValues
{
    /// <summary>A compile-time constant or a configuration value, or a choice between such values (<c>config["To"] ?? "ops@x"</c>).</summary>
    public static bool IsOperatorValue(IOperation value) => IsConstant(value, alsoConfiguration: true);

    /// <summary>A compile-time constant, or a choice between constants (<c>isDev ? "dev@x" : "ops@x"</c>).</summary>
    public static bool IsConstant(IOperation value) => IsConstant(value, alsoConfiguration: false);

    private static bool IsConstant(IOperation value, bool alsoConfiguration)
    {
        using var walk = BoundedWalk.Enter(WalkKind.OperationTree);
        return walk.Entered && value switch
        {
            _ when value.ConstantValue.HasValue => true,
            _ when alsoConfiguration && IsConfigurationRead(value) => true,
            IConversionOperation conversion => IsConstant(conversion.Operand, alsoConfiguration),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => IsConstant(conditional.WhenTrue, alsoConfiguration) && IsConstant(whenFalse, alsoConfiguration),
            ICoalesceOperation coalesce => IsConstant(coalesce.Value, alsoConfiguration) && (coalesce.WhenNull is IThrowOperation || IsConstant(coalesce.WhenNull, alsoConfiguration)),
            _ => false,
        };
    }

    /// <summary>True when the operation's value is read from configuration (directly or through a member chain rooted there).</summary>
    public static bool IsConfigurationRead(IOperation? operation)
    {
        // a.Value.Smtp.From: a loop over the receivers, as deep as the expression is.
        while (operation is not null)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IMemberReferenceOperation member when IsConfigurationApi(member.Member):
                    return true;
                case IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol, Instance: { } instance }:
                    operation = instance;
                    break;
                case IInvocationOperation invocation:
                    return IsConfigurationApi(invocation.TargetMethod)
                           || invocation.TargetMethod is { Name: "GetEnvironmentVariable", ContainingType: { Name: "Environment", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>A member of Microsoft.Extensions.Configuration or .Options (interfaces, binders, extensions) or of System.Configuration.</summary>
    private static bool IsConfigurationApi(ISymbol member)
    {
        if (member.ContainingType?.ContainingNamespace is not { Name: "Configuration" or "Options" } ns)
        {
            return false;
        }

        return ns.ContainingNamespace is { Name: "Extensions", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } }
               || ns is { Name: "Configuration", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
