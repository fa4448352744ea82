using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Police.Integrations.Errors;

public sealed class RegistryUnavailableException : Exception
{
    public RegistryUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}

public static class RegistryErrors
{
    public static Exception Unavailable(string plateNumber) => new RegistryUnavailableException("Registry down while checking " + plateNumber); // expect: DG1006

    public static void ThrowNotFound(string nationalId) => throw new KeyNotFoundException($"No record for {nationalId}"); // expect: DG1006

    public static void ThrowNotFoundSafe(string nationalId) => throw new KeyNotFoundException($"No record ({nationalId.Length} chars)");
}

public sealed class RegistryGateway
{
    public string Lookup(string nationalId, HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Registry returned {(int)response.StatusCode} for {nationalId}"); // expect: DG1006
        }

        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var ex = new InvalidOperationException("Unexpected registry payload");
        ex.Data["nationalIdLength"] = nationalId.Length;
        return string.IsNullOrEmpty(body) ? throw ex : body;
    }

    public void Validate(string? suspectName)
    {
        ArgumentException.ThrowIfNullOrEmpty(suspectName);
        if (suspectName.Length > 40)
        {
            throw new ArgumentException($"Name too long: {suspectName.Length} characters", nameof(suspectName));
        }
    }
}
