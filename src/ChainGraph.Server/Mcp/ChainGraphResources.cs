using System.ComponentModel;
using System.Text.Json;
using ChainGraph.Domain;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// Read-only resources an agent can attach for orientation: the chains, a chain's segment tree, a region at a
/// glance. An unknown chain or region is the protocol's "resource not found", with the NOT_FOUND message and its
/// suggestions.
/// </summary>
[McpServerResourceType]
public sealed class ChainGraphResources
{
    public const string Scheme = "chaingraph://";

    [McpServerResource(UriTemplate = Scheme + "chains", Name = "chains", Title = "Industrial chains (产业链)", MimeType = "application/json")]
    [Description("Every industrial chain with its id, Chinese and English names, and how many segments and leaf segments its tree has.")]
    public static async Task<string> Chains(McpGraph graph, CancellationToken cancellationToken) =>
        JsonSerializer.Serialize(await Summaries.ChainsAsync(graph, cancellationToken), McpJson.Options);

    [McpServerResource(UriTemplate = Scheme + "chains/{chainId}/segments", Name = "segment-tree", Title = "A chain's segment tree (环节树)", MimeType = "application/json")]
    [Description(
        "The segment tree of a chain: every segment with its names, category (MATERIALS, CELLS, COMPONENTS, EQUIPMENT, RECYCLING, " +
        "APPLICATIONS), children, and the segments it FEEDS (its output is their input). Leaves are what gaps and targets are about.")]
    public static async Task<string> SegmentTree(McpGraph graph, [Description("Chain id, e.g. energy-storage.")] string chainId, CancellationToken cancellationToken) =>
        JsonSerializer.Serialize(await Found(() => Summaries.TreeAsync(graph, Uri.UnescapeDataString(chainId), cancellationToken)), McpJson.Options);

    [McpServerResource(UriTemplate = Scheme + "regions/{regionCode}", Name = "region-summary", Title = "A region at a glance (区域概况)", MimeType = "application/json")]
    [Description(
        "A region at a glance: level, parent and sub-regions, how many companies have a site in it, the segments it declared priorities, " +
        "for every chain its leaf segments by status, its gaps by kind (the first five in order) and its local anchors, and its project " +
        "pipeline by status.")]
    public static async Task<string> RegionSummary(McpGraph graph, [Description("Region code, e.g. 441200.")] string regionCode, CancellationToken cancellationToken) =>
        JsonSerializer.Serialize(await Found(() => Summaries.RegionAsync(graph, Uri.UnescapeDataString(regionCode), cancellationToken)), McpJson.Options);

    private static async Task<T> Found<T>(Func<ValueTask<T>> read)
    {
        try
        {
            return await read();
        }
        catch (BadArgumentException e)
        {
            var detail = e.Suggestions.Count > 0 ? $" (suggestions: {string.Join(", ", e.Suggestions)})" : "";
            throw new McpProtocolException($"{e.Code}: {e.Message}{detail}", e.Code == ErrorCodes.NotFound ? McpErrorCode.ResourceNotFound : McpErrorCode.InvalidParams);
        }
    }
}
