using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>Where a sending call goes: its address argument, resolved against the client's BaseAddress when relative.</summary>
internal static class TransmissionEndpoint
{
    public static Endpoint Of(IInvocationOperation invocation, SinkSpec spec, TaintEvaluator evaluator)
    {
        var address = invocation.Arguments.FirstOrDefault(a => a.Parameter is { } p && spec.UrlParameters.Contains(p.Name));
        var endpoint = address is null ? default : evaluator.EndpointOf(address.Value);
        if (endpoint.Scheme is null && invocation.Instance is { } client)
        {
            var baseAddress = evaluator.EndpointOf(client);
            if (baseAddress.Scheme is not null)
            {
                endpoint = endpoint.IsKnown || address is null ? baseAddress.Combine(endpoint) : baseAddress.Combine(new Endpoint(string.Empty, false));
            }
        }

        return endpoint;
    }

    /// <summary>True when the SMTP client was created or configured with <c>EnableSsl = false</c> in this method.</summary>
    public static bool IsSmtpWithoutSsl(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        var client = invocation.Instance;
        while (client is IConversionOperation conversion)
        {
            client = conversion.Operand;
        }

        return client switch
        {
            ILocalReferenceOperation local => evaluator.State?.IsSslDisabled(local.Local) == true,
            IParameterReferenceOperation parameter => evaluator.State?.IsSslDisabled(parameter.Parameter) == true,
            IObjectCreationOperation { Initializer: { } initializer } => initializer.Initializers.Any(i =>
                i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "EnableSsl" } } a && a.Value.ConstantValue is { HasValue: true, Value: false }),
            _ => false,
        };
    }
}
