namespace ChainGraph.Server.Hosting;

/// <summary>
/// Where <c>serve</c> listens: <c>--urls</c> when given; otherwise whatever ASP.NET Core is already told by its own
/// settings (<c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> — as the container image sets —, <c>urls</c> in
/// appsettings.json); only when nothing says anything, the loopback default.
/// </summary>
public static class ListenAddresses
{
    public const string Default = "http://127.0.0.1:5080";

    private static readonly string[] HostSettings =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "DOTNET_HTTP_PORTS", "DOTNET_HTTPS_PORTS", "urls", "http_ports", "https_ports",
    ];

    /// <summary>The <c>urls</c> setting to pass to the host, or null to leave the host's own settings in charge.</summary>
    public static string? Choose(string? commandLine, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(commandLine))
        {
            return commandLine.Trim();
        }
        return HostSettings.Any(key => !string.IsNullOrWhiteSpace(configuration[key])) ? null : Default;
    }
}
