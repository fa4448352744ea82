using System.Collections.Immutable;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// The known sinks, as data. Adding a logging library or an AI client is one row here.
/// </summary>
internal static class SinkTable
{
    private static readonly string[] HttpClientRequests =
        { "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync" };

    private static readonly string[] HttpJsonRequests =
        { "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync" };

    private static readonly string[] WebClientRequests =
    {
        "DownloadString", "DownloadStringAsync", "DownloadStringTaskAsync", "DownloadData", "DownloadDataAsync", "DownloadDataTaskAsync",
        "DownloadFile", "DownloadFileAsync", "DownloadFileTaskAsync", "UploadString", "UploadStringAsync", "UploadStringTaskAsync",
        "UploadData", "UploadDataAsync", "UploadDataTaskAsync", "UploadValues", "UploadValuesAsync", "UploadValuesTaskAsync",
        "UploadFile", "UploadFileAsync", "UploadFileTaskAsync", "OpenRead", "OpenReadAsync", "OpenReadTaskAsync", "OpenWrite",
        "OpenWriteAsync", "OpenWriteTaskAsync",
    };

    private static readonly string[] RequestUri = { "requestUri" };
    private static readonly string[] Address = { "address" };

    private static readonly string[] SerilogMethods = { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext" };
    private static readonly string[] NLogMethods =
        { "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalDebug", "ConditionalTrace" };

    private static readonly string[] TextWriterMethods = { "Write", "WriteLine", "WriteAsync", "WriteLineAsync" };

    private static readonly string[] FileWriters =
    {
        "AppendAllText", "AppendAllTextAsync", "WriteAllText", "WriteAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "WriteAllLines",
        "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
    };

    private static readonly string[] ImageSharpSaves =
        { "Save", "SaveAsync", "SaveAsJpeg", "SaveAsJpegAsync", "SaveAsPng", "SaveAsPngAsync", "SaveAsWebp", "SaveAsWebpAsync", "SaveAsBmp", "SaveAsBmpAsync", "SaveAsGif", "SaveAsGifAsync" };

    private static readonly string[] MailSends = { "Send", "SendAsync" };

    /// <summary>First words of the methods of a program's own mail service: it sends, dispatches, delivers or queues the mail it is handed.</summary>
    internal static readonly string[] MailServiceVerbs = { "Send", "Dispatch", "Deliver", "Enqueue", "Queue", "Post", "Submit" };

    /// <summary>Names of the parameter a string-shaped mail service sends to (<c>SendEmailAsync(from, fromName, to, subject, html)</c>).</summary>
    private static readonly string[] MailServiceRecipients =
    {
        "to", "toEmail", "toAddress", "toEmailAddress", "recipient", "recipientEmail", "recipientAddress", "email", "emailAddress",
        "receiver", "receiverEmail", "mailTo",
    };
    /// <summary>
    /// Names of the parameters through which a string-shaped mail or SMS service delivers its text to the recipient (<c>subject</c>,
    /// <c>body</c>, <c>message</c>, template data): what the person it is addressed to reads. A reference the provider keeps
    /// (<c>clientReference</c>) is none.
    /// </summary>
    internal static readonly ImmutableHashSet<string> MessageContent = ImmutableHashSet.Create(System.StringComparer.Ordinal,
        "subject", "title", "body", "message", "text", "content", "html", "htmlContent", "htmlBody", "textBody", "plainTextContent",
        "plainText", "templateData", "personalisation", "personalization", "model");

    private static readonly string[] StoredRowAdders = { "Add", "AddAsync", "AddRange", "AddRangeAsync" };

    private static readonly string[] ChatClientMethods = { "GetResponseAsync", "GetStreamingResponseAsync", "CompleteAsync", "CompleteStreamingAsync" };
    private static readonly string[] ResponsesMethods = { "CreateResponse", "CreateResponseAsync", "CreateResponseStreaming", "CreateResponseStreamingAsync" };

    private static readonly string[] AnyMethod = { SinkSpec.AnyMethod };

    /// <summary>
    /// First words of a method name that say the method sends what it is given out of the process. A method of another
    /// assembly whose body this compilation cannot read is a transmission when it is so named (Sinks/ForeignTransmitters).
    /// </summary>
    public static readonly ImmutableArray<string> TransmitVerbs = ImmutableArray.Create("Post", "Send", "Publish", "Upload", "Push", "Submit", "Transmit", "Deliver");

    public static readonly ImmutableArray<SinkSpec> Default = ImmutableArray.Create(
        // Logging (DG1001)
        new SinkSpec(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerExtensions",
            new[] { "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope" }),
        new SinkSpec(SinkKind.Log, "Microsoft.Extensions.Logging.ILogger", new[] { "Log", "BeginScope" }, includeImplementations: true),
        new SinkSpec(SinkKind.Log, "System.Console", new[] { "Write", "WriteLine" }),
        new SinkSpec(SinkKind.Log, "System.IO.TextWriter", TextWriterMethods, includeImplementations: true, receivers: new[] { "System.Console.Out", "System.Console.Error" }),
        new SinkSpec(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerMessageAttribute", new string[0], markedWith: "Microsoft.Extensions.Logging.LoggerMessageAttribute"),
        new SinkSpec(SinkKind.Log, "Microsoft.Extensions.Logging.ILogger", new string[0], delegateTakingFirst: "Microsoft.Extensions.Logging.ILogger"),
        // Log sinks by shape (Sinks/LogShapes), for methods of other assemblies: a message-template formatter (SerilogTimings'
        // Operation.Begin/Time, any [MessageTemplateFormatMethod]) and a team's logging facade, which may serialise its data argument.
        new SinkSpec(SinkKind.Log, "(a message-template method)", new string[0], shape: SinkShape.MessageTemplate),
        new SinkSpec(SinkKind.Log, "(a logging facade of another project)", new string[0], serializesArguments: true, shape: SinkShape.LoggingFacade),
        new SinkSpec(SinkKind.Log, "System.Diagnostics.Debug", new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert" }),
        new SinkSpec(SinkKind.Log, "System.Diagnostics.Trace",
            new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Fail", "Assert" }),
        new SinkSpec(SinkKind.Log, "System.Diagnostics.TraceSource", new[] { "TraceEvent", "TraceInformation", "TraceData" }),
        new SinkSpec(SinkKind.Log, "System.Diagnostics.EventLog", new[] { "WriteEntry", "WriteEvent" }),
        new SinkSpec(SinkKind.Log, "Serilog.ILogger", SerilogMethods, includeImplementations: true),
        new SinkSpec(SinkKind.Log, "Serilog.Log", SerilogMethods),
        new SinkSpec(SinkKind.Log, "Serilog.Context.LogContext", new[] { "PushProperty" }),
        new SinkSpec(SinkKind.Log, "NLog.ILoggerBase", NLogMethods, includeImplementations: true),
        new SinkSpec(SinkKind.Log, "NLog.ILogger", NLogMethods, includeImplementations: true),
        new SinkSpec(SinkKind.Log, "NLog.Logger", NLogMethods, includeImplementations: true),
        new SinkSpec(SinkKind.Log, "log4net.ILog",
            new[] { "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat" },
            includeImplementations: true),

        // Telemetry: event properties, traces, exceptions and span tags are the application's log kept by a monitoring backend.
        new SinkSpec(SinkKind.Log, "Microsoft.ApplicationInsights.TelemetryClient",
            new[] { "TrackEvent", "TrackTrace", "TrackException", "TrackMetric", "TrackRequest", "TrackDependency", "TrackAvailability", "TrackPageView" }),
        new SinkSpec(SinkKind.Log, "System.Diagnostics.Activity", new[] { "SetTag", "AddTag", "AddEvent", "SetBaggage", "AddBaggage", "SetStatus" }),
        new SinkSpec(SinkKind.Log, "System.Diagnostics.ActivityEvent", new[] { ".ctor" }),

        // Where each logging framework hands the application's log to a target (Sources/LogEvents): a target that mails or
        // posts what it receives transmits the log (DG1003, DG1005); one that writes it to another log stays a log.
        new SinkSpec(SinkKind.LogEventReceiver, "log4net.Appender.AppenderSkeleton", new[] { "Append" }, eventParameters: new[] { "loggingEvent", "loggingEvents" }),
        new SinkSpec(SinkKind.LogEventReceiver, "log4net.Appender.BufferingAppenderSkeleton", new[] { "SendBuffer" }, eventParameters: new[] { "events" }),
        new SinkSpec(SinkKind.LogEventReceiver, "log4net.Appender.IAppender", new[] { "DoAppend" }, eventParameters: new[] { "loggingEvent" }),
        new SinkSpec(SinkKind.LogEventReceiver, "log4net.Appender.IBulkAppender", new[] { "DoAppend" }, eventParameters: new[] { "loggingEvents" }),
        new SinkSpec(SinkKind.LogEventReceiver, "Serilog.Core.ILogEventSink", new[] { "Emit" }, eventParameters: new[] { "logEvent" }),
        new SinkSpec(SinkKind.LogEventReceiver, "Serilog.Core.IBatchedLogEventSink", new[] { "EmitBatchAsync" }, eventParameters: new[] { "batch" }),
        new SinkSpec(SinkKind.LogEventReceiver, "Serilog.Sinks.PeriodicBatching.IBatchedLogEventSink", new[] { "EmitBatchAsync" }, eventParameters: new[] { "batch" }),
        new SinkSpec(SinkKind.LogEventReceiver, "Serilog.Sinks.PeriodicBatching.PeriodicBatchingSink", new[] { "EmitBatch", "EmitBatchAsync" },
            eventParameters: new[] { "events" }),
        new SinkSpec(SinkKind.LogEventReceiver, "NLog.Targets.Target", new[] { "Write" }, eventParameters: new[] { "logEvent", "logEvents" }),
        new SinkSpec(SinkKind.LogEventReceiver, "NLog.Targets.AsyncTaskTarget", new[] { "WriteAsyncTask" }, eventParameters: new[] { "logEvent", "logEvents" }),
        new SinkSpec(SinkKind.LogEventReceiver, "Microsoft.Extensions.Logging.ILogger", new[] { "Log" }, eventParameters: new[] { "state", "exception" }),

        // Renderers: the text of the event goes into the writer argument (read by FlowWalker).
        new SinkSpec(SinkKind.Renderer, "log4net.Appender.AppenderSkeleton", new[] { "RenderLoggingEvent" }, writesInto: "writer"),
        new SinkSpec(SinkKind.Renderer, "log4net.Layout.ILayout", new[] { "Format" }, includeImplementations: true, writesInto: "writer"),
        new SinkSpec(SinkKind.Renderer, "Serilog.Formatting.ITextFormatter", new[] { "Format" }, includeImplementations: true, writesInto: "output"),
        new SinkSpec(SinkKind.Renderer, "NLog.Layouts.Layout", new[] { "RenderAppendBuilder" }, writesInto: "target"),

        // Request URLs (DG1002)
        new SinkSpec(SinkKind.RequestUrl, "System.Net.Http.HttpClient", HttpClientRequests, RequestUri),
        new SinkSpec(SinkKind.RequestUrl, "System.Net.Http.Json.HttpClientJsonExtensions", HttpJsonRequests, RequestUri),
        new SinkSpec(SinkKind.RequestUrl, "System.Net.WebClient", WebClientRequests, Address),
        new SinkSpec(SinkKind.RequestUrl, "System.Uri", new[] { ".ctor" }, new[] { "uriString", "relativeUri" }),
        new SinkSpec(SinkKind.RequestUrl, "System.Net.Http.HttpRequestMessage", new[] { ".ctor" }, RequestUri),
        new SinkSpec(SinkKind.RequestUrl, "System.UriBuilder", new[] { ".ctor", "set_Path", "set_Query", "set_Fragment" },
            new[] { "uri", "host", "pathValue", "extraValue", "value" }),
        new SinkSpec(SinkKind.RequestUrl, "System.Net.WebRequest", new[] { "Create", "CreateHttp" }, new[] { "requestUriString" }),

        // Transmission to an endpoint (DG1003, DG1005)
        new SinkSpec(SinkKind.Transmit, "System.Net.Http.HttpClient", HttpClientRequests, RequestUri),
        new SinkSpec(SinkKind.Transmit, "System.Net.Http.HttpClient", new[] { "SendAsync", "Send" }, new[] { "request" }),
        new SinkSpec(SinkKind.Transmit, "System.Net.Http.Json.HttpClientJsonExtensions", HttpJsonRequests, RequestUri),
        new SinkSpec(SinkKind.Transmit, "System.Net.WebClient", WebClientRequests, Address),
        // Request streams of FtpWebRequest / HttpWebRequest: the address is the request's (see EndpointResolver).
        new SinkSpec(SinkKind.Transmit, "System.IO.Stream", new[] { "Write", "WriteAsync" }, includeImplementations: true),
        new SinkSpec(SinkKind.Transmit, "System.IO.TextWriter", new[] { "Write", "WriteLine", "WriteAsync", "WriteLineAsync" }, includeImplementations: true),

        // Mail (DG1001 log addresses and pickup folders, DG1003 SMTP without TLS, DG1005 constant external recipients)
        new SinkSpec(SinkKind.Mail, "System.Net.Mail.SmtpClient", new[] { "Send", "SendAsync", "SendMailAsync" }),
        new SinkSpec(SinkKind.Mail, "MailKit.IMailTransport", MailSends, includeImplementations: true),
        new SinkSpec(SinkKind.Mail, "SendGrid.ISendGridClient", new[] { "SendEmailAsync" }, includeImplementations: true),
        new SinkSpec(SinkKind.Mail, "FluentEmail.Core.IFluentEmail", MailSends, includeImplementations: true),
        // The program's own mail service, of another project or behind an interface (IMailer.SendAsync(message)): the mail it is
        // handed goes out whatever library sends it, to the recipients the caller put in it.
        new SinkSpec(SinkKind.Mail, "(a mail service of the program)", new string[0], takesMail: true, methodsStartingWith: MailServiceVerbs),
        // The same service taking strings, of another project (IEmailSender.SendEmailAsync(from, fromName, to, subject, html)): it
        // mails its text to the parameter named as the recipient; a constant sender address is not one.
        new SinkSpec(SinkKind.Mail, "(a string mail service of the program)", new string[0], takesMail: true, methodsStartingWith: MailServiceVerbs,
            recipientParameters: MailServiceRecipients),

        // Where a mail library takes a recipient: a parameter handed there holds a person's address (Sources/MailRecipients).
        new SinkSpec(SinkKind.MailRecipient, "System.Net.Mail.MailAddress", new[] { ".ctor" }, recipientParameters: new[] { "address" }),
        new SinkSpec(SinkKind.MailRecipient, "System.Net.Mail.MailAddressCollection", new[] { "Add" }, recipientParameters: new[] { "addresses" }),
        new SinkSpec(SinkKind.MailRecipient, "System.Net.Mail.MailMessage", new[] { ".ctor" }, recipientParameters: new[] { "to" }),
        new SinkSpec(SinkKind.MailRecipient, "System.Net.Mail.SmtpClient", new[] { "Send", "SendAsync", "SendMailAsync" }, recipientParameters: new[] { "recipients" }),
        new SinkSpec(SinkKind.MailRecipient, "MimeKit.MailboxAddress", new[] { ".ctor", "Parse", "TryParse" }, recipientParameters: new[] { "address", "text" }),
        new SinkSpec(SinkKind.MailRecipient, "MimeKit.InternetAddress", new[] { "Parse", "TryParse" }, recipientParameters: new[] { "text" }),
        new SinkSpec(SinkKind.MailRecipient, "MimeKit.InternetAddressList", new[] { "Parse", "TryParse" }, recipientParameters: new[] { "text" }),
        new SinkSpec(SinkKind.MailRecipient, "SendGrid.Helpers.Mail.EmailAddress", new[] { ".ctor" }, recipientParameters: new[] { "email" }),
        new SinkSpec(SinkKind.MailRecipient, "SendGrid.Helpers.Mail.SendGridMessage", new[] { "AddTo", "AddCc", "AddBcc" }, recipientParameters: new[] { "email" }),
        new SinkSpec(SinkKind.MailRecipient, "FluentEmail.Core.IFluentEmail", new[] { "To", "CC", "BCC" }, includeImplementations: true,
            recipientParameters: new[] { "emailAddress" }),

        // Files (DG1001 when the path is a log or drop folder)
        new SinkSpec(SinkKind.File, "System.IO.File", FileWriters, pathParameters: new[] { "path" }),
        new SinkSpec(SinkKind.File, "System.IO.TextWriter", TextWriterMethods, includeImplementations: true),
        new SinkSpec(SinkKind.File, "System.IO.Stream", new[] { "Write", "WriteAsync" }, includeImplementations: true),
        // A whole mail written to a file or stream: MimeKit's pickup folder, a debug mail drop (DG1001 when the stream is a file).
        new SinkSpec(SinkKind.File, "MimeKit.MimeMessage", new[] { "WriteTo", "WriteToAsync" }, pathParameters: new[] { "fileName", "stream" }, writesReceiver: true),
        // An uploaded file or an image saved to a path or file stream (DG1001 when the file is a person's and lies under the
        // publicly served web root: see Sinks/WebRoot, Sources/PersonalUploads).
        new SinkSpec(SinkKind.File, "Microsoft.AspNetCore.Http.IFormFile", new[] { "CopyTo", "CopyToAsync" }, includeImplementations: true,
            pathParameters: new[] { "target" }, writesReceiver: true),
        new SinkSpec(SinkKind.File, "System.Drawing.Image", new[] { "Save" }, pathParameters: new[] { "filename", "stream" }, writesReceiver: true),
        new SinkSpec(SinkKind.File, "SixLabors.ImageSharp.ImageExtensions", ImageSharpSaves, pathParameters: new[] { "path", "stream" }, writesReceiver: true),

        // Stored rows (DG1001 when the entity is an error-log entry: Request.Form copied into an error-log table). A log is
        // appended to: Update and Attach change a row the program keeps (a transfer record's status), never a new entry.
        new SinkSpec(SinkKind.Store, "Microsoft.EntityFrameworkCore.DbSet`1", StoredRowAdders),
        new SinkSpec(SinkKind.Store, "Microsoft.EntityFrameworkCore.DbContext", StoredRowAdders),

        // Generative AI (DG1004)
        new SinkSpec(SinkKind.GenerativeAi, "OpenAI.Chat.ChatClient",
            new[] { "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync" }),
        new SinkSpec(SinkKind.GenerativeAi, "OpenAI.Responses.OpenAIResponseClient", ResponsesMethods),
        new SinkSpec(SinkKind.GenerativeAi, "OpenAI.Responses.ResponsesClient", ResponsesMethods),
        new SinkSpec(SinkKind.GenerativeAi, "OpenAI.Embeddings.EmbeddingClient",
            new[] { "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync" }),
        new SinkSpec(SinkKind.GenerativeAi, "OpenAI.Assistants.AssistantClient",
            new[] { "CreateMessage", "CreateMessageAsync", "CreateThread", "CreateThreadAsync", "CreateThreadAndRun", "CreateThreadAndRunAsync" }),
        new SinkSpec(SinkKind.GenerativeAi, "Azure.AI.OpenAI.OpenAIClient",
            new[]
            {
                "GetChatCompletions", "GetChatCompletionsAsync", "GetChatCompletionsStreaming", "GetChatCompletionsStreamingAsync",
                "GetCompletions", "GetCompletionsAsync", "GetEmbeddings", "GetEmbeddingsAsync",
            }),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.Extensions.AI.IChatClient", ChatClientMethods, includeImplementations: true),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.Extensions.AI.ChatClientExtensions", ChatClientMethods),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.Extensions.AI.IEmbeddingGenerator`2", new[] { "GenerateAsync" }, includeImplementations: true),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions",
            new[] { "GenerateAsync", "GenerateVectorAsync", "GenerateEmbeddingAsync", "GenerateEmbeddingVectorAsync", "GenerateAndZipAsync" }),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.SemanticKernel.Kernel", new[] { "InvokePromptAsync", "InvokePromptStreamingAsync" }),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.SemanticKernel.KernelExtensions", new[] { "InvokePromptAsync", "InvokePromptStreamingAsync" }),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService",
            new[] { "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync" }, includeImplementations: true),
        new SinkSpec(SinkKind.GenerativeAi, "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions",
            new[] { "GetChatMessageContentAsync", "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync" }),

        // Serializers and JSON builders: transforms whose result shows every public member of the inputs (all rules)
        new SinkSpec(SinkKind.Serializer, "System.Text.Json.JsonSerializer",
            new[] { "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode", "Deserialize", "DeserializeAsync", "DeserializeAsyncEnumerable" }),
        new SinkSpec(SinkKind.Serializer, "Newtonsoft.Json.JsonConvert",
            new[] { "SerializeObject", "SerializeObjectAsync", "SerializeXmlNode", "SerializeXNode", "DeserializeObject", "DeserializeObjectAsync", "DeserializeAnonymousType", "DeserializeXmlNode", "DeserializeXNode" }),
        new SinkSpec(SinkKind.Serializer, "System.Xml.Serialization.XmlSerializer", new[] { "Serialize", "Deserialize" }),
        new SinkSpec(SinkKind.Serializer, "System.Net.Http.Json.JsonContent", AnyMethod),
        new SinkSpec(SinkKind.Serializer, "Newtonsoft.Json.Linq.JObject", AnyMethod),
        new SinkSpec(SinkKind.Serializer, "Newtonsoft.Json.Linq.JToken", AnyMethod),
        new SinkSpec(SinkKind.Serializer, "System.Text.Json.Nodes.JsonValue", AnyMethod),

        // Messaging SDKs: always external (DG1005)
        new SinkSpec(SinkKind.Messaging, "Telegram.Bot.TelegramBotClientExtensions", new[] { "SendTextMessageAsync", "SendMessage", "SendMessageAsync" }),
        new SinkSpec(SinkKind.Messaging, "Telegram.Bot.ITelegramBotClient", new[] { "SendTextMessageAsync", "SendMessageAsync" }, includeImplementations: true),
        new SinkSpec(SinkKind.Messaging, "isRock.LineBot.Bot", new[] { "PushMessage", "ReplyMessage", "PushMessageWithJSON", "ReplyMessageWithJSON" }),
        new SinkSpec(SinkKind.Messaging, "isRock.LineBot.Utility", new[] { "PushMessage", "ReplyMessage", "PushMessageWithJSON", "ReplyMessageWithJSON" }),
        new SinkSpec(SinkKind.Messaging, "isRock.LineNotify.Utility", new[] { "SendNotify" }),
        new SinkSpec(SinkKind.Messaging, "Line.Messaging.LineMessagingClient",
            new[] { "PushMessageAsync", "ReplyMessageAsync", "MultiCastMessageAsync", "BroadcastMessageAsync" }),
        new SinkSpec(SinkKind.Messaging, "Discord.Webhook.DiscordWebhookClient", new[] { "SendMessageAsync" }),
        new SinkSpec(SinkKind.Messaging, "Slack.Webhooks.SlackClient", new[] { "Post", "PostAsync" }));
}
