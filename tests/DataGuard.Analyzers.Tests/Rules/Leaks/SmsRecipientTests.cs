using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 29's SMS senders: a clinic's <c>SendSmsAsync(string to, string message)</c> that logs every SMS, called with a
/// patient's phone from a contact tuple, and a CRM's <c>ISmsService.SendAsync(string recipient, string message)</c> whose
/// gateways log the recipient, put it in a GET query and in exception messages, called with a number parsed from the
/// request's <c>SmsDetailsDto.Recipient</c>. The recipient is a phone when a caller passes one (or no caller is in the
/// compilation); a sender only ever given a configured number, and a message that is not an SMS, stay silent.
/// </summary>
public class SmsRecipientTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    /// <summary>The clinic: a sender interface, its logging implementation (with <paramref name="log"/>), and a handler calling it as <paramref name="call"/>.</summary>
    private static string Clinic(string log, string call) => """
        public interface INotificationSender
        {
            Task SendSmsAsync(string to, string message, CancellationToken ct = default);
        }

        public interface IContactProvider
        {
            Task<(string? Email, string? Phone)> GetPatientContactAsync(long patientId, CancellationToken ct = default);
        }

        public class NotificationOptions
        {
            public string DutyPhone { get; set; } = "";
        }

        public sealed class RealNotificationSender : INotificationSender
        {
            private readonly ILogger<RealNotificationSender> _logger;

            public RealNotificationSender(ILogger<RealNotificationSender> logger) => _logger = logger;

            public Task SendSmsAsync(string to, string message, CancellationToken ct = default)
            {
                LOG;
                return Task.CompletedTask;
            }
        }

        public sealed class AppointmentBookedHandler
        {
            private readonly INotificationSender _sender;
            private readonly IContactProvider _contacts;
            private readonly NotificationOptions _options;

            public AppointmentBookedHandler(INotificationSender sender, IContactProvider contacts, NotificationOptions options)
            {
                _sender = sender;
                _contacts = contacts;
                _options = options;
            }

            public async Task Handle(long patientId, CancellationToken ct)
            {
                var (patientEmail, patientPhone) = await _contacts.GetPatientContactAsync(patientId, ct);
                CALL;
            }
        }
        """.Replace("LOG", log).Replace("CALL", call);

    [Fact]
    public Task The_recipient_of_an_sms_logged_is_reported_when_callers_pass_a_phone()
        => Run(Clinic("""{|DG1001:_logger.LogInformation("SMS to {To}: {Message}", to, message)|}""", "await _sender.SendSmsAsync(patientPhone!, \"Your appointment is booked\", ct)"));

    [Fact]
    public Task A_phone_tuple_element_passed_on_is_a_phone()
        => Run(Clinic("""{|DG1001:_logger.LogWarning("Twilio not configured, SMS not sent to {To}", to)|}""",
            "var contact = await _contacts.GetPatientContactAsync(patientId, ct); await _sender.SendSmsAsync(contact.Phone!, \"Booked\", ct)"));

    [Fact]
    public Task The_recipient_of_an_sms_only_sent_to_a_configured_number_is_not_reported()
        => Run(Clinic("""_logger.LogInformation("SMS to {To}: {Message}", to, message)""", "await _sender.SendSmsAsync(_options.DutyPhone, \"Appointment booked\", ct)"));

    /// <summary>A sender of type <paramref name="type"/> that nothing in the compilation calls, logging as <paramref name="log"/>.</summary>
    private static string Uncalled(string type, string log) => """
        public sealed class TYPE
        {
            private readonly ILogger<TYPE> _logger;

            public TYPE(ILogger<TYPE> logger) => _logger = logger;

            public Task SendAsync(string recipient, string text)
            {
                LOG;
                return Task.CompletedTask;
            }
        }
        """.Replace("TYPE", type).Replace("LOG", log);

    [Fact]
    public Task The_recipient_of_an_sms_sender_no_code_here_calls_is_reported()
        => Run(Uncalled("SmsSender", """{|DG1001:_logger.LogInformation("Sending SMS to {Recipient}", recipient)|}"""));

    [Fact]
    public Task The_recipient_of_a_message_that_is_not_an_sms_is_not_reported()
        => Run(Uncalled("QueueSender", """_logger.LogInformation("Sending to queue {Recipient}", recipient)"""));

    /// <summary>The CRM: a request DTO, a controller that parses its number and calls the gateway interface, and one gateway.</summary>
    private const string Crm = """
        public class SmsDetailsDto
        {
            public string Recipient { get; set; } = string.Empty;
            public string Message { get; set; } = string.Empty;
        }

        public interface ISmsService
        {
            Task SendAsync(string recipient, string message);

            string GetSender(string recipient);
        }

        public class NotifyLkException : Exception
        {
            public NotifyLkException(string message) : base(message) { }
        }

        public class NotifyLkService : ISmsService
        {
            private readonly ILogger<NotifyLkService> _logger;
            private readonly HttpClient _client = new HttpClient();

            public NotifyLkService(ILogger<NotifyLkService> logger) => _logger = logger;

            public async Task SendAsync(string recipient, string message)
            {
                var queryParams = new Dictionary<string, string?> { ["to"] = recipient.Substring(1), ["message"] = message };
                var response = await {|DG1002:_client.GetAsync(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("https://app.notify.lk/api/v1/send", queryParams))|};
                if (!response.IsSuccessStatusCode)
                {
                    throw {|DG1006:new NotifyLkException($"Failed to send message to {recipient}")|};
                }

                {|DG1001:_logger.LogInformation("Sms message sent to {0} via NotifyLK gateway: {1}", recipient, message)|};
            }

            public string GetSender(string recipient) => "OnlineSales";
        }

        public class MessagesController
        {
            private readonly ISmsService _smsService;
            private readonly ILogger<MessagesController> _logger;

            public MessagesController(ISmsService smsService, ILogger<MessagesController> logger)
            {
                _smsService = smsService;
                _logger = logger;
            }

            public async Task SendSms(SmsDetailsDto smsDetails)
            {
                try
                {
                    var recipient = Normalise(smsDetails.Recipient);
                    await _smsService.SendAsync(recipient, smsDetails.Message);
                }
                catch (Exception ex)
                {
                    {|DG1001:_logger.LogError(ex, "Failed to send SMS message to {0}: {1}", smsDetails.Recipient, smsDetails.Message)|};
                    throw;
                }
            }

            private static string Normalise(string number) => number.Replace(" ", string.Empty);
        }
        """;

    [Fact]
    public Task An_sms_gateways_recipient_reaches_its_log_url_and_exception() => Run(Crm);

    [Fact]
    public Task Another_member_of_an_sms_request_is_not_a_phone()
        => Run(Crm.Replace("""{|DG1001:_logger.LogError(ex, "Failed to send SMS message to {0}: {1}", smsDetails.Recipient, smsDetails.Message)|}""",
            """_logger.LogError(ex, "Failed to send SMS message: {0}", smsDetails.Message)"""));
}
