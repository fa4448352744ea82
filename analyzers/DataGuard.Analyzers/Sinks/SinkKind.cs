namespace DataGuard.Analyzers.Sinks;

/// <summary>What a sink does with the data it receives; each rule asks about one kind.</summary>
internal enum SinkKind
{
    /// <summary>Writes to a log (DG1001).</summary>
    Log,

    /// <summary>Puts a value into a request URL (DG1002).</summary>
    RequestUrl,

    /// <summary>Sends a request or message to an endpoint whose address is an argument or a property of the receiver (DG1003, DG1005).</summary>
    Transmit,

    /// <summary>Sends a prompt or text to a generative-AI service (DG1004).</summary>
    GenerativeAi,

    /// <summary>A messaging SDK: always an external host (DG1005).</summary>
    Messaging,

    /// <summary>
    /// Sends a mail (System.Net.Mail, MailKit, SendGrid, FluentEmail): to a constant external recipient (DG1005), a configured
    /// log address or a pickup folder (DG1001), over SMTP without TLS or with any certificate accepted (DG1003).
    /// </summary>
    Mail,

    /// <summary>Writes a file; a log when its path is under a logs/drop folder or listed in <c>dataguard.log_sinks</c> (DG1001).</summary>
    File,

    /// <summary>
    /// Stores a row (EF Core <c>DbSet.Add</c>, <c>DbContext.Add</c>): a log when the entity is a log or error-log entry, by
    /// its name or listed in <c>dataguard.log_sinks</c> as <c>T:Type</c> (DG1001).
    /// </summary>
    Store,

    /// <summary>
    /// Not a sink but a transform: serializers and JSON builders, whose result shows every public member of what goes in
    /// (<c>JsonSerializer.Serialize(citizen)</c> carries the citizen's phone however the type prints itself).
    /// </summary>
    Serializer,

    /// <summary>
    /// Not a sink but where a logging framework hands the application's log to a target: a log4net appender's
    /// <c>Append</c>, a Serilog sink's <c>Emit</c>, an NLog target's <c>Write</c>, an <c>ILogger</c>'s <c>Log</c>. The row's
    /// event parameters hold what the application logged (see <see cref="Sources.LogEvents"/>).
    /// </summary>
    LogEventReceiver,

    /// <summary>
    /// Not a sink but a transform that writes its other arguments as text into the writer argument the row names
    /// (<c>RenderLoggingEvent(writer, loggingEvent)</c>, Serilog's <c>ITextFormatter.Format(logEvent, output)</c>).
    /// </summary>
    Renderer,

    /// <summary>
    /// Not a sink but where a mail library takes a recipient's address (<c>new MailAddress(to)</c>, <c>To.Add(to)</c>,
    /// <c>MailboxAddress.Parse(to)</c>): a parameter given there is a person's address (see <see cref="Sources.MailRecipients"/>).
    /// </summary>
    MailRecipient,
}
