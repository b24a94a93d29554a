using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ChainGraph.Store.Neo4j.Cypher;

/// <summary>
/// The store's Cypher, read from the embedded <c>Cypher/*.cypher</c> resources: one property per file, named
/// after it. Values reach Neo4j only as <c>$parameters</c>; nothing is concatenated into a statement.
/// </summary>
internal static class CypherScripts
{
    private const string Prefix = "ChainGraph.Store.Neo4j.Cypher.";
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Ping => Load();
    public static string GetChains => Load();
    public static string GetSegments => Load();
    public static string GetFlows => Load();
    public static string GetRegions => Load();
    public static string FindRegions => Load();
    public static string GetCompanies => Load();
    public static string FindCompanies => Load();
    public static string GetSites => Load();
    public static string GetSitesOfCompanies => Load();
    public static string GetSuppliesOfCompanies => Load();
    public static string GetProjects => Load();
    public static string GetProjectsInRegion => Load();
    public static string GetProjectsOfCompanies => Load();
    public static string GetAnchorsOfCompanies => Load();
    public static string GetRegionPriorities => Load();
    public static string GetSegmentPresence => Load();
    public static string GetLocalCompanies => Load();
    public static string GetLocalAnchors => Load();
    public static string GetRecruitCandidates => Load();
    public static string GetGroupSupplyTies => Load();
    public static string GetChainCompanyCounts => Load();
    public static string GetCustomers => Load();
    public static string GetStats => Load();
    public static string FindChainKeys => Load();
    public static string FindRegionKeys => Load();
    public static string FindSegmentKeys => Load();
    public static string FindCompanyKeys => Load();
    public static string FindSiteKeys => Load();
    public static string FindProjectKeys => Load();
    public static string DeleteAllChunk => Load();
    public static string DeleteAllInTransactions => Load();
    public static string UpsertChains => Load();
    public static string UpsertRegions => Load();
    public static string LinkRegions => Load();
    public static string UpsertSegments => Load();
    public static string LinkSegments => Load();
    public static string UpsertFlows => Load();
    public static string UpsertCompanies => Load();
    public static string LinkCompanies => Load();
    public static string UpsertSites => Load();
    public static string UpsertSupplies => Load();
    public static string DeleteSupplies => Load();
    public static string UpsertProjects => Load();
    public static string UpsertAnchors => Load();
    public static string DeleteAnchors => Load();
    public static string UpsertRegionPriorities => Load();
    public static string DeleteRegionPriorities => Load();
    public static string ClearDatabase => Load();

    /// <summary>The schema statements of graph-seed/schema.cypher, one by one (schema commands run one per transaction).</summary>
    public static IReadOnlyList<string> SchemaStatements => Split(Load("Schema"));

    /// <summary>Every embedded script name, for tests.</summary>
    public static IReadOnlyList<string> Names =>
        typeof(CypherScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".cypher".Length])
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static string Load([CallerMemberName] string name = "") =>
        Cache.GetOrAdd(name, static n =>
        {
            using var stream = typeof(CypherScripts).Assembly.GetManifestResourceStream(Prefix + n + ".cypher")
                ?? throw new InvalidOperationException($"no embedded Cypher script '{n}.cypher'");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Trim();
        });

    /// <summary>Splits a script at the semicolons that end a line; comment lines are dropped.</summary>
    internal static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            if (line.EndsWith(';'))
            {
                current.Add(line[..^1]);
                statements.Add(string.Join('\n', current).Trim());
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }
        var rest = string.Join('\n', current).Trim();
        if (rest.Length > 0)
        {
            statements.Add(rest);
        }
        return statements.Where(s => s.Length > 0).ToArray();
    }
}
