using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Police.Integrations.Telecom;

public sealed class TelecomSubscriberClient
{
    private readonly HttpClient _http;

    public TelecomSubscriberClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://lawful-intercept.telecom.example.tw/");
    }

    private static string Query(IDictionary<string, string> parameters) =>
        string.Join("&", parameters.Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value)}"));

    public Task<string> SubscriberAsync(string mobile, string warrantNo)
    {
        var q = new Dictionary<string, string> { ["msisdn"] = mobile, ["warrant"] = warrantNo };
        return _http.GetStringAsync("subscribers?" + Query(q)); // expect: DG1002
    }

    public Task<string> WarrantAsync(string warrantNo)
    {
        var q = new Dictionary<string, string> { ["warrant"] = warrantNo };
        return _http.GetStringAsync("warrants?" + Query(q));
    }

    public async Task<string> SubscriberByBodyAsync(string mobile, string warrantNo)
    {
        _http.DefaultRequestHeaders.Remove("X-Warrant");
        _http.DefaultRequestHeaders.Add("X-Warrant", warrantNo);
        using var response = await _http.PostAsJsonAsync("subscribers/search", new { msisdn = mobile });
        return await response.Content.ReadAsStringAsync();
    }
}
