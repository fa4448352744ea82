using System.Linq;
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
    /// <summary>
    /// A compile-time constant or a configuration value, or a choice between such values (<c>config["To"] ?? "ops@x"</c>, or
    /// <c>?? throw</c> when unset: the throw reaches the operand as a conversion to its type).
    /// </summary>
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
            ICoalesceOperation coalesce => IsConstant(coalesce.Value, alsoConfiguration) && (OperationShapes.Unconverted(coalesce.WhenNull) is IThrowOperation || IsConstant(coalesce.WhenNull, alsoConfiguration)),
            _ => false,
        };
    }

    /// <summary>
    /// What a call makes of constants alone, awaited or not: <c>await EnsureUserAsync("owner@clinic.example", "Owner", [Roles.Owner])</c>,
    /// <c>_users.FindByEmailAsync("admin@clinic.example")</c> — in seeding code, the seed account itself (round 15: a seeder
    /// logging the Identity ids of the demo accounts it creates). At least one argument and every one constant (a list of
    /// constants too), called on the program's own service (<c>this</c>, a field), not on a value a person's data could be in.
    /// </summary>
    public static bool IsMadeFromConstants(IOperation value)
    {
        value = value is IAwaitOperation awaited ? awaited.Operation : value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IInvocationOperation { Arguments.Length: > 0 } call
               && call.Instance is null or IInstanceReferenceOperation or IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation }
                   or IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation }
               && (call.Instance is not null || !call.TargetMethod.IsExtensionMethod)
               && call.Arguments.All(argument => IsConstantElement(argument.Value));
    }

    /// <summary>A constant, a default, or an array or collection expression of them (<c>[Roles.Owner]</c>, a params array).</summary>
    private static bool IsConstantElement(IOperation value)
    {
        using var walk = BoundedWalk.Enter(WalkKind.OperationTree);
        return walk.Entered && (IsConstant(value) || value is IDefaultValueOperation
                                || value is IConversionOperation conversion && IsConstantElement(conversion.Operand)
                                || value.Type is IArrayTypeSymbol or INamedTypeSymbol { IsGenericType: true } && value is not IInvocationOperation
                                   && value.ChildOperations.Count > 0 && value.ChildOperations.All(IsConstantElement)
                                || value is IArrayInitializerOperation initializer && initializer.ElementValues.All(IsConstantElement));
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
