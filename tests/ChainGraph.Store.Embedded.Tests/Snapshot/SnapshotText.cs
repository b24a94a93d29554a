using System.Text;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>Snapshots as text, for comparing two entry by entry.</summary>
internal static class SnapshotText
{
    /// <summary>Every row and index entry of a snapshot, as text.</summary>
    public static string Describe(GraphSnapshot s)
    {
        var text = new StringBuilder();
        for (var c = 0; c < s.Companies.Length; c++)
        {
            text.Append(s.Companies[c]).Append(' ').Append(s.CompanyIds[c]).Append(' ').Append(s.CompanyIndex[s.CompanyIds[c]])
                .Append(' ').Append(s.CompanyTagsOf[c]).Append(" root ").Append(s.GroupRoot[c])
                .Append(" anchor ").AppendJoin(',', s.IsAnchor.Select(chain => chain[c] ? 1 : 0))
                .Append(" customers ").AppendJoin(',', s.Customers[c].ToArray())
                .Append(" supplies ").AppendJoin(',', s.CompanySupplies[c].ToArray().Select(k => s.SupplyRows[k]).Select(x => x.ToString()).Order(StringComparer.Ordinal))
                .Append(" suppliers ").AppendJoin(',', s.GroupSuppliers[c].ToArray())
                .Append(" sites ").AppendJoin(',', s.CompanySites[c].ToArray())
                .AppendLine();
        }
        for (var i = 0; i < s.Sites.Length; i++)
        {
            text.Append(s.Sites[i]).Append(' ').Append(s.SiteIds[i]).Append(' ').Append(s.SiteCompany[i]).Append(' ').Append(s.SiteRegion[i]).Append(' ')
                .Append(Point(s.SitePoints[i])).Append(' ').AppendJoin(',', s.SiteWorksIn[i]).AppendLine();
        }
        for (var g = 0; g < s.Segments.Length; g++)
        {
            text.Append(s.Segments[g]).Append(' ').Append(s.SegmentChain[g]).Append(' ').Append(s.SegmentIsLeaf[g])
                .Append(' ').AppendJoin(',', s.SegmentClosure[g]).Append(" sites ").AppendJoin(',', s.SegmentSites[g]).AppendLine();
        }
        for (var r = 0; r < s.Regions.Length; r++)
        {
            var region = s.PerRegion[r];
            text.Append(s.Regions[r]).Append(' ').AppendJoin(',', s.RegionAncestors[r]).Append(' ').AppendJoin(',', s.RegionChildren[r]);
            Describe(text, region);
        }
        text.AppendJoin('\n', s.Chains.Select(c => c.ToString())).AppendLine();
        text.AppendJoin('\n', s.FlowList.Select(f => f.ToString())).AppendLine();
        text.AppendJoin('\n', s.Projects.Select(p => p.ToString())).AppendLine();
        foreach (var (company, projects) in s.ProjectsOfCompany.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(company).Append(": ").AppendJoin(',', projects.Select(p => p.Id)).AppendLine();
        }
        foreach (var (company, anchors) in s.AnchorsOfCompany.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(company).Append(": ").AppendJoin(',', anchors.Select(a => a.ToString())).AppendLine();
        }
        foreach (var (region, priorities) in s.PrioritiesOfRegion.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(region).Append(": ").AppendJoin(',', priorities.Select(p => p.ToString())).AppendLine();
        }
        text.Append(s.Data.Companies.Count).Append(' ').Append(s.Data.Sites.Count).Append(' ').Append(s.Data.Supplies.Count);
        return text.ToString();
    }

    /// <summary>A prepared point by its parts (the struct has no text of its own).</summary>
    private static string Point(ChainGraph.Domain.GeoPoint p) =>
        string.Join('/', new[] { p.SinHalfLat, p.CosHalfLat, p.SinHalfLon, p.CosHalfLon, p.CosLat }.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>One region's aggregate on one line: local sites and companies, presence, local anchors, projects.</summary>
    public static void Describe(StringBuilder text, RegionAggregate region) =>
        text.Append(" sites ").AppendJoin(',', region.LocalSites)
            .Append(" companies ").AppendJoin(',', region.LocalCompanies)
            .Append(" presence ").AppendJoin(',', region.Presence.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value.Companies}/{p.Value.Sites}/{string.Join('+', p.Value.AnchorsByChain)}"))
            .Append(" anchors ").AppendJoin(';', region.Anchors.Select(chain => string.Join(',', chain.Select(a => $"{a.CompanyId}<{a.GroupId}:{string.Join('+', a.LeafSegmentIds)}"))))
            .Append(" projects ").AppendJoin(',', region.Projects.Select(p => p.Id))
            .AppendLine();
}
