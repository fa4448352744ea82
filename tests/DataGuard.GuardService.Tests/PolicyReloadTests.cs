using System.Net;
using DataGuard.Testing.StubUpstream;
using static DataGuard.GuardService.Tests.Prompts;

namespace DataGuard.GuardService.Tests;

public class PolicyReloadTests
{
    [Fact]
    public async Task Editing_the_policy_file_takes_effect_without_a_restart()
    {
        await using var stub = await StubUpstream.StartAsync();
        var folder = Directory.CreateTempSubdirectory("dataguard-policy-").FullName;
        var policyFile = Path.Combine(folder, "policy.json");
        await File.WriteAllTextAsync(policyFile, """{"DataGuard":{"Policy":{"Types":{"TW_NATIONAL_ID":{"Action":"block"}}}}}""");
        await using var guard = GuardHost.Start(stub, new Dictionary<string, string?> { ["test:policyFile"] = policyFile });

        using (var blocked = await guard.PostJsonAsync(AzureChat, Chat($"id {Id}"))) Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        await File.WriteAllTextAsync(policyFile, """{"DataGuard":{"Policy":{"Types":{"TW_NATIONAL_ID":{"Action":"redact"}}}}}""");

        // Generous: the loop ends as soon as the edit is seen, and a loaded CI machine can take seconds to deliver it.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            using var response = await guard.PostJsonAsync(AzureChat, Chat($"id {Id}"));
            status = response.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<TW_NATIONAL_ID_1>", stub.Requests[^1].BodyText, StringComparison.Ordinal);

        // A broken edit does not open the gate: requests are refused (503) until the file is fixed.
        await File.WriteAllTextAsync(policyFile, """{"DataGuard":{"Policy":{"Types":{"TW_NATIONAL_ID":{"Action":"alow"}}}}}""");
        var count = stub.Requests.Count;
        deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(200);
            using var response = await guard.PostJsonAsync(AzureChat, Chat($"id {Id}"));
            status = response.StatusCode;
        }
        while (status != HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        using (var clean = await guard.PostJsonAsync(AzureChat, Chat("hello"))) Assert.Equal(HttpStatusCode.ServiceUnavailable, clean.StatusCode);
        Assert.DoesNotContain(stub.Requests.Skip(count), r => r.BodyText.Contains(Id, StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }
}
