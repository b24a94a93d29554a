using System.Text.Json;

namespace ChainGraph.Server.Tests.Export;

/// <summary>recruitTargets over POST /graphql, the answer every export is compared with.</summary>
internal static class GraphQLTargets
{
    public const string Query = """
        query($r: ID!, $s: ID!, $n: Int) { recruitTargets(regionCode: $r, segmentId: $s, first: $n) {
          company { id nameZh } score anchorTies credentials proximity distanceKm inPipeline
          suppliesAnchors { nameZh } nearestSite { id lat lon } } }
        """;

    public static async Task<IReadOnlyList<ExpectedTarget>> LoadAsync(ServiceHost host, string region, string segment, int first)
    {
        var r = await host.PostAsync(Query, new { r = region, s = segment, n = first });
        Assert.False(r.HasErrors, r.Body.ToString());
        return Parse(r.Data.GetProperty("recruitTargets"));
    }

    /// <summary>Reads a recruitTargets array (from the API or from <c>targets --json</c>).</summary>
    public static IReadOnlyList<ExpectedTarget> Parse(JsonElement targets) =>
        targets.EnumerateArray().Select(t =>
        {
            var site = t.GetProperty("nearestSite");
            return new ExpectedTarget(
                t.GetProperty("company").GetProperty("id").GetString()!,
                t.GetProperty("company").GetProperty("nameZh").GetString()!,
                t.GetProperty("score").GetDouble(),
                t.GetProperty("anchorTies").GetInt32(),
                t.GetProperty("credentials").GetInt32(),
                t.GetProperty("proximity").GetDouble(),
                t.GetProperty("distanceKm").GetDouble(),
                t.GetProperty("inPipeline").GetBoolean(),
                string.Join("、", t.GetProperty("suppliesAnchors").EnumerateArray().Select(a => a.GetProperty("nameZh").GetString())),
                site.GetProperty("id").GetString()!,
                site.GetProperty("lat").GetDouble(),
                site.GetProperty("lon").GetDouble());
        }).ToList();
}
