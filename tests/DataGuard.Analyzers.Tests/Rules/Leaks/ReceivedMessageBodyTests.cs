using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// The body of a message received from a queue or bus is a whole event another service sent (an order with its buyer's
/// name): logged whole, as a failed message usually is, it is a whole-record dump. Its routing key, delivery tag and length
/// are not. RabbitMQ's event type is declared here under its real name, with its body a field as in RabbitMQ.Client 7 (the
/// client is not referenced by the tests).
/// </summary>
public class ReceivedMessageBodyTests
{
    /// <summary>RabbitMQ.Client 7's delivery and consumer, as the code under test uses them (shared with <see cref="Round37TrainingClassesTests"/>).</summary>
    internal const string RabbitMqClient = """
        using System;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        namespace RabbitMQ.Client.Events
        {
            public class BasicDeliverEventArgs
            {
                public readonly ReadOnlyMemory<byte> Body;
                public string RoutingKey { get; set; } = "";
                public ulong DeliveryTag { get; set; }
            }

            public delegate Task AsyncEventHandler<TEvent>(object sender, TEvent @event);

            public class AsyncEventingBasicConsumer
            {
                public event AsyncEventHandler<BasicDeliverEventArgs>? ReceivedAsync;
            }
        }

        """;

    private const string Consumer = RabbitMqClient + """
        public class EventBusConsumer
        {
            private readonly ILogger<EventBusConsumer> _logger = null!;

            public async Task OnMessageReceived(RabbitMQ.Client.Events.BasicDeliverEventArgs eventArgs)
            {
                var eventName = eventArgs.RoutingKey;
                var message = Encoding.UTF8.GetString(eventArgs.Body.Span);
                try
                {
                    await Process(eventName, message);
                }
                catch (Exception ex)
                {
                    LOG;
                }
            }

            private static Task Process(string eventName, string message) => Task.CompletedTask;
        }
        """;

    [Fact]
    public Task Body_of_a_failed_message_logged_is_reported()
        => LibraryLeakTest.Run(Consumer.Replace("LOG", """{|DG1001:_logger.LogWarning(ex, "Error processing message \"{Message}\"", message)|}"""));

    [Fact]
    public Task Routing_key_delivery_tag_and_length_of_a_failed_message_are_not_reported()
        => LibraryLeakTest.Run(Consumer.Replace("LOG", """
            _logger.LogWarning(ex, "Error processing {EventName} #{Tag} ({Length} bytes)", eventName, eventArgs.DeliveryTag, eventArgs.Body.Length)
            """));
}
