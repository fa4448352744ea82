using System;
using System.Net;
using System.Net.NetworkInformation;
using System.Reflection;

namespace Police.Tools.NetCheck;

public static class NetCheck
{
    public static void Run(IPEndPoint radioGateway, string dutyOfficerPhone)
    {
        Console.WriteLine($"Gateway {radioGateway.Address} port {radioGateway.Port}");
        Console.WriteLine($"Address family {radioGateway.AddressFamily}");
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            Console.WriteLine("{0}: {1}", nic.Name, nic.GetPhysicalAddress());
        }

        Console.WriteLine($"Assembly {Assembly.GetExecutingAssembly().FullName}");
        Console.WriteLine($"Entry type {typeof(NetCheck).FullName}");
        Console.WriteLine($"Escalation contact configured: {!string.IsNullOrEmpty(dutyOfficerPhone)}");
        Console.WriteLine($"Escalate to {dutyOfficerPhone}"); // expect: DG1001
    }
}
