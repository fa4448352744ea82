using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataInUrlTests
{
    private static Task Run(string body, string? editorConfig = null)
        => Verify<PersonalDataInUrlAnalyzer>.Analyzer(TestCode.Wrap(body), editorConfig);

    // ----- reported -----

    [Fact]
    public Task Query_string_with_personal_data_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1002:_http.GetAsync($"https://api.police.internal/citizens?id={citizen.NationalId}")|}; }
        """);

    [Fact]
    public Task Path_built_by_concatenation_is_reported() => Run("""
        async Task M(Citizen citizen) { await {|DG1002:_http.GetStringAsync("https://api.police.internal/phones/" + citizen.Phone)|}; }
        """);

    [Fact]
    public Task New_Uri_is_reported() => Run("""
        void M(Citizen citizen) { var uri = {|DG1002:new Uri($"https://records/{citizen.NationalId}")|}; }
        """);

    [Fact]
    public Task Relative_Uri_is_reported() => Run("""
        void M(Uri root, Citizen citizen) { var uri = {|DG1002:new Uri(root, "citizens/" + citizen.NationalId)|}; }
        """);

    [Fact]
    public Task HttpRequestMessage_is_reported() => Run("""
        void M(Citizen citizen) { var request = {|DG1002:new HttpRequestMessage(HttpMethod.Get, $"/citizens/{citizen.NationalId}")|}; }
        """);

    [Fact]
    public Task UriBuilder_query_is_reported() => Run("""
        void M(Citizen citizen) { var builder = new UriBuilder("https://records"); {|DG1002:builder.Query = "phone=" + citizen.Phone|}; }
        """);

    [Fact]
    public Task UriBuilder_path_constructor_is_reported() => Run("""
        void M(Citizen citizen) { var builder = {|DG1002:new UriBuilder("https", "records", 443, "/c/" + citizen.NationalId)|}; }
        """);

    [Fact]
    public Task Url_in_a_local_is_reported() => Run("""
        async Task M(Citizen citizen) { var url = "https://x/api?name=" + citizen.FullName; var response = await {|DG1002:_http.DeleteAsync(url)|}; }
        """);

    [Fact]
    public Task Escaped_value_is_still_personal() => Run("""
        async Task M(Citizen citizen) { await {|DG1002:_http.GetAsync("https://x/?p=" + Uri.EscapeDataString(citizen.Phone))|}; }
        """);

    [Fact]
    public Task Url_of_a_post_with_a_body_is_reported() => Run("""
        async Task M(Citizen citizen, HttpContent body) { await {|DG1002:_http.PostAsync($"https://x/api/{citizen.NationalId}", body)|}; }
        """);

    [Fact]
    public Task Json_extension_url_is_reported() => Run("""
        async Task M(Citizen citizen) { var c = await {|DG1002:System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<Citizen>(_http, "https://x/api?id=" + citizen.NationalId)|}; }
        """);

    [Fact]
    public Task Url_built_by_a_helper_is_reported() => Run("""
        static string CitizenUrl(string id) => $"https://x/api/citizens/{id}";
        async Task M(Citizen citizen) { await {|DG1002:_http.GetAsync(CitizenUrl(citizen.NationalId))|}; }
        """);

    [Fact]
    public Task Chinese_identifier_in_url_is_reported() => Run("""
        async Task M(string 手機) { await {|DG1002:_http.GetAsync("https://x/?p=" + 手機)|}; }
        """);

    [Fact]
    public Task Vehicle_plate_is_reported() => Run("""
        class Vehicle { public string PlateNumber { get; set; } = ""; public string LicensePlate { get; set; } = ""; }
        async Task M(Vehicle v) { await {|DG1002:_http.GetAsync($"https://x/vehicles/{v.PlateNumber}")|}; await {|DG1002:_http.GetAsync(string.Format("https://x/v/{0}", v.LicensePlate))|}; }
        """);

    [Fact]
    public Task WebRequest_create_is_reported() => Run("""
        #pragma warning disable SYSLIB0014
        void M(string email) { var request = {|DG1002:System.Net.WebRequest.Create("https://x/?mail=" + email)|}; }
        """);

    [Fact]
    public Task WebClient_is_reported() => Run("""
        #pragma warning disable SYSLIB0014
        void M(string idNo) { using var client = new System.Net.WebClient(); var text = {|DG1002:client.DownloadString("https://x/?id=" + idNo)|}; }
        """);

    // ----- not reported -----

    [Fact]
    public Task Personal_data_in_the_body_is_not_reported() => Run("""
        async Task M(Citizen citizen)
        {
            await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(_http, "https://x/api/citizens", citizen);
            await _http.PostAsync("https://x/api", new StringContent(citizen.NationalId));
        }
        """);

    [Fact]
    public Task Masked_value_in_url_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.GetAsync("https://x/?id=" + Masking.Mask(citizen.NationalId)); }
        """);

    [Fact]
    public Task Non_personal_values_in_url_are_not_reported() => Run("""
        async Task M(Citizen citizen, string caseId) { await _http.GetAsync($"https://x/cases/{citizen.CaseNo}/{caseId}?age={citizen.Age}"); }
        """);

    [Fact]
    public Task Uri_argument_is_reported_where_it_is_built_not_where_it_is_used() => Run("""
        async Task M(Citizen citizen) { var uri = new Uri("https://x/api"); await _http.GetAsync(uri); }
        """);

    [Fact]
    public Task Derived_values_in_url_are_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.GetAsync($"https://x/?len={citizen.NationalId.Length}&empty={string.IsNullOrEmpty(citizen.Phone)}&f={nameof(citizen.Phone)}"); }
        """);

    [Fact]
    public Task Hashed_value_in_url_is_not_reported() => Run("""
        async Task M(Citizen citizen) { var h = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(citizen.NationalId))); await _http.GetAsync("https://x/?h=" + h); }
        """);

    [Fact]
    public Task Look_alike_names_in_url_are_not_reported() => Run("""
        async Task M(string phoneModel, string emailTemplateId, string idNumberFormat) { await _http.GetAsync($"https://x/?m={phoneModel}&t={emailTemplateId}&f={idNumberFormat}"); }
        """);

    [Fact]
    public Task Constant_url_is_not_reported() => Run("""
        const string Endpoint = "https://x/api/citizens";
        async Task M() { await _http.GetAsync(Endpoint); var u = new Uri(Endpoint); var r = new HttpRequestMessage(HttpMethod.Get, Endpoint); }
        """);

    [Fact]
    public Task Header_is_not_the_url() => Run("""
        void M(Citizen citizen) { var r = new HttpRequestMessage(HttpMethod.Get, "https://x/api"); r.Headers.Add("X-Case", citizen.NationalId); }
        """);

    [Fact]
    public Task Masked_reassignment_is_not_reported() => Run("""
        async Task M(Citizen citizen) { var id = citizen.NationalId; id = Masking.Mask(id); await _http.GetAsync("https://x/?id=" + id); }
        """);

    [Fact]
    public Task Redacted_value_is_not_reported() => Run("""
        async Task M(Citizen citizen, Microsoft.Extensions.Compliance.Redaction.Redactor redactor) { await _http.GetAsync("https://x/?id=" + redactor.Redact(citizen.NationalId)); }
        """);

    [Fact]
    public Task Ignored_name_is_not_reported() => Run("""
        async Task M(string vehicleNo) { await _http.GetAsync("https://x/?v=" + vehicleNo); }
        """, "dataguard.ignored_names = VehicleNo");

    [Fact]
    public Task UriBuilder_host_from_config_is_not_reported() => Run("""
        void M(string host) { var builder = new UriBuilder("https", host); builder.Path = "/api/status"; }
        """);

    [Fact]
    public Task Personal_data_used_only_to_choose_the_url_is_not_reported() => Run("""
        async Task M(Citizen citizen) { var url = citizen.NationalId.StartsWith("A") ? "https://x/north" : "https://x/south"; await _http.GetAsync(url); }
        """);

    [Fact]
    public Task Object_without_personal_ToString_is_not_reported() => Run("""
        async Task M(Citizen citizen) { await _http.GetAsync($"https://x/?c={citizen}"); }
        """);
}
