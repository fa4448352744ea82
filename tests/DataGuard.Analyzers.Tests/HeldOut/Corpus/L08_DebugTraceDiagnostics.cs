using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Police.Radio.Diagnostics;

public sealed class RadioGatewayProbe
{
    public void Probe(IPEndPoint endpoint, Socket socket, string officerMobile)
    {
        Debug.WriteLine($"Probing gateway {endpoint.Address}:{endpoint.Port}");
        Trace.TraceInformation("Socket family {0}", socket.AddressFamily);
        Debug.WriteLine("Paging officer at " + officerMobile); // expect: DG1001
        Trace.WriteLine($"Officer mobile configured: {officerMobile.Length > 0}");
        Trace.TraceWarning("Retrying page to {0}", officerMobile); // expect: DG1001
    }
}
