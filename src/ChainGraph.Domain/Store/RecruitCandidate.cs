using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>
/// A company with a site working in a segment and no local site in a region: its group root, whether its group
/// is local to the region (some company of the group has a local site), its own tags, its site working in the
/// segment nearest to the region's point (distance by <see cref="Geo"/>; on a tie, the smaller site id), and
/// the asked-for anchor groups its group supplies (some company of its group SUPPLIES some company of that
/// group), in the order they were asked for, each with the largest confidence weight of those supply rows.
/// </summary>
public readonly record struct RecruitCandidate(
    string CompanyId,
    string GroupId,
    bool GroupLocal,
    CompanyTags Tags,
    string NearestSiteId,
    double DistanceKm,
    IReadOnlyList<GroupTie> Ties);
