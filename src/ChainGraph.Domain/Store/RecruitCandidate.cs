using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>
/// A company with a site working in a segment and no local site in a region: its group root, its own
/// tags, its site working in the segment nearest to the region's point (distance by <see cref="Geo"/>;
/// on a tie, the smaller site id), and which of the asked-for anchor groups its group supplies (some
/// company of its group SUPPLIES some company of that group), in the order they were asked for.
/// </summary>
public readonly record struct RecruitCandidate(
    string CompanyId,
    string GroupId,
    CompanyTags Tags,
    string NearestSiteId,
    double DistanceKm,
    IReadOnlyList<string> TiedGroupIds);
