namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>The docker CLI with its compose plugin (no engine needed for <c>docker compose config</c>).</summary>
internal static class DockerComposeAvailability
{
    private static readonly Lazy<string?> Reason = new(() =>
        Tool.Run("docker", "compose version", null, TimeSpan.FromSeconds(30)) is { ExitCode: 0 }
            ? null
            : "the docker compose plugin is not installed (the compose file is still checked offline by ComposeFileTests)");

    /// <summary>Reports the calling test as skipped, with the reason, without the compose plugin (xUnit.net's dynamic skip).</summary>
    public static void SkipUnlessAvailable()
    {
        if (Reason.Value is { } reason)
        {
            Assert.Skip(reason);
        }
    }
}
