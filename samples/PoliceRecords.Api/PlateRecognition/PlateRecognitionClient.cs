using System.Net.Http.Json;
using PoliceRecords.Api.Domain;
using PoliceRecords.Api.Privacy;

namespace PoliceRecords.Api.PlateRecognition;

/// <summary>
/// Client of the plate-recognition (e-Police camera) service. Sightings let an officer track where a car has been,
/// which is exactly why plates must not end up in URLs, proxy logs and access logs.
/// </summary>
public sealed class PlateRecognitionClient(HttpClient http, SubjectFingerprint fingerprint)
{
    private const string Service = "https://api.police.internal/plate-recognition";

    // ---- As first written: the plate and the owner's ID travel in the URL. ----

    public async Task<string> SightingsLegacyAsync(string plateNumber, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"{Service}/plates/{plateNumber}/sightings", cancellationToken); // expect: DG1002
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public HttpRequestMessage OwnerHistoryRequestLegacy(Vehicle vehicle)
        => new(HttpMethod.Get, Service + "/owners?id=" + vehicle.OwnerNationalId.ToUpperInvariant()); // expect: DG1002

    // ---- Fixed: the plate goes in the body of an https POST to an allowed host; the URL carries no personal data. ----

    public async Task<string> SightingsAsync(string plateNumber, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"{Service}/sightings/search", new { plateNumber }, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public HttpRequestMessage OwnerHistoryRequest(Vehicle vehicle)
        => new(HttpMethod.Get, Service + "/owners?subject=" + fingerprint.Of(vehicle.OwnerNationalId));

    /// <summary>Sends a request built above and returns the service's JSON.</summary>
    public async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
    }
}
