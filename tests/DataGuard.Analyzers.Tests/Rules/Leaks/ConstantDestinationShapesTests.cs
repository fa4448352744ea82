using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// The §3 shapes no unseen repository has had yet, in the forms a code base spells them: mail to a constant external
/// address held in a <c>static readonly</c> field or a configuration default (MailKit, SendGrid, FluentEmail), files that
/// are logs or mail drops named by fields, and hosts chosen between <c>static readonly</c> addresses by a switch.
/// </summary>
public class ConstantDestinationShapesTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using MimeKit;

        """;

    private const string AllowShop = "dataguard.allowed_hosts = *.shop.example, shop.example";

    private static Task Run(string body, string? editorConfig = null) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer, editorConfig);

    /// <summary>A payment client whose address a switch expression picks among <c>static readonly</c> URIs (<paramref name="live"/> for "live").</summary>
    private static string PaymentBySwitch(string live, string send) => """
        class Payment
        {
            private static readonly Uri Sandbox = new("https://sandbox.shop.example/api/");
            private static readonly Uri Live = new("LIVE");
            private readonly HttpClient _http = new();

            async Task PayAsync(Buyer buyer, string stage)
            {
                var content = new StringContent(buyer.FullName + ";" + buyer.Phone);
                var address = stage switch { "live" => Live, _ => Sandbox };
                SEND;
            }
        }
        """.Replace("LIVE", live).Replace("SEND", send);

    [Fact]
    public Task Host_picked_by_a_switch_among_static_readonly_addresses_outside_the_allowlist_is_reported()
        => Run(PaymentBySwitch("https://api.gateway.example/api/", "await {|DG1005:_http.PostAsync(address, content)|}"), AllowShop);

    [Fact]
    public Task Host_picked_among_static_readonly_addresses_all_on_the_allowlist_is_not_reported()
        => Run(PaymentBySwitch("https://pay.shop.example/api/", "await _http.PostAsync(address, content)"), AllowShop);

    [Fact]
    public Task MailKit_recipient_parsed_from_a_static_readonly_public_mailbox_is_reported() => Run("""
        class OrderDesk
        {
            private static readonly string DeskMailbox = "order.desk.tw@gmail.com";

            void Forward(Buyer buyer)
            {
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse("noreply@shop.example"));
                message.To.Add(MailboxAddress.Parse(DeskMailbox));
                message.Body = new TextPart("plain") { Text = buyer.FullName + " " + buyer.Email };
                using var client = new MailKit.Net.Smtp.SmtpClient();
                client.Connect("smtp.shop.example", 465, MailKit.Security.SecureSocketOptions.SslOnConnect);
                {|DG1005:client.Send(message)|};
            }
        }
        """);

    [Fact]
    public Task SendGrid_recipient_from_a_configuration_default_outside_the_allowlist_is_reported() => Run("""
        class OrderDesk
        {
            async Task ForwardAsync(SendGrid.ISendGridClient client, IConfiguration configuration, Buyer buyer)
            {
                var to = configuration["Orders:Desk"] ?? "desk@partner-logistics.example";
                var message = SendGrid.Helpers.Mail.MailHelper.CreateSingleEmail(new SendGrid.Helpers.Mail.EmailAddress("noreply@shop.example"),
                    new SendGrid.Helpers.Mail.EmailAddress(to), "Order", buyer.FullName + " " + buyer.Phone, "");
                await {|DG1005:client.SendEmailAsync(message)|};
            }
        }
        """, AllowShop);

    [Fact]
    public Task FluentEmail_to_a_constant_on_the_allowlist_is_not_reported() => Run("""
        class OrderDesk
        {
            private const string Desk = "desk@shop.example";

            void Forward(Buyer buyer) => FluentEmail.Core.Email.From("noreply@shop.example").To(Desk).Subject("Order").Body(buyer.FullName + " " + buyer.Phone).Send();
        }
        """, AllowShop);

    [Fact]
    public Task Append_to_a_log_file_named_by_a_static_readonly_field_is_reported() => Run("""
        class RequestJournal
        {
            private static readonly string JournalPath = Path.Combine(AppContext.BaseDirectory, "logs", "orders.txt");

            void Record(Buyer buyer) => {|DG1001:File.AppendAllText(JournalPath, DateTime.UtcNow.ToString("O") + " " + buyer.Email + Environment.NewLine)|};
        }
        """);

    [Fact]
    public Task Mail_written_to_a_drop_folder_from_a_configuration_default_is_reported() => Run("""
        class DebugMailer
        {
            private readonly IConfiguration _configuration = null!;

            void Drop(Buyer buyer)
            {
                var folder = _configuration["Mail:DropFolder"] ?? "mail-drop";
                var message = new MimeMessage();
                message.To.Add(new MailboxAddress(buyer.FullName, buyer.Email));
                message.Body = new TextPart("plain") { Text = "Your order" };
                {|DG1001:message.WriteTo(Path.Combine(folder, Guid.NewGuid() + ".eml"))|};
            }
        }
        """);

    [Fact]
    public Task Export_file_named_by_a_static_readonly_field_outside_log_folders_is_not_reported() => Run("""
        class Export
        {
            private static readonly string ExportPath = Path.Combine(AppContext.BaseDirectory, "exports", "orders.csv");

            void Write(Buyer buyer) => File.AppendAllText(ExportPath, buyer.FullName + "," + buyer.Email + Environment.NewLine);
        }
        """);

    [Fact]
    public Task Mail_written_by_MimeKit_into_a_constant_drop_folder_is_reported() => Run("""
        class DebugMailer
        {
            private const string DropFolder = "/srv/shop/mail-drop";

            void Drop(Buyer buyer)
            {
                var message = new MimeMessage();
                message.To.Add(new MailboxAddress(buyer.FullName, buyer.Email));
                message.Body = new TextPart("plain") { Text = "Your order" };
                {|DG1001:message.WriteTo(Path.Combine(DropFolder, Guid.NewGuid() + ".eml"))|};
            }
        }
        """);
}
