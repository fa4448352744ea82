using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static DataGuard.Analyzers.Flow.WalkShapes;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// What a call does to the variables it works on, once its arguments were walked: a mutator puts its arguments into its
/// receiver, a recipient call adds where a mail goes, a renderer writes into its writer, a mail-filling helper fills its mail,
/// a channel call flaws its client. Split from <see cref="FlowWalker"/>.
/// </summary>
internal sealed class CallEffects
{
    private readonly FlowWalker _walker;
    private readonly DataGuardProfile _profile;
    private readonly ObjectContents _contents;

    public CallEffects(FlowWalker walker, ObjectContents contents)
    {
        _walker = walker;
        _profile = walker.Profile;
        _contents = contents;
    }

    private FlowState State => _walker.State;

    private TaintEvaluator Evaluator => _walker.Evaluator;

    /// <summary>Applies every effect of <paramref name="invocation"/>, in the walk's order.</summary>
    public void After(IInvocationOperation invocation)
    {
        Mutate(invocation);
        FillMail(invocation);
        RenderInto(invocation);
    }

    /// <summary>
    /// <c>RenderLoggingEvent(writer, loggingEvent)</c>, <c>formatter.Format(logEvent, output)</c>: a renderer of the sink
    /// table writes the text of its other arguments into the writer argument its row names.
    /// </summary>
    private void RenderInto(IInvocationOperation invocation)
    {
        if (_profile.Sinks.Match(invocation.TargetMethod, SinkKind.Renderer) is not { WritesInto: { } writes })
        {
            return;
        }

        IArgumentOperation? writer = null;
        var added = Taint.None;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == writes)
            {
                writer = argument;
            }
            else
            {
                added = added.Union(Evaluator.Stringify(Evaluator.Evaluate(argument.Value)));
            }
        }

        if (writer is not null && RootVariable(writer.Value) is { } root && !added.IsEmpty)
        {
            _contents.Absorb(root, added, invocation);
        }
    }

    /// <summary>
    /// <c>SetRecipients(to, mail)</c>: a helper of the program that writes a mail argument's recipients or body fills that mail
    /// with the data of the call's other arguments.
    /// </summary>
    private void FillMail(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !Sources.MailContent.IsMail(parameter.Type) || RootVariable(argument.Value) is not { } root
                || !Sources.MailContent.IsFilledBy(parameter.OriginalDefinition, _profile.Bodies.Body(invocation.TargetMethod)))
            {
                continue;
            }

            var added = Taint.None;
            foreach (var other in invocation.Arguments)
            {
                added = other == argument ? added : added.Union(Evaluator.Evaluate(other.Value));
            }

            if (!added.IsEmpty)
            {
                _contents.Absorb(root, added, invocation);
            }
        }
    }

    private void Mutate(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var receiver = Receiver(invocation);
        if (receiver is null || RootVariable(receiver) is not { } root)
        {
            return;
        }

        if (method.Name == "Clear" && invocation.Instance is not null)
        {
            State.SetTaint(root, Taint.None);
            return;
        }

        if (ChannelSettings.OfCall(invocation, _profile) is var flaw and not ChannelFlaw.None)
        {
            // client.Connect(host, 25, useSsl: false)
            State.SetFlaws(root, State.GetFlaws(root) | flaw);
        }

        AddRecipients(invocation, root);
        if (Mutators.Contains(method.Name))
        {
            PutArguments(invocation, receiver, root);
        }
    }

    /// <summary><c>message.To.Add("admin@example.com")</c>, <c>msg.AddTo(new EmailAddress("admin@example.com"))</c>.</summary>
    private void AddRecipients(IInvocationOperation invocation, ISymbol root)
    {
        if (invocation.TargetMethod.Name == "Add" && invocation.Instance is IMemberReferenceOperation list && IsRecipientList(list)
            || IsRecipientCall(invocation))
        {
            foreach (var argument in invocation.Arguments)
            {
                State.AddEndpoints(root, _profile.Endpoints.Resolve(argument.Value, State).Where(e => e.IsMailbox || e.ConfigurationKey is not null).ToImmutableArray());
            }
        }
    }

    /// <summary><c>list.Add(x)</c>, <c>sb.Append(x)</c>: the receiver now holds the arguments' data (as text for a builder or writer).</summary>
    private void PutArguments(IInvocationOperation invocation, IOperation receiver, ISymbol root)
    {
        var textual = receiver.Type?.Name is "StringBuilder" or "StringWriter" or "TextWriter";
        var added = Taint.None;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value == receiver)
            {
                continue;
            }

            var taint = Evaluator.Evaluate(argument.Value);
            added = added.Union(textual ? Evaluator.Stringify(taint) : taint);
        }

        if (added.IsEmpty)
        {
            _contents.EndSafety(root, added);
            return;
        }

        _contents.Absorb(root, added, invocation);
    }
}
