using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>
/// A company with a site working in a segment and no local site in a region: its group root, its own
/// tags, and its site working in the segment nearest to the region's point (distance by
/// <see cref="Geo"/>; on a tie, the smaller site id).
/// </summary>
public readonly record struct RecruitCandidate(
    string CompanyId,
    string GroupId,
    CompanyTags Tags,
    string NearestSiteId,
    double DistanceKm);
