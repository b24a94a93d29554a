using ChainGraph.TestSupport;
using YamlDotNet.Serialization;

namespace ChainGraph.Store.Neo4j.Tests.Deployment;

/// <summary>docker-compose.yml and the Dockerfile, checked offline: what the Neo4j deployment relies on.</summary>
public sealed class ComposeFileTests
{
    private static readonly Dictionary<object, object> Compose =
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(Repo.Root, "docker-compose.yml")));

    private static Dictionary<object, object> Service(string name) => Map(Map(Compose, "services"), name);

    [Fact]
    public void Neo4j_runs_5_26_or_later_with_auth_a_health_check_and_a_named_volume()
    {
        var neo4j = Service("neo4j");
        var image = Text(neo4j, "image");
        Assert.Matches("^neo4j:(5\\.26|202[5-9]\\.)", image);
        Assert.StartsWith("neo4j/", Text(Map(neo4j, "environment"), "NEO4J_AUTH"), StringComparison.Ordinal);
        var test = string.Join(' ', List(Map(neo4j, "healthcheck"), "test"));
        Assert.Contains("7474", test, StringComparison.Ordinal);
        var volume = List(neo4j, "volumes").Select(v => v.ToString()!).Single(v => v.EndsWith(":/data", StringComparison.Ordinal));
        var volumeName = volume[..volume.IndexOf(':', StringComparison.Ordinal)];
        Assert.True(Map(Compose, "volumes").ContainsKey(volumeName), $"volume {volumeName} is not declared at the top level");
        Assert.Contains("./graph-seed:/import:ro", List(neo4j, "volumes").Select(v => v.ToString()));
    }

    [Fact]
    public void The_service_is_built_here_waits_for_a_healthy_Neo4j_and_is_configured_for_it()
    {
        var service = Service("chaingraph");
        var build = Map(service, "build");
        Assert.True(File.Exists(Path.Combine(Repo.Root, Text(build, "context"), Text(build, "dockerfile"))));
        Assert.Equal("service_healthy", Text(Map(Map(service, "depends_on"), "neo4j"), "condition"));
        var environment = Map(service, "environment");
        Assert.Equal("Neo4j", Text(environment, "ChainGraph__Store__Kind"));
        Assert.Equal("http://neo4j:7474", Text(environment, "ChainGraph__Neo4j__Uri"));
        // The password the service uses is the one Neo4j is started with.
        var auth = Text(Map(Service("neo4j"), "environment"), "NEO4J_AUTH");
        Assert.Equal(auth, Text(environment, "ChainGraph__Neo4j__User") + "/" + Text(environment, "ChainGraph__Neo4j__Password"));
        Assert.Contains("/health/ready", string.Join(' ', List(Map(service, "healthcheck"), "test")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_is_multi_stage_runs_as_a_non_root_user_and_checks_readiness()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "Dockerfile")).Select(l => l.Trim()).ToArray();
        Assert.True(lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, "a build stage and a runtime stage");
        Assert.Contains(lines, l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotContain("root", user, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("/health/ready", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ChainGraph__Store__Kind=Neo4j", StringComparison.Ordinal));
        // every project the server needs is restored in the image
        foreach (var project in Directory.GetDirectories(Path.Combine(Repo.Root, "src")).Select(Path.GetFileName))
        {
            Assert.Contains(lines, l => l.Contains($"src/{project}/{project}.csproj", StringComparison.Ordinal));
        }
    }

    private static Dictionary<object, object> Map(Dictionary<object, object> map, string key) =>
        Assert.IsType<Dictionary<object, object>>(map[key]);

    private static List<object> List(Dictionary<object, object> map, string key) =>
        Assert.IsType<List<object>>(map[key]);

    private static string Text(Dictionary<object, object> map, string key) => Assert.IsType<string>(map[key]);
}
