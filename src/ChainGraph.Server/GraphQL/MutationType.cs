using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.Server.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.GraphQL;

/// <summary>Curating data. Every mutation needs an editor key and runs the import's validation.</summary>
public sealed class MutationType : ObjectGraphType
{
    private const string Source = "input";

    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<CompanyType>>("upsertCompany").Argument<NonNullGraphType<CompanyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var company = c.GetArgument<CompanyInput>("input").ToCompany();
                var draft = new DataSetDraft();
                draft.AddEntity(draft.Companies, company, Source, EntityRules.Check);
                await ApplyAsync(c, draft);
                return (await c.Store().GetCompaniesAsync([company.Id], c.CancellationToken))[company.Id];
            });
        Field<NonNullGraphType<SiteType>>("upsertSite").Argument<NonNullGraphType<SiteInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SiteInput>("input");
                var site = input.ToSite(input.Since is { } since ? ParseDate(since, "input.since") : null);
                var draft = new DataSetDraft();
                draft.AddEntity(draft.Sites, site, Source, EntityRules.Check);
                await ApplyAsync(c, draft);
                return (await c.Store().GetSitesAsync([site.Id], c.CancellationToken))[site.Id];
            });
        Field<NonNullGraphType<BooleanGraphType>>("upsertSupply").Argument<NonNullGraphType<SupplyInputType>>("input")
            .Description("Creates or replaces a supply row; always true (saveSupply returns the row)")
            .ResolveAsync(async c =>
            {
                await PayloadMutations.SaveSupplyAsync(c, c.GetArgument<SupplyInput>("input").ToSupply());
                return true;
            });
        Field<NonNullGraphType<BooleanGraphType>>("deleteSupply")
            .Description("Deletes one supply row; false when there was none")
            .Argument<NonNullGraphType<IdGraphType>>("supplierId")
            .Argument<NonNullGraphType<IdGraphType>>("customerId")
            .Argument<IdGraphType>("segmentId")
            .ResolveAsync(async c =>
            {
                var key = new SupplyKey(c.GetArgument<string>("supplierId"), c.GetArgument<string>("customerId"), c.GetArgument<string?>("segmentId"));
                return await c.Store().DeleteSuppliesAsync([key], c.CancellationToken) > 0;
            });
        Field<NonNullGraphType<ProjectType>>("upsertProject").Argument<NonNullGraphType<ProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProjectInput>("input");
                var project = input.ToProject(ParseDate(input.StatusDate, "input.statusDate"));
                var draft = new DataSetDraft();
                draft.AddEntity(draft.Projects, project, Source, EntityRules.Check);
                await ApplyAsync(c, draft);
                return (await c.Store().GetProjectsAsync([project.Id], c.CancellationToken))[project.Id];
            });
        Field<NonNullGraphType<ProjectType>>("setProjectStatus")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EnumerationGraphType<ProjectStatus>>>("status")
            .Argument<NonNullGraphType<DateType>>("statusDate")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                var found = await c.Store().GetProjectsAsync([id], c.CancellationToken);
                if (!found.TryGetValue(id, out var project))
                {
                    throw BadArgumentException.NotFound("id", "project", id);
                }
                var date = ParseDate(c.GetArgument<string>("statusDate"), "statusDate");
                var updated = project with { Status = c.GetArgument<ProjectStatus>("status"), StatusDate = date };
                var draft = new DataSetDraft();
                draft.AddEntity(draft.Projects, updated, Source, EntityRules.Check);
                await ApplyAsync(c, draft);
                return (await c.Store().GetProjectsAsync([id], c.CancellationToken))[id];
            });
        Field<NonNullGraphType<BooleanGraphType>>("upsertAnchor")
            .Description("Makes the company an anchor (链主) of the chain; it passes down to the companies below it in its group")
            .Argument<NonNullGraphType<IdGraphType>>("companyId")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .Argument<StringGraphType>("source")
            .ResolveAsync(async c =>
            {
                await PayloadMutations.SaveAnchorAsync(c, PayloadMutations.AnchorOf(c));
                return true;
            });
        Field<NonNullGraphType<BooleanGraphType>>("deleteAnchor")
            .Description("Deletes one anchor row; false when there was none")
            .Argument<NonNullGraphType<IdGraphType>>("companyId")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .ResolveAsync(async c =>
                await c.Store().DeleteAnchorsAsync([new AnchorKey(c.GetArgument<string>("companyId"), c.GetArgument<string>("chainId"))], c.CancellationToken) > 0);
        Field<NonNullGraphType<BooleanGraphType>>("upsertRegionPriority")
            .Description("Declares the segment a priority of the region (for example from a government plan)")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("segmentId")
            .Argument<StringGraphType>("source")
            .ResolveAsync(async c =>
            {
                await PayloadMutations.SavePriorityAsync(c, PayloadMutations.PriorityOf(c));
                return true;
            });
        Field<NonNullGraphType<BooleanGraphType>>("deleteRegionPriority")
            .Description("Deletes one region priority row; false when there was none")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("segmentId")
            .ResolveAsync(async c =>
                await c.Store().DeleteRegionPrioritiesAsync([new RegionPriorityKey(c.GetArgument<string>("regionCode"), c.GetArgument<string>("segmentId"))], c.CancellationToken) > 0);

        PayloadMutations.AddTo(this);
    }

    private static Task ApplyAsync(IResolveFieldContext c, DataSetDraft draft) => PayloadMutations.ApplyAsync(c, draft);

    private static DateOnly ParseDate(string text, string field) =>
        IsoDate.TryParse(text.Trim(), out var date)
            ? date
            : throw new FieldError(ErrorCodes.BadInput, field, $"{field}: '{text}' is not a calendar date in yyyy-MM-dd form");
}
