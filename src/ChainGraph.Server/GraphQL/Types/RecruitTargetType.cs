using ChainGraph.Domain.Analysis;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Types;

public sealed class RecruitTargetType : ObjectGraphType<RecruitTarget>
{
    public RecruitTargetType()
    {
        Name = "RecruitTarget";
        Description = "A company to recruit, with every component of its score.";
        Field<NonNullGraphType<CompanyType>>("company").Resolve(c => c.Loaders().Companies.Load(c.Source.CompanyId));
        Field(x => x.Score);
        Field(x => x.AnchorTies);
        Field(x => x.Credentials);
        Field(x => x.Proximity);
        Field(x => x.DistanceKm);
        Field(x => x.InPipeline);
        Field(x => x.TieStrength).Description("Sum over the tied anchor groups of the best confidence weight of their supply rows (VERIFIED 1.0, REPORTED 0.6, UNVERIFIED 0.3); weighted by anchorTies in the score");
        Field(x => x.GroupLocal).Description("Some company of this company's group already has a site in the region (增资扩产 rather than a new investor)");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyType>>>>("suppliesAnchors")
            // Through the request's batch loader: the anchors of all targets are fetched in one store call.
            .Resolve(c => c.Loaders().Companies.LoadMany(c.Source.SuppliesAnchorIds));
        Field<NonNullGraphType<SiteType>>("nearestSite").Resolve(c => c.Loaders().Sites.Load(c.Source.NearestSiteId));
    }
}
