using System.Text.Json;

namespace ChainGraph.Server.Tests.Export;

/// <summary>recruitTargets over POST /graphql, the answer every export is compared with.</summary>
internal static class GraphQLTargets
{
    public const string Query = """
        query($r: ID!, $s: ID!, $n: Int, $scope: RecruitScope) { recruitTargets(regionCode: $r, segmentId: $s, first: $n, scope: $scope) {
          company { id nameZh stockCode founded employees revenueYuan website } score anchorTies tieStrength credentials proximity distanceKm inPipeline groupLocal
          suppliesAnchors { nameZh } nearestSite { id lat lon capacity since } } }
        """;

    public static async Task<IReadOnlyList<ExpectedTarget>> LoadAsync(ServiceHost host, string region, string segment, int first, string scope = "NEW")
    {
        var r = await host.PostAsync(Query, new { r = region, s = segment, n = first, scope });
        Assert.False(r.HasErrors, r.Body.ToString());
        return Parse(r.Data.GetProperty("recruitTargets"));
    }

    /// <summary>Reads a recruitTargets array (from the API or from <c>targets --json</c>).</summary>
    public static IReadOnlyList<ExpectedTarget> Parse(JsonElement targets) =>
        targets.EnumerateArray().Select(t =>
        {
            var site = t.GetProperty("nearestSite");
            var company = t.GetProperty("company");
            string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            double? Number(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
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
                site.GetProperty("lon").GetDouble(),
                t.TryGetProperty("tieStrength", out var strength) ? strength.GetDouble() : 0,
                t.TryGetProperty("groupLocal", out var local) && local.GetBoolean(),
                Text(company, "stockCode"),
                (int?)Number(company, "founded"),
                (long?)Number(company, "employees"),
                Number(company, "revenueYuan"),
                Text(company, "website"),
                Text(site, "capacity"),
                Text(site, "since"));
        }).ToList();
}
