using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// The graph as the MCP tools, resources and prompts see it: the store's read side only (there is no write
/// method to call), the engine over it, and names turned into ids the way the command line does.
/// </summary>
public sealed class McpGraph(IGraphStore store)
{
    /// <summary>Read primitives only: <see cref="IGraphReader"/> has no write method.</summary>
    public IGraphReader Reader { get; } = store;

    public ChainEngine Engine => new(Reader);

    public IdLookup Lookup => new(Reader);

    /// <summary>
    /// The id the text stands for (an id, or a Chinese or English name naming one thing). A blank text is left as
    /// it is, so that the engine answers it as an unknown id (NOT_FOUND), as GraphQL does.
    /// </summary>
    public async ValueTask<string> IdAsync(LookupKind kind, string text, string argument, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(text) ? text : await Lookup.ResolveAsync(kind, text, argument, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Ids for a list argument, resolved only when the list itself is well formed (its size in range, no entry
    /// repeated): otherwise it is left as given for the engine to report, so the first bad argument is the one
    /// GraphQL reports.
    /// </summary>
    public async ValueTask<IReadOnlyList<string>> IdsAsync(
        LookupKind kind, IReadOnlyList<string> texts, int min, int max, string argument, CancellationToken cancellationToken)
    {
        if (texts.Count < min || texts.Count > max || texts.Distinct(StringComparer.Ordinal).Count() != texts.Count)
        {
            return texts;
        }
        var ids = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            ids.Add(await IdAsync(kind, text, argument, cancellationToken).ConfigureAwait(false));
        }
        return ids;
    }

    public async ValueTask<IReadOnlyDictionary<string, Company>> CompaniesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        await Reader.GetCompaniesAsync(ids.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);

    public async ValueTask<IReadOnlyDictionary<string, Segment>> SegmentsAsync(CancellationToken cancellationToken) =>
        (await Reader.GetSegmentsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id, StringComparer.Ordinal);

    public async ValueTask<Region?> RegionAsync(string code, CancellationToken cancellationToken) =>
        (await Reader.GetRegionsAsync([code], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(code);

    public async ValueTask<Chain?> ChainAsync(string id, CancellationToken cancellationToken) =>
        (await Reader.GetChainsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(c => c.Id == id);
}
