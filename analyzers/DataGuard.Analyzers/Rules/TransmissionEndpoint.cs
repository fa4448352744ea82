using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Rules;

/// <summary>Where a sending call goes: its address arguments resolved against the client's base address, its mail recipients, its client's flaws.</summary>
internal static class TransmissionEndpoint
{
    /// <summary>The call being judged by each walk's evaluator, with the addresses already resolved for it (see <see cref="JudgeAt"/>).</summary>
    private static readonly ConditionalWeakTable<TaintEvaluator, Site> Sites = new();

    /// <summary>
    /// The judging of <paramref name="operation"/> by several rules at one point of a walk: until it is disposed, the addresses of
    /// a sending call are resolved once and shared. DG1003, DG1004 and DG1005 each ask where the same HTTP call goes, and the
    /// flow state cannot change between their questions (it can at the next visit of the same call, in a loop).
    /// </summary>
    public static Judging JudgeAt(IOperation operation, TaintEvaluator evaluator)
    {
        // Only a call with a sink row can be asked for its addresses; most walks have none, and need no table entry.
        if (operation is not IInvocationOperation invocation || evaluator.Profile.Sinks.Match(invocation.TargetMethod).IsEmpty)
        {
            return default;
        }

        var site = Sites.GetValue(evaluator, _ => new Site());
        site.Start(operation);
        return new Judging(site);
    }

    /// <summary>Every address the call can reach; mail recipients are left out (see <see cref="Recipients"/>).</summary>
    public static ImmutableArray<Endpoint> Of(IInvocationOperation invocation, SinkSpec spec, TaintEvaluator evaluator)
    {
        if (!Sites.TryGetValue(evaluator, out var site) || site.At != invocation)
        {
            return Resolve(invocation, spec, evaluator);
        }

        if (site.Resolved.TryGetValue(spec, out var resolved))
        {
            return (ImmutableArray<Endpoint>)resolved;
        }

        var endpoints = Resolve(invocation, spec, evaluator);
        site.Resolved[spec] = endpoints;
        return endpoints;
    }

    private static ImmutableArray<Endpoint> Resolve(IInvocationOperation invocation, SinkSpec spec, TaintEvaluator evaluator)
    {
        var resolver = evaluator.Profile.Endpoints;
        var address = invocation.Arguments.FirstOrDefault(a => a.Parameter is { } p && spec.UrlParameters.Contains(p.Name));
        var endpoints = address is null ? ImmutableArray<Endpoint>.Empty : resolver.Resolve(address.Value, evaluator.State);
        if (endpoints.IsEmpty || endpoints.Any(e => e.Scheme is null))
        {
            // Relative or unknown: resolve against the client's base address. The client is the receiver, or the first argument
            // of an extension such as PostAsJsonAsync.
            var client = Client(invocation);
            var bases = resolver.Resolve(client, evaluator.State).Where(e => e.Scheme is not null && !e.IsMailbox).ToImmutableArray();
            if (!bases.IsEmpty)
            {
                var relatives = endpoints.Where(e => e.Scheme is null && e.IsKnown).ToImmutableArray();
                var combined = EndpointResolver.Combine(bases, relatives.IsEmpty || address is null ? ImmutableArray.Create(new Endpoint(string.Empty, false)) : relatives);
                endpoints = FlowState.Union(endpoints.Where(e => e.Scheme is not null).ToImmutableArray(), combined);
            }
        }

        return endpoints.Where(e => !e.IsMailbox).ToImmutableArray();
    }

    /// <summary>The recipients of a mail: constant mailboxes and configured addresses found in the message, the arguments or the fluent chain.</summary>
    public static ImmutableArray<Endpoint> Recipients(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        var resolver = evaluator.Profile.Endpoints;
        // A string-shaped mail service names its recipient parameter: the sender's constant address is not a recipient.
        var named = evaluator.Profile.Sinks.Match(invocation, SinkKind.Mail)?.RecipientParameters ?? ImmutableHashSet<string>.Empty;
        var recipients = named.IsEmpty ? resolver.Resolve(invocation.Instance, evaluator.State) : ImmutableArray<Endpoint>.Empty;
        foreach (var argument in invocation.Arguments)
        {
            if (named.IsEmpty || argument.Parameter is { } parameter && named.Contains(parameter.Name))
            {
                recipients = FlowState.Union(recipients, resolver.Resolve(argument.Value, evaluator.State));
            }
        }

        return recipients.Where(e => e.IsMailbox || e.ConfigurationKey is not null).ToImmutableArray();
    }

    /// <summary>The flaws of the client the call goes through: set on it earlier in this method or in its initializer.</summary>
    public static ChannelFlaw Flaws(IInvocationOperation invocation, TaintEvaluator evaluator)
    {
        var client = Client(invocation);
        while (client is IConversionOperation conversion)
        {
            client = conversion.Operand;
        }

        return client switch
        {
            ILocalReferenceOperation local => evaluator.State?.GetFlaws(local.Local) ?? ChannelFlaw.None,
            IParameterReferenceOperation parameter => (evaluator.State?.GetFlaws(parameter.Parameter) ?? ChannelFlaw.None)
                                                      | (parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor }
                                                          ? evaluator.Profile.RegisteredClients.Of(parameter.Type) : ChannelFlaw.None),
            // A client injected into a field or property: the registration that built it says how it connects.
            IFieldReferenceOperation or IPropertyReferenceOperation => evaluator.Profile.RegisteredClients.Of(client.Type),
            { } created => ChannelSettings.OfCreation(created, evaluator.Profile),
            _ => ChannelFlaw.None,
        };
    }

    private static IOperation? Client(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>One call under judgement and its addresses per sink row (a mail send is a Transmit and a Mail row).</summary>
    internal sealed class Site
    {
        public IOperation? At { get; private set; }

        /// <summary>
        /// The addresses per row, boxed: a table whose values are <c>ImmutableArray&lt;Endpoint&gt;</c> is a generic instantiation
        /// the JIT compiles afresh in every compiler process, one with object values is shared code.
        /// </summary>
        public Dictionary<SinkSpec, object> Resolved { get; } = new();

        public void Start(IOperation? operation)
        {
            At = operation;
            Resolved.Clear();
        }
    }

    /// <summary>Ends the sharing when the rules are done with the call.</summary>
    public readonly struct Judging : System.IDisposable
    {
        private readonly Site? _site;

        internal Judging(Site site)
        {
            _site = site;
        }

        public void Dispose() => _site?.Start(null);
    }
}
