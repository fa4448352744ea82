using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Stateless facts about operations the flow walk acts on: which variable an access is rooted in, which calls put their
/// arguments into their receiver, which members are a mail's recipient lists. Split from <see cref="FlowWalker"/>, which,
/// with <see cref="StoredValues"/> and <see cref="RequestCopyingConstructors"/>, asks them.
/// </summary>
internal static class WalkShapes
{
    /// <summary>Methods that put their arguments into the collection, builder or writer they are called on.</summary>
    internal static readonly HashSet<string> Mutators = new(StringComparer.Ordinal)
    {
        "Add", "AddRange", "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "InsertRange", "Push", "Enqueue", "TryAdd", "Write",
        "WriteLine", "AddUserMessage", "AddSystemMessage", "AddAssistantMessage", "AddMessage", "Set", "Replace",
    };

    /// <summary>The local or parameter at the root of <c>a.b.c</c> or <c>a[0]</c>, or null.</summary>
    internal static ISymbol? RootVariable(IOperation? operation)
    {
        while (operation is not null)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IMemberReferenceOperation member:
                    operation = member.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    operation = element.ArrayReference;
                    break;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IInvocationOperation { Instance: { } instance } fluent when Mutators.Contains(fluent.TargetMethod.Name):
                    // sb.Append(a).Append(b): the chained call returns the same builder.
                    operation = instance;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The object a call works on: the instance, or the first argument of an extension method.</summary>
    internal static IOperation? Receiver(IInvocationOperation invocation)
        => invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    internal static bool HasLambdaArgument(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is IDelegateCreationOperation or IAnonymousFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>msg.Body = x</c> or <c>msg.Headers["X"] = x</c>: the variable's object holds the data. Deeper assignments
    /// (<c>context.Request.Body = stream</c>) change an object the variable only reaches, and tainting the whole variable would
    /// make every text it shows (<c>context.TraceIdentifier</c>) carry the data.
    /// </summary>
    internal static bool IsOnTheVariable(IMemberReferenceOperation member)
        => member.Instance is ILocalReferenceOperation or IParameterReferenceOperation
           || member is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IMemberReferenceOperation { Instance: ILocalReferenceOperation or IParameterReferenceOperation } };

    /// <summary>The To, Cc and Bcc lists of a mail message.</summary>
    internal static bool IsRecipientList(IMemberReferenceOperation member) => member.Member.Name is "To" or "Cc" or "CC" or "Bcc" or "Bcc" or "ReplyTo" or "ReplyToList";

    internal static bool IsRecipientCall(IInvocationOperation invocation)
        => invocation.TargetMethod.Name is "AddTo" or "AddCc" or "AddBcc" or "AddTos" or "AddCcs" or "AddBccs";
}
