using System.Net;
using System.Net.Sockets;

namespace ChainGraph.TestSupport;

/// <summary>Loopback ports for tests that start a listener or need an address where nothing listens.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now (the system's pick, released at once).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
