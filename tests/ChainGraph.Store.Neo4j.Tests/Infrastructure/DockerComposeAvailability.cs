namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>The docker CLI with its compose plugin (no engine needed for <c>docker compose config</c>).</summary>
public sealed class DockerComposeAvailability : IAvailability
{
    private static readonly Lazy<string?> Reason = new(() =>
        Tool.Run("docker", "compose version", null, TimeSpan.FromSeconds(30)) is { ExitCode: 0 }
            ? null
            : "the docker compose plugin is not installed (the compose file is still checked offline by ComposeFileTests)");

    public string? SkipReason => Reason.Value;
}
