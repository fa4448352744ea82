using System.Collections.Immutable;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// One row of the sink table: a type, its sink methods and which parameters carry the address or path. Rows are written
/// with named arguments so each says what it relies on: <c>receiver: "System.Console.Out"</c>, <c>markedWith: "…Attribute"</c>.
/// </summary>
// Read-only fields, not get-only properties: every getter is one more method the JIT compiles in every compiler process
// (code that runs once is compiled without inlining), and these are read on every rule's start-up path.
internal sealed class SinkSpec
{
    public SinkSpec(SinkKind kind, string typeName, string[] methods, string[]? urlParameters = null, bool includeImplementations = false,
        string[]? receivers = null, string? markedWith = null, string? delegateTakingFirst = null, string[]? pathParameters = null,
        bool serializesArguments = false, bool writesReceiver = false, string[]? eventParameters = null, string? writesInto = null,
        string[]? recipientParameters = null, bool takesMail = false, string[]? methodsStartingWith = null, SinkShape shape = SinkShape.None)
    {
        Shape = shape;
        Kind = kind;
        TypeName = typeName;
        Methods = ImmutableHashSet.Create(methods);
        UrlParameters = urlParameters is null ? ImmutableHashSet<string>.Empty : ImmutableHashSet.Create(urlParameters);
        IncludeImplementations = includeImplementations;
        Receivers = receivers is null ? ImmutableHashSet<string>.Empty : ImmutableHashSet.Create(receivers);
        MarkedWith = markedWith;
        DelegateTakingFirst = delegateTakingFirst;
        PathParameters = pathParameters is null ? ImmutableHashSet<string>.Empty : ImmutableHashSet.Create(pathParameters);
        SerializesArguments = serializesArguments;
        WritesReceiver = writesReceiver;
        EventParameters = eventParameters is null ? ImmutableHashSet<string>.Empty : ImmutableHashSet.Create(eventParameters);
        WritesInto = writesInto;
        RecipientParameters = recipientParameters is null ? ImmutableHashSet<string>.Empty : ImmutableHashSet.Create(recipientParameters);
        TakesMail = takesMail;
        MethodsStartingWith = methodsStartingWith is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(methodsStartingWith);
    }

    public readonly SinkKind Kind;

    /// <summary>A row by shape, of no one type: the methods of other assemblies whose signature or owner says what they are (<see cref="LogShapes"/>).</summary>
    public readonly SinkShape Shape;

    /// <summary>Metadata name of the containing type (<c>Microsoft.Extensions.AI.IEmbeddingGenerator`2</c>).</summary>
    public readonly string TypeName;

    /// <summary>Method names; <c>.ctor</c> for constructors, <c>set_X</c> for property setters, <see cref="AnyMethod"/> for all of them.</summary>
    public readonly ImmutableHashSet<string> Methods;

    /// <summary>In <see cref="Methods"/>: every method of the type (JSON builders such as <c>JObject</c>).</summary>
    public const string AnyMethod = "*";

    /// <summary>True when the row names this method.</summary>
    public bool Covers(string methodName) => Methods.Contains(methodName) || Methods.Contains(AnyMethod);

    /// <summary>Parameters that hold the request address (for <see cref="SinkKind.RequestUrl"/> and <see cref="SinkKind.Transmit"/>).</summary>
    public readonly ImmutableHashSet<string> UrlParameters;

    /// <summary>Parameters that hold the file path (for <see cref="SinkKind.File"/>); empty: the path the receiver was opened on.</summary>
    public readonly ImmutableHashSet<string> PathParameters;

    /// <summary>Also match the methods of classes implementing the interface or deriving from the type.</summary>
    public readonly bool IncludeImplementations;

    /// <summary>Only when called on one of these static properties (<c>System.Console.Out</c>); empty: on any receiver.</summary>
    public readonly ImmutableHashSet<string> Receivers;

    /// <summary>A sink by attribute rather than by type: partial methods marked with this attribute (<c>[LoggerMessage]</c>).</summary>
    public readonly string? MarkedWith;

    /// <summary>A sink by delegate shape: invoking a delegate whose first parameter is this type (<c>LoggerMessage.Define</c>'s result).</summary>
    public readonly string? DelegateTakingFirst;

    /// <summary>
    /// For a log sink: the arguments after the message template (all of them when it takes none) are written as data (JSON
    /// into a log table, a record into an XML file), not through <c>ToString()</c>, so an object argument is dumped whole, as
    /// with a <c>{@X}</c> hole.
    /// </summary>
    public readonly bool SerializesArguments;

    /// <summary>
    /// For a file sink: the data written is the receiver itself, and <see cref="PathParameters"/> name the file or the stream it
    /// goes to (<c>mimeMessage.WriteTo(stream)</c> writes the whole mail).
    /// </summary>
    public readonly bool WritesReceiver;

    /// <summary>
    /// For a <see cref="SinkKind.LogEventReceiver"/> row: the parameters of the framework's declaration that receive the
    /// application's log (<c>loggingEvent</c>, <c>batch</c>, <c>state</c>); an override or implementation receives them at
    /// the same positions, whatever it names them.
    /// </summary>
    public readonly ImmutableHashSet<string> EventParameters;

    /// <summary>
    /// For a <see cref="SinkKind.Renderer"/> row: the parameter whose writer receives the text of the call's other arguments
    /// (<c>RenderLoggingEvent(writer, loggingEvent)</c> writes the event into <c>writer</c>).
    /// </summary>
    public readonly string? WritesInto;

    /// <summary>For a <see cref="SinkKind.MailRecipient"/> row: the parameters that take a recipient's address.</summary>
    public readonly ImmutableHashSet<string> RecipientParameters;

    /// <summary>
    /// A row by shape, of no one type: a method of any type, not itself in the table, that takes a whole mail message (a
    /// <c>MailMessage</c>, <c>MimeMessage</c> or the program's own mail model) and is named by one of
    /// <see cref="MethodsStartingWith"/> — the program's own mail service (<c>IMailer.SendAsync(message)</c>, a queue's
    /// <c>Enqueue(message)</c>), whatever carries the mail out behind it.
    /// </summary>
    public readonly bool TakesMail;

    /// <summary>For a row by shape: the first words of the names of the methods it matches (<c>Send</c> matches <c>SendAsync</c>, not <c>Sender</c>).</summary>
    public readonly ImmutableArray<string> MethodsStartingWith;

    /// <summary>True when <paramref name="name"/> starts with one of <see cref="MethodsStartingWith"/> followed by its end or another word.</summary>
    public bool NamesStartWith(string name) => StartsWithWord(name, MethodsStartingWith);

    /// <summary>True when <paramref name="name"/> starts with one of <paramref name="words"/> followed by its end or another word (<c>PostAsync</c>, not <c>Postpone</c>).</summary>
    public static bool StartsWithWord(string name, ImmutableArray<string> words)
    {
        foreach (var verb in words)
        {
            if (name.StartsWith(verb, System.StringComparison.Ordinal) && (name.Length == verb.Length || !char.IsLower(name[verb.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
