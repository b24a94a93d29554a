using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>
/// A company and the companies above it in its group (domain contract, section 2): its group root, and the
/// chains it is an anchor of (an ANCHOR tag or an anchor row on it or above it; the tag means every chain).
/// </summary>
internal sealed record Lineage(string CompanyId, string GroupId, bool AnchorOfEveryChain, IReadOnlySet<string> AnchorChainIds)
{
    public bool IsAnchorOf(string chainId) => AnchorOfEveryChain || AnchorChainIds.Contains(chainId);

    public static async ValueTask<Lineage> LoadAsync(IGraphReader store, string companyId, CancellationToken cancellationToken)
    {
        var path = new List<Company>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? id = companyId; id is not null && seen.Add(id);)
        {
            var found = await store.GetCompaniesAsync([id], cancellationToken).ConfigureAwait(false);
            if (!found.TryGetValue(id, out var company))
            {
                break;
            }
            path.Add(company);
            id = company.ParentId;
        }
        var rows = await store.GetAnchorsOfCompaniesAsync([.. path.Select(c => c.Id)], cancellationToken).ConfigureAwait(false);
        var chains = rows.Values.SelectMany(r => r).Select(a => a.ChainId).ToHashSet(StringComparer.Ordinal);
        var group = path.Count > 0 ? path[^1].Id : companyId;
        return new Lineage(companyId, group, path.Any(c => (c.Tags & CompanyTags.Anchor) != 0), chains);
    }
}
