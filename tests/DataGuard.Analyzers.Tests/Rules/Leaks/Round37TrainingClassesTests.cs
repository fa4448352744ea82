using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Classes round 36's unseen run left (eRents, FitGym-Tool; training now). (1) Messages through a broker: a publishing helper
/// serialises and prints an <c>object message</c> that its callers fill with chat messages (user names, text), and a consumer
/// prints the body it decodes from a delivery inside the handler lambda it attaches. (2) An authorship stamp (<c>CreatedBy</c>)
/// that the program fills from the signed-in user's e-mail, logged with the record. Each has its silent twin: messages of a type
/// with nothing personal, a delivery's routing key, a stamp filled with a constant.
/// </summary>
public class Round37TrainingClassesTests
{
    private const string Messages = """
        using System;
        using System.Text;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public class UserMessage
        {
            public string? SenderUsername { get; set; }
            public string? RecipientUsername { get; set; }
            public string? Body { get; set; }
        }

        public class StockChanged
        {
            public int ProductId { get; set; }
            public int Quantity { get; set; }
        }

        """;

    /// <summary>A publisher whose typed method hands <paramref name="messageType"/> to an untyped helper that serialises and logs it as <paramref name="log"/>.</summary>
    private static string Publisher(string messageType, string log) => Messages + """
        public class Publisher
        {
            private readonly ILogger<Publisher> _logger = null!;

            public Task PublishMessageAsync(string queueName, object message)
            {
                var jsonMessage = JsonSerializer.Serialize(message);
                var body = Encoding.UTF8.GetBytes(jsonMessage);
                LOG;
                return Task.CompletedTask;
            }

            public Task PublishTypedAsync(TYPE message) => PublishMessageAsync("messageQueue", message);

            public Task PublishAsync<T>(T message, string queueName) where T : class => PublishMessageAsync(queueName, message);
        }
        """.Replace("TYPE", messageType).Replace("LOG", log);

    private const string SentLog = """_logger.LogInformation(" [x] Sent {Message} to queue '{Queue}'", jsonMessage, queueName)""";

    [Fact]
    public Task Untyped_message_that_callers_fill_with_chat_messages_serialised_and_logged_is_reported()
        => LibraryLeakTest.Run(Publisher("UserMessage", "{|DG1001:" + SentLog + "|}"));

    [Fact]
    public Task Untyped_message_that_callers_fill_with_stock_changes_serialised_and_logged_is_not_reported()
        => LibraryLeakTest.Run(Publisher("StockChanged", SentLog));

    [Fact]
    public Task Untyped_message_handed_on_by_a_generic_overload_whose_caller_passes_chat_messages_is_reported()
        => LibraryLeakTest.Run(Publisher("StockChanged", "{|DG1001:" + SentLog + "|}") + """

        public class Chat
        {
            private readonly Publisher _publisher = new();
            public Task Send(UserMessage message) => _publisher.PublishAsync(message, "messageQueue");
        }
        """);

    private const string Consumer = ReceivedMessageBodyTests.RabbitMqClient + """
        public class Subscriber
        {
            private readonly ILogger<Subscriber> _logger = null!;

            public Task SubscribeAsync(string queueName, Func<string, Task> onMessageReceived)
            {
                var consumer = new RabbitMQ.Client.Events.AsyncEventingBasicConsumer();
                consumer.ReceivedAsync += async (model, ea) =>
                {
                    var bodyBytes = ea.Body.ToArray();
                    var message = Encoding.UTF8.GetString(bodyBytes);
                    LOG;
                    await onMessageReceived(message);
                };
                return Task.CompletedTask;
            }
        }
        """;

    [Fact]
    public Task Body_decoded_from_a_delivery_in_the_handler_lambda_and_logged_is_reported()
        => LibraryLeakTest.Run(Consumer.Replace("LOG", """{|DG1001:_logger.LogInformation(" [x] Received '{Message}' from queue '{Queue}'", message, queueName)|}"""));

    [Fact]
    public Task Body_decoded_from_a_delivery_in_the_handler_lambda_and_written_to_the_console_is_reported()
        => LibraryLeakTest.RunAsApplication(Consumer.Replace("LOG", """{|DG1001:Console.WriteLine($" [x] Received '{message}' from queue '{queueName}'")|}""") + ConsoleMain);

    private const string ConsoleMain = """

        public static class Program
        {
            public static async Task Main() => await new Subscriber().SubscribeAsync("messageQueue", m => Task.CompletedTask);
        }
        """;

    [Fact]
    public Task Routing_key_of_a_delivery_in_the_handler_lambda_logged_is_not_reported()
        => LibraryLeakTest.Run(Consumer.Replace("LOG", """_logger.LogInformation(" [x] Received a message on '{Key}' from queue '{Queue}'", ea.RoutingKey, queueName)"""));

    /// <summary>A bug-report use case whose stamp a controller fills as <paramref name="fill"/> and whose service logs it.</summary>
    private static string Stamps(string fill, string log) => """
        using System;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public abstract class BaseDomain
        {
            public int Id { get; set; }
            public string CreatedBy { get; set; } = string.Empty;
            public DateTime DateCreated { get; set; }
        }

        public class BugReportDataDomain : BaseDomain
        {
            public string BugTitle { get; set; } = "";
            public string BugDescription { get; set; } = "";
        }

        public abstract class BaseController
        {
            protected string UserEmail { get; set; } = "";

            protected BaseController(ClaimsPrincipal user)
            {
                UserEmail = user.FindFirst(ClaimTypes.Email)?.Value ?? "";
            }
        }

        public class BugReportsController : BaseController
        {
            public BugReportsController(ClaimsPrincipal user) : base(user) { }

            public BugReportDataDomain NewReport(string title)
            {
                var report = new BugReportDataDomain { BugTitle = title };
                report.CreatedBy = FILL;
                return report;
            }
        }

        public class CommonService
        {
            private readonly ILogger<CommonService> _logger = null!;

            public Task<bool> AddNewBugReportDataAsync(BugReportDataDomain bugReportDataDomain)
            {
                LOG;
                return Task.FromResult(true);
            }
        }
        """.Replace("FILL", fill).Replace("LOG", log);

    private const string StampLog = """_logger.LogInformation(string.Format("Method {0} started at {1} for {2}", nameof(AddNewBugReportDataAsync), DateTime.UtcNow, bugReportDataDomain.CreatedBy))""";

    [Fact]
    public Task Created_by_filled_from_the_signed_in_users_email_and_logged_is_reported()
        => LibraryLeakTest.Run(Stamps("base.UserEmail", "{|DG1001:" + StampLog + "|}"));

    [Fact]
    public Task Created_by_filled_with_a_system_constant_and_logged_is_not_reported()
        => LibraryLeakTest.Run(Stamps("\"system\"", StampLog));
}
