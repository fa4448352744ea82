using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataSentToExternalHostTests
{
    private const string Allowed = "dataguard.allowed_hosts = api.police.internal, *.npa.gov.tw";

    private static Task Run(string body, string? editorConfig = null)
        => Verify<PersonalDataSentToExternalHostAnalyzer>.Analyzer(TestCode.Wrap(body), editorConfig);

    // ----- reported -----

    [Fact]
    public Task Line_notify_is_reported() => Run("""
        async Task M(Citizen citizen)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = $"Suspect {citizen.FullName} {citizen.Phone}" });
            await {|DG1005:_http.PostAsync("https://notify-api.line.me/api/notify", form)|};
        }
        """);

    [Fact]
    public Task Telegram_bot_api_is_reported() => Run("""
        async Task M(Citizen citizen, string token) { await {|DG1005:_http.GetAsync($"https://api.telegram.org/bot{token}/sendMessage?chat_id=1&text={citizen.NationalId}")|}; }
        """);

    [Fact]
    public Task Discord_webhook_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1005:System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(_http, "https://discord.com/api/webhooks/1/abc", new { content = citizen.FullName })|}; }
        """);

    [Fact]
    public Task Slack_webhook_from_a_constant_is_reported() => Run("""
        const string Hook = "https://hooks.slack.com/services/T0/B0/X";
        async Task M(Citizen citizen) { await {|DG1005:_http.PostAsync(Hook, new StringContent("{\"text\":\"" + citizen.Phone + "\"}"))|}; }
        """);

    [Fact]
    public Task Line_messaging_push_is_reported() => Run("""
        async Task M(Citizen citizen)
        {
            var body = System.Net.Http.Json.JsonContent.Create(new { to = "U1", messages = new[] { new { type = "text", text = citizen.NationalId } } });
            await {|DG1005:_http.PostAsync("https://api.line.me/v2/bot/message/push", body)|};
        }
        """);

    [Fact]
    public Task Host_outside_the_allowlist_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1005:System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(_http, "https://partner.example.com/api", citizen)|}; }
        """, Allowed);

    [Fact]
    public Task Constant_host_of_an_interpolated_url_is_checked() => Run("""
        async Task M(Citizen citizen, string path) { await {|DG1005:_http.PostAsync($"https://partner.example.com/{path}", new StringContent(citizen.Phone))|}; }
        """, Allowed);

    [Fact]
    public Task Request_message_to_a_webhook_is_reported() => Run("""
        async Task M(Citizen citizen)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://hooks.slack.com/services/T/B/X");
            request.Content = new StringContent(citizen.FullName);
            await {|DG1005:_http.SendAsync(request)|};
        }
        """);

    [Fact]
    public Task Base_address_of_a_messaging_api_is_reported() => Run("""
        async Task M(Citizen citizen) { var bot = new HttpClient { BaseAddress = new Uri("https://api.telegram.org/") }; await {|DG1005:bot.PostAsync("bot1/sendMessage", new StringContent(citizen.Phone))|}; }
        """);

    [Fact]
    public Task Messaging_sdk_is_reported() => Run("""
        async Task M(Citizen citizen, Telegram.Bot.ITelegramBotClient bot) { await {|DG1005:Telegram.Bot.TelegramBotClientExtensions.SendTextMessageAsync(bot, 1, "Suspect " + citizen.NationalId)|}; }
        }
        namespace Telegram.Bot
        {
            public interface ITelegramBotClient { }
            public static class TelegramBotClientExtensions { public static System.Threading.Tasks.Task SendTextMessageAsync(this ITelegramBotClient bot, long chatId, string text) => System.Threading.Tasks.Task.CompletedTask; }
        """);

    [Fact]
    public Task Configured_transmit_sink_is_reported() => Run("""
        static class Notifier { public static Task SendAsync(string text) => Task.CompletedTask; }
        async Task M(Citizen citizen) { await {|DG1005:Notifier.SendAsync(citizen.Phone)|}; }
        """, "dataguard.transmit_sinks = M:C.Notifier.SendAsync(System.String)");

    [Fact]
    public Task Configured_transmit_sink_with_two_parameters_is_reported() => Run("""
        static class Pager { public static Task SendAsync(string to, string text) => Task.CompletedTask; }
        async Task M(Citizen citizen) { await {|DG1005:Pager.SendAsync("duty", citizen.Phone)|}; }
        """, "dataguard.transmit_sinks = M:C.Pager.SendAsync(System.String,System.String), M:C.Other.Send(System.String)");

    [Fact]
    public Task Serialized_record_to_a_webhook_is_reported() => Run("""
        record Alert(string CaseNo, string SuspectName);
        async Task M(Alert alert) { await {|DG1005:_http.PostAsync("https://hooks.slack.com/services/T/B/X", new StringContent(System.Text.Json.JsonSerializer.Serialize(alert)))|}; }
        """);

    [Fact]
    public Task Message_built_by_a_helper_is_reported() => Run("""
        static string Text(Citizen c) => $"{c.FullName} {c.Phone}";
        async Task M(Citizen citizen) { await {|DG1005:_http.PostAsync("https://notify-api.line.me/api/notify", new StringContent(Text(citizen)))|}; }
        """);

    [Fact]
    public Task Chinese_local_to_line_is_reported() => Run("""
        async Task M(string 姓名) { await {|DG1005:_http.PostAsync("https://notify-api.line.me/api/notify", new StringContent("message=" + 姓名))|}; }
        """);

    [Fact]
    public Task Teams_webhook_wildcard_host_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1005:_http.PostAsync("https://police.webhook.office.com/webhookb2/abc", new StringContent(citizen.NationalId))|}; }
        """);

    [Fact]
    public Task Typed_client_configured_in_its_constructor_is_reported() => Run("""
        class LineNotifyClient
        {
            private readonly HttpClient _client;
            public LineNotifyClient(HttpClient client) { _client = client; _client.BaseAddress = new Uri("https://notify-api.line.me/"); }
            public Task SendAsync(Citizen citizen) => {|DG1005:_client.PostAsync("api/notify", new StringContent("message=" + citizen.Phone))|};
        }
        """);

    [Fact]
    public Task Client_field_initialized_with_a_base_address_is_reported() => Run("""
        private readonly HttpClient _telegram = new() { BaseAddress = new Uri("https://api.telegram.org/") };
        Task M(Citizen citizen) => {|DG1005:_telegram.PostAsync("bot1/sendMessage", new StringContent(citizen.NationalId))|};
        """);

    [Fact]
    public Task Own_notifier_wrapper_is_reported_at_the_call_site() => Run("""
        class LineNotifier
        {
            private readonly HttpClient _http = new();
            public Task SendAsync(string message)
                => _http.PostAsync("https://notify-api.line.me/api/notify", new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message }));
        }
        async Task M(LineNotifier notifier, Citizen citizen) { await {|DG1005:notifier.SendAsync($"Suspect {citizen.FullName} {citizen.Phone}")|}; await notifier.SendAsync("Case closed"); }
        """);

    [Fact]
    public Task Wrapper_called_through_its_interface_is_reported() => Run("""
        interface INotifier { Task SendAsync(string message); }
        class LineNotifier : INotifier
        {
            private readonly HttpClient _http = new();
            public Task SendAsync(string message) => _http.PostAsync("https://notify-api.line.me/api/notify", new StringContent("message=" + message));
        }
        async Task M(INotifier notifier, Citizen citizen) { await {|DG1005:notifier.SendAsync("Suspect " + citizen.FullName)|}; await notifier.SendAsync("Case " + citizen.CaseNo); }
        """);

    [Fact]
    public Task A_phone_posted_to_twilio_by_a_method_that_sends_no_sms_is_reported() => Run("""
        async Task NotifyAsync(string toPhone, string token)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["To"] = toPhone });
            await {|DG1005:_http.PostAsync("https://api.twilio.com/2010-04-01/Accounts/" + token + "/Calls.json", form)|};
        }
        """);

    [Fact]
    public Task A_persons_name_in_an_sms_posted_to_twilio_is_reported() => Run("""
        async Task SendSmsAsync(string toPhone, Citizen citizen, string accountSid)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["To"] = toPhone, ["Body"] = "Dear " + citizen.FullName });
            await {|DG1005:_http.PostAsync($"https://api.twilio.com/2010-04-01/Accounts/{accountSid}/Messages.json", form)|};
        }
        """);

    // ----- not reported -----

    /// <summary>Round 29's booking platform: the SMS sender's recipient number handed to Twilio's message API is what it delivers to.</summary>
    [Fact]
    public Task The_recipient_number_an_sms_sender_posts_to_twilio_is_not_reported() => Run("""
        async Task SendSmsAsync(string toPhone, string message, string accountSid)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["From"] = "+15550100", ["To"] = toPhone, ["Body"] = message });
            await _http.PostAsync($"https://api.twilio.com/2010-04-01/Accounts/{accountSid}/Messages.json", form);
        }
        """);

    /// <summary>Round 32's school ERP: the SMS sender's number parameter (<c>phoneNumber</c>, not <c>to…</c>) posted to the provider's REST API.</summary>
    [Fact]
    public Task The_number_an_sms_sender_posts_to_its_provider_is_not_reported() => Run("""
        async Task SendTwilioSmsAsync(string phoneNumber, string message, string accountSid)
        {
            var form = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("To", phoneNumber), new KeyValuePair<string, string>("Body", message) });
            await _http.PostAsync($"https://api.twilio.com/2010-04-01/Accounts/{accountSid}/Messages.json", form);
        }
        """);

    [Fact]
    public Task A_phone_number_posted_by_a_method_that_sends_no_sms_is_reported() => Run("""
        async Task PlaceCallAsync(string phoneNumber, string token)
        {
            var form = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("To", phoneNumber) });
            await {|DG1005:_http.PostAsync("https://api.twilio.com/2010-04-01/Accounts/" + token + "/Calls.json", form)|};
        }
        """);

    /// <summary>
    /// Round 27's buying catalogue: GOV.UK Notify's client (a package) given the recipient's own address, through the program's
    /// wrapper, is the mail provider whose purpose is to receive it — as an SMTP client's recipient is.
    /// </summary>
    [Fact]
    public Task Recipient_handed_to_a_mail_providers_client_is_not_reported() => MailProvider("""
        public async Task Send(EmailNotification notification) => await _service.SendEmailAsync(notification.Email, "template", new Dictionary<string, dynamic>(), notification.Id.ToString());
        """);

    private static Task MailProvider(string body)
    {
        var test = Verify<PersonalDataSentToExternalHostAnalyzer>.Create(TestCode.Usings + """
            public class EmailNotification { public Guid Id { get; set; } public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
            public interface INotifyEmailService { Task<string> SendEmailAsync(string emailAddress, string templateId, Dictionary<string, dynamic> personalisation, string notificationId); }
            public class NotifyEmailService : INotifyEmailService
            {
                private readonly Notify.Interfaces.IAsyncNotificationClient _client;
                public NotifyEmailService(Notify.Interfaces.IAsyncNotificationClient client) => _client = client;
                public async Task<string> SendEmailAsync(string emailAddress, string templateId, Dictionary<string, dynamic> personalisation, string notificationId)
                    => (await _client.SendEmailAsync(emailAddress, templateId, personalisation, notificationId)).id;
            }
            public class NotificationFunction
            {
                private readonly INotifyEmailService _service = null!;
                BODY
            }
            """.Replace("BODY", body));
        var notify = test.TestState.AdditionalProjects["Notify"];
        notify.Sources.Add(("Notify.cs", """
            using System.Collections.Generic; using System.Net.Http; using System.Threading.Tasks;
            namespace Notify.Models.Responses { public class EmailNotificationResponse { public string id = ""; } }
            namespace Notify.Interfaces
            {
                public interface IAsyncNotificationClient
                {
                    Task<Notify.Models.Responses.EmailNotificationResponse> SendEmailAsync(string emailAddress, string templateId, Dictionary<string, dynamic>? personalisation = null, string? clientReference = null, string? emailReplyToId = null);
                }
            }
            namespace Notify.Client
            {
                public class NotificationClient : Notify.Interfaces.IAsyncNotificationClient
                {
                    private readonly HttpClient _http = new() { BaseAddress = new System.Uri("https://api.notifications.service.gov.uk") };
                    public Task<Notify.Models.Responses.EmailNotificationResponse> SendEmailAsync(string emailAddress, string templateId, Dictionary<string, dynamic>? personalisation = null, string? clientReference = null, string? emailReplyToId = null)
                        => Task.FromResult(new Notify.Models.Responses.EmailNotificationResponse());
                }
            }
            """));
        notify.AdditionalReferences.AddRange(References.Net80);
        test.TestState.AdditionalProjectReferences.Add("Notify");
        return test.RunAsync();
    }

    [Fact]
    public Task Allowed_host_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(_http, "https://api.police.internal/citizens", citizen); }
        """, Allowed);

    [Fact]
    public Task Wildcard_allowed_host_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://records.npa.gov.tw/api", new StringContent(citizen.NationalId)); }
        """, Allowed);

    [Fact]
    public Task Other_hosts_are_not_reported_without_an_allowlist() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://partner.example.com/api", new StringContent(citizen.NationalId)); }
        """);

    [Fact]
    public Task Masked_text_to_line_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://notify-api.line.me/api/notify", new StringContent("message=" + Masking.Mask(citizen.Phone))); }
        """);

    [Fact]
    public Task Line_without_personal_data_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://notify-api.line.me/api/notify", new StringContent($"New case {citizen.CaseNo}")); }
        """);

    [Fact]
    public Task Relative_url_with_unknown_base_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("notify", new StringContent(citizen.Phone)); }
        """, Allowed);

    [Fact]
    public Task Discord_api_outside_webhooks_is_not_a_messaging_api() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://discord.com/api/v10/applications", new StringContent(citizen.CaseNo + citizen.Phone)); }
        """);

    [Fact]
    public Task Loopback_is_never_external() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("http://localhost:8080/api", new StringContent(citizen.Phone)); }
        """, Allowed);

    [Fact]
    public Task Derived_value_to_line_is_not_reported() => Run("""
        async Task M(List<Citizen> all) { await _http.PostAsync("https://notify-api.line.me/api/notify", new StringContent($"{all.Count} citizens")); }
        """);

    [Fact]
    public Task Hashed_value_to_a_webhook_is_not_reported() => Run("""
        async Task M(Citizen citizen) { var h = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(citizen.NationalId))); await _http.PostAsync("https://hooks.slack.com/services/T/B/X", new StringContent(h)); }
        """);

    [Fact]
    public Task Class_object_text_to_line_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://notify-api.line.me/api/notify", new StringContent($"{citizen}")); }
        """);

    [Fact]
    public Task Token_only_request_is_not_reported() => Run("""
        async Task M(string token) { await _http.GetAsync($"https://api.telegram.org/bot{token}/getMe"); }
        """);

    [Fact]
    public Task Exact_allowed_host_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync($"https://api.police.internal/{citizen.CaseNo}", new StringContent(citizen.NationalId)); }
        """, Allowed);

    [Fact]
    public Task Host_chosen_at_run_time_is_not_reported() => Run("""
        async Task M(Citizen citizen, string host) { await _http.PostAsync($"https://{host}/notify", new StringContent(citizen.Phone)); }
        """, Allowed);

    [Fact]
    public Task Ignored_name_to_line_is_not_reported() => Run("""
        async Task M(string ownerName) { await _http.PostAsync("https://notify-api.line.me/api/notify", new StringContent(ownerName)); }
        """, "dataguard.ignored_names = OwnerName");
}
