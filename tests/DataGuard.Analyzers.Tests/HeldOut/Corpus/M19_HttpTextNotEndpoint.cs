using System.Net.Http;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;

namespace Police.Interop.Soap;

public sealed class SoapEnvelopeWriter
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private readonly ILogger<SoapEnvelopeWriter> _logger;
    private readonly HttpClient _http = new();

    public SoapEnvelopeWriter(ILogger<SoapEnvelopeWriter> logger) => _logger = logger;

    public async Task SendAsync(string plateNumber)
    {
        var envelope = new XElement(Soap + "Envelope", new XElement(Soap + "Body", new XElement("Plate", plateNumber)));
        _logger.LogInformation("See http://wiki.police.internal/soap for the envelope format");
        await _http.PostAsync("https://soap.police.internal/plates", new StringContent(envelope.ToString()));
    }

    public async Task SendLegacyAsync(string plateNumber)
    {
        var envelope = new XElement(Soap + "Envelope", new XElement(Soap + "Body", new XElement("Plate", plateNumber)));
        await _http.PostAsync("http://soap.police.internal/plates", new StringContent(envelope.ToString())); // expect: DG1003
    }

    public async Task PingLegacyAsync()
    {
        var envelope = new XElement(Soap + "Envelope", new XElement(Soap + "Body", "ping"));
        await _http.PostAsync("http://soap.police.internal/ping", new StringContent(envelope.ToString()));
    }
}
