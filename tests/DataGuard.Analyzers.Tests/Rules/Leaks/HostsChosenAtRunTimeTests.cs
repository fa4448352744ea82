using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>Hosts chosen at run time between constants: every constant the URL can take is checked against the allowlist.</summary>
public class HostsChosenAtRunTimeTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;

        """;

    private const string AllowShop = "dataguard.allowed_hosts = *.shop.example, pay.shop.example";

    private static Task Run(string body, string? editorConfig = AllowShop) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer, editorConfig);

    [Fact]
    public Task Conditional_between_two_constant_hosts_is_reported() => Run("""
        class Payment
        {
            private const string SandboxUrl = "https://sandbox.payments.example/api/orders";
            private static readonly string LiveUrl = "https://api.payments.example/api/orders";
            private readonly HttpClient _http = new();
            private readonly bool _sandbox;

            async Task PayAsync(Buyer buyer)
            {
                var url = _sandbox ? SandboxUrl : LiveUrl;
                var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = buyer.FullName, ["email"] = buyer.Email, ["phone"] = buyer.Phone });
                await {|DG1005:_http.PostAsync(url, form)|};
            }
        }
        """);

    [Fact]
    public Task Switch_expression_over_constant_hosts_is_reported() => Run("""
        class Payment
        {
            private readonly HttpClient _http = new();

            async Task PayAsync(Buyer buyer, string region)
            {
                var host = region switch { "tw" => "https://pay.shop.example", "jp" => "https://jp.gateway.example", _ => "https://pay.shop.example" };
                await {|DG1005:_http.PostAsync(host + "/orders", new StringContent(buyer.Phone))|};
            }
        }
        """);

    [Fact]
    public Task Configuration_default_outside_the_allowlist_is_reported() => Run("""
        class Payment
        {
            private readonly HttpClient _http = new();
            private readonly IConfiguration _configuration = null!;

            async Task PayAsync(Buyer buyer)
            {
                var endpoint = _configuration["Payment:Endpoint"] ?? "https://gateway.payments.example/v2/charge";
                await {|DG1005:_http.PostAsync(endpoint, new StringContent(buyer.Email))|};
            }
        }
        """);

    [Fact]
    public Task Plain_http_on_one_branch_is_an_unencrypted_channel() => Run("""
        class Payment
        {
            private readonly HttpClient _http = new();

            async Task PayAsync(Buyer buyer, bool legacy)
            {
                await {|DG1003:_http.PostAsync(legacy ? "http://pay.shop.example/orders" : "https://pay.shop.example/orders", new StringContent(buyer.Phone))|};
            }
        }
        """);

    [Fact]
    public Task Every_constant_inside_the_allowlist_is_not_reported() => Run("""
        class Payment
        {
            private const string Sandbox = "https://sandbox.shop.example/api";
            private const string Live = "https://pay.shop.example/api";
            private readonly HttpClient _http = new();
            private readonly IConfiguration _configuration = null!;

            async Task PayAsync(Buyer buyer, bool sandbox)
            {
                var url = sandbox ? Sandbox : Live;
                await _http.PostAsync(url, new StringContent(buyer.Phone));
                await _http.PostAsync(_configuration["Payment:Endpoint"] ?? Live, new StringContent(buyer.Phone));
            }
        }
        """);

    [Fact]
    public Task Outside_host_without_personal_data_is_not_reported() => Run("""
        class Payment
        {
            private readonly HttpClient _http = new();

            async Task PayAsync(Buyer buyer, bool sandbox)
                => await _http.PostAsync(sandbox ? "https://sandbox.payments.example/api" : "https://api.payments.example/api", new StringContent(buyer.OrderNo));
        }
        """);

    [Fact]
    public Task Default_of_an_options_class_address_is_one_of_its_hosts() => Run("""
        public class PaymentOptions
        {
            public string Currency { get; set; } = "TWD";
            public Uri Endpoint { get; set; } = new("https://api.payments.example/v1/orders");
        }

        class Payment
        {
            private readonly HttpClient _http = new();
            private readonly PaymentOptions _options = new();

            async Task PayAsync(Buyer buyer)
                => await {|DG1005:_http.PostAsync(_options.Endpoint, new StringContent(buyer.Phone))|};
        }
        """);

    [Fact]
    public Task Default_of_an_options_class_address_on_the_allowlist_is_not_reported() => Run("""
        public class PaymentOptions
        {
            public string Endpoint { get; set; } = "https://pay.shop.example/v1/orders";
        }

        class Payment
        {
            private readonly HttpClient _http = new();
            private readonly PaymentOptions _options = new();

            async Task PayAsync(Buyer buyer) => await _http.PostAsync(_options.Endpoint, new StringContent(buyer.Phone));
        }
        """);
}
