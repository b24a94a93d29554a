using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class CompanyFilter
{
    public string? NameContains { get; set; }
    public string? RegionCode { get; set; }
    public string? SegmentId { get; set; }
    public List<CompanyTag>? Tags { get; set; }
}
