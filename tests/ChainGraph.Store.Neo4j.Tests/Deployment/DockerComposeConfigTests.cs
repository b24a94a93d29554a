using ChainGraph.Store.Neo4j.Tests.Infrastructure;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Neo4j.Tests.Deployment;

/// <summary>docker compose itself accepts the file (the CLI validates without an engine). Skipped without the plugin.</summary>
public sealed class DockerComposeConfigTests
{
    public DockerComposeConfigTests() => DockerComposeAvailability.SkipUnlessAvailable();

    [Fact]
    public void Docker_compose_accepts_the_file()
    {
        var result = Tool.Run("docker", "compose -f docker-compose.yml config --quiet", Repo.Root, TimeSpan.FromMinutes(1));
        Assert.NotNull(result);
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
