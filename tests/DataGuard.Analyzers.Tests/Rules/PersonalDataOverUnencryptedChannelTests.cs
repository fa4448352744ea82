using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataOverUnencryptedChannelTests
{
    private static Task Run(string body, string? editorConfig = null)
        => Verify<PersonalDataOverUnencryptedChannelAnalyzer>.Analyzer("#pragma warning disable SYSLIB0014\n" + TestCode.Wrap(body), editorConfig);

    // ----- reported -----

    [Fact]
    public Task Http_post_with_personal_body_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1003:_http.PostAsync("http://records.police.local/api", new StringContent(citizen.NationalId))|}; }
        """);

    [Fact]
    public Task Http_get_with_personal_query_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1003:_http.GetAsync($"http://records/api?phone={citizen.Phone}")|}; }
        """);

    [Fact]
    public Task Constant_endpoint_is_reported() => Run("""
        const string Legacy = "http://legacy.police.local/api/citizens";
        async Task M(Citizen citizen) { await {|DG1003:System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(_http, Legacy, citizen)|}; }
        """);

    [Fact]
    public Task Readonly_uri_field_is_reported() => Run("""
        static readonly Uri Endpoint = new("http://legacy/api");
        async Task M(Citizen citizen) { await {|DG1003:_http.PostAsync(Endpoint, new StringContent(citizen.FullName))|}; }
        """);

    [Fact]
    public Task Base_address_from_initializer_is_reported() => Run("""
        async Task M(Citizen citizen) { var client = new HttpClient { BaseAddress = new Uri("http://legacy/") }; await {|DG1003:client.PostAsync("api/citizens", new StringContent(citizen.Phone))|}; }
        """);

    [Fact]
    public Task Base_address_assigned_later_is_reported() => Run("""
        async Task M(Citizen citizen) { var client = new HttpClient(); client.BaseAddress = new Uri("http://legacy/"); await {|DG1003:client.PostAsync("api", new StringContent(citizen.Phone))|}; }
        """);

    [Fact]
    public Task Request_message_sent_over_http_is_reported() => Run("""
        async Task M(Citizen citizen)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "http://legacy/api") { Content = new StringContent(citizen.NationalId) };
            await {|DG1003:_http.SendAsync(request)|};
        }
        """);

    [Fact]
    public Task Request_content_assigned_later_is_reported() => Run("""
        async Task M(Citizen citizen)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "http://legacy/api");
            request.Content = new StringContent("id=" + citizen.NationalId);
            await {|DG1003:_http.SendAsync(request)|};
        }
        """);

    [Fact]
    public Task Ftp_upload_is_reported() => Run("""
        void M(Citizen citizen) { using var client = new System.Net.WebClient(); {|DG1003:client.UploadString("ftp://files.police.local/in/case.txt", citizen.FullName)|}; }
        """);

    [Fact]
    public Task Smtp_without_ssl_is_reported() => Run("""
        void M(Citizen citizen)
        {
            using var smtp = new System.Net.Mail.SmtpClient("mail.police.local");
            smtp.EnableSsl = false;
            var mail = new System.Net.Mail.MailMessage("a@x", "b@x");
            mail.Body = "Suspect phone " + citizen.Phone;
            {|DG1003:smtp.Send(mail)|};
        }
        """);

    [Fact]
    public Task Smtp_without_ssl_in_initializer_is_reported() => Run("""
        void M(Citizen citizen)
        {
            var smtp = new System.Net.Mail.SmtpClient("mail.police.local") { EnableSsl = false };
            {|DG1003:smtp.Send("a@x", "b@x", "case", $"Citizen {citizen.NationalId}")|};
        }
        """);

    [Fact]
    public Task Interpolated_url_with_constant_scheme_is_reported() => Run("""
        async Task M(Citizen citizen, string path) { await {|DG1003:_http.PostAsync($"http://legacy/{path}", new StringContent(citizen.Phone))|}; }
        """);

    [Fact]
    public Task Serialized_object_over_http_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1003:_http.PostAsync("http://legacy/api", System.Net.Http.Json.JsonContent.Create(citizen))|}; }
        """);

    [Fact]
    public Task Body_built_by_a_helper_is_reported() => Run("""
        static string Payload(Citizen c) => "{\"id\":\"" + c.NationalId + "\"}";
        async Task M(Citizen citizen) { await {|DG1003:_http.PostAsync("http://legacy/api", new StringContent(Payload(citizen)))|}; }
        """);

    [Fact]
    public Task Chinese_local_over_http_is_reported() => Run("""
        async Task M(string 住址) { await {|DG1003:_http.PostAsync("http://legacy/api", new StringContent(住址))|}; }
        """);

    [Fact]
    public Task Url_from_a_local_constant_is_reported() => Run("""
        async Task M(Citizen citizen) { var url = "http://legacy/api/" + "citizens"; await {|DG1003:_http.PutAsync(url, new StringContent(citizen.FullName))|}; }
        """);

    [Fact]
    public Task Ftp_request_stream_is_reported() => Run("""
        void M(Citizen citizen)
        {
            var request = (System.Net.FtpWebRequest)System.Net.WebRequest.Create("ftp://files.police.local/upload/list.csv");
            request.Method = System.Net.WebRequestMethods.Ftp.UploadFile;
            using var stream = request.GetRequestStream();
            var bytes = Encoding.UTF8.GetBytes(citizen.NationalId + "," + citizen.FullName);
            {|DG1003:stream.Write(bytes, 0, bytes.Length)|};
        }
        """);

    [Fact]
    public Task Ftp_request_stream_writer_is_reported() => Run("""
        void M(Citizen citizen)
        {
            var request = System.Net.WebRequest.Create("ftp://files.police.local/upload/list.csv");
            using var writer = new System.IO.StreamWriter(request.GetRequestStream());
            {|DG1003:writer.WriteLine(citizen.Phone)|};
        }
        """);

    // ----- not reported -----

    [Fact]
    public Task File_stream_is_not_a_channel() => Run("""
        void M(Citizen citizen) { using var file = System.IO.File.Create("export.csv"); var bytes = Encoding.UTF8.GetBytes(citizen.NationalId); file.Write(bytes, 0, bytes.Length); }
        """);

    [Fact]
    public Task Sftp_style_https_request_stream_is_not_reported() => Run("""
        void M(Citizen citizen)
        {
            var request = System.Net.WebRequest.Create("https://files.police.local/upload");
            using var writer = new System.IO.StreamWriter(request.GetRequestStream());
            writer.WriteLine(citizen.Phone);
        }
        """);

    [Fact]
    public Task Https_endpoint_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("https://records/api", new StringContent(citizen.NationalId)); }
        """);

    [Fact]
    public Task Loopback_http_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("http://localhost:5000/api", new StringContent(citizen.NationalId)); await _http.PostAsync("http://127.0.0.1/api", new StringContent(citizen.Phone)); }
        """);

    [Fact]
    public Task Http_without_personal_data_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("http://legacy/api", new StringContent(citizen.CaseNo)); }
        """);

    [Fact]
    public Task Smtp_with_ssl_is_not_reported() => Run("""
        void M(Citizen citizen) { var smtp = new System.Net.Mail.SmtpClient("mail") { EnableSsl = true }; smtp.Send("a@x", "b@x", "case", citizen.Phone); }
        """);

    [Fact]
    public Task Http_text_in_a_log_message_is_not_an_endpoint() => Run("""
        void M(Citizen citizen) { _logger.LogInformation("See http://wiki/privacy for {Id}", citizen.NationalId); }
        """);

    [Fact]
    public Task Xml_namespace_is_not_an_endpoint() => Run("""
        void M(Citizen citizen) { System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom"; var e = new System.Xml.Linq.XElement(ns + "id", citizen.NationalId); }
        """);

    [Fact]
    public Task Masked_body_over_http_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("http://legacy/api", new StringContent(Masking.Mask(citizen.NationalId))); }
        """);

    [Fact]
    public Task Unknown_endpoint_is_not_reported() => Run("""
        async Task M(Citizen citizen, string url) { await _http.PostAsync(url, new StringContent(citizen.NationalId)); }
        """);

    [Fact]
    public Task Relative_url_with_unknown_base_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("api/citizens", new StringContent(citizen.NationalId)); }
        """);

    [Fact]
    public Task Https_base_address_is_not_reported() => Run("""
        async Task M(Citizen citizen) { var client = new HttpClient { BaseAddress = new Uri("https://records/") }; await client.PostAsync("api", new StringContent(citizen.Phone)); }
        """);

    [Fact]
    public Task Derived_value_over_http_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("http://legacy/api", new StringContent(citizen.NationalId.Length.ToString())); }
        """);

    [Fact]
    public Task Hashed_value_over_http_is_not_reported() => Run("""
        async Task M(Citizen citizen) { var h = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(Encoding.UTF8.GetBytes(citizen.Phone))); await _http.PostAsync("http://legacy/api", new StringContent(h)); }
        """);

    [Fact]
    public Task Smtp_ssl_switched_back_on_is_not_reported() => Run("""
        void M(Citizen citizen) { var smtp = new System.Net.Mail.SmtpClient("mail") { EnableSsl = false }; smtp.EnableSsl = true; smtp.Send("a@x", "b@x", "case", citizen.Phone); }
        """);

    [Fact]
    public Task Scheme_chosen_at_run_time_is_not_reported() => Run("""
        async Task M(Citizen citizen, string scheme) { await _http.PostAsync($"{scheme}://legacy/api", new StringContent(citizen.Phone)); }
        """);

    [Fact]
    public Task Https_request_message_is_not_reported() => Run("""
        async Task M(Citizen citizen) { var r = new HttpRequestMessage(HttpMethod.Post, "https://legacy/api") { Content = new StringContent(citizen.NationalId) }; await _http.SendAsync(r); }
        """);

    [Fact]
    public Task Class_object_text_over_http_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.PostAsync("http://legacy/api", new StringContent($"{citizen}")); }
        """);
}
