using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;
using ChainGraph.Server.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL;

/// <summary>
/// The mutations that return what they changed: saveSupply, saveAnchor and saveRegionPriority give the stored row
/// and whether it is new; removeSupply, removeAnchor and removeRegionPriority say whether a row was there and its
/// global id. They sit beside the contract's upsert…/delete… mutations, which keep answering true or false.
/// </summary>
internal static class PayloadMutations
{
    private const string Source = "input";

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SupplyPayloadType>>("saveSupply")
            .Description("Creates or replaces a supply row (as upsertSupply) and returns it")
            .Argument<NonNullGraphType<SupplyInputType>>("input")
            .ResolveAsync(async c => await SaveSupplyAsync(c, c.GetArgument<SupplyInput>("input").ToSupply()));
        mutation.Field<NonNullGraphType<RemovalPayloadType>>("removeSupply")
            .Description("Deletes one supply row (as deleteSupply) and says what was removed")
            .Argument<NonNullGraphType<IdGraphType>>("supplierId")
            .Argument<NonNullGraphType<IdGraphType>>("customerId")
            .Argument<IdGraphType>("segmentId")
            .ResolveAsync(async c =>
            {
                var key = new SupplyKey(c.GetArgument<string>("supplierId"), c.GetArgument<string>("customerId"), c.GetArgument<string?>("segmentId"));
                var removed = await c.Store().DeleteSuppliesAsync([key], c.CancellationToken) > 0;
                return new Removal(removed, NodeId.Encode("Supply", $"{key.SupplierId}>{key.CustomerId}>{key.SegmentId}"));
            });
        mutation.Field<NonNullGraphType<AnchorPayloadType>>("saveAnchor")
            .Description("Makes the company an anchor (链主) of the chain (as upsertAnchor) and returns the row")
            .Argument<NonNullGraphType<IdGraphType>>("companyId")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .Argument<StringGraphType>("source")
            .ResolveAsync(async c => await SaveAnchorAsync(c, AnchorOf(c)));
        mutation.Field<NonNullGraphType<RemovalPayloadType>>("removeAnchor")
            .Description("Deletes one anchor row (as deleteAnchor) and says what was removed")
            .Argument<NonNullGraphType<IdGraphType>>("companyId")
            .Argument<NonNullGraphType<IdGraphType>>("chainId")
            .ResolveAsync(async c =>
            {
                var key = new AnchorKey(c.GetArgument<string>("companyId"), c.GetArgument<string>("chainId"));
                var removed = await c.Store().DeleteAnchorsAsync([key], c.CancellationToken) > 0;
                return new Removal(removed, NodeId.Encode("Company", key.CompanyId));
            });
        mutation.Field<NonNullGraphType<RegionPriorityPayloadType>>("saveRegionPriority")
            .Description("Declares the segment a priority of the region (as upsertRegionPriority) and returns the row")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("segmentId")
            .Argument<StringGraphType>("source")
            .ResolveAsync(async c => await SavePriorityAsync(c, PriorityOf(c)));
        mutation.Field<NonNullGraphType<RemovalPayloadType>>("removeRegionPriority")
            .Description("Deletes one region priority row (as deleteRegionPriority) and says what was removed")
            .Argument<NonNullGraphType<IdGraphType>>("regionCode")
            .Argument<NonNullGraphType<IdGraphType>>("segmentId")
            .ResolveAsync(async c =>
            {
                var key = new RegionPriorityKey(c.GetArgument<string>("regionCode"), c.GetArgument<string>("segmentId"));
                var removed = await c.Store().DeleteRegionPrioritiesAsync([key], c.CancellationToken) > 0;
                return new Removal(removed, NodeId.Encode("Region", key.RegionCode));
            });
    }

    public static Anchor AnchorOf(IResolveFieldContext c) =>
        new(c.GetArgument<string>("companyId").Trim(), c.GetArgument<string>("chainId").Trim(), InputText.Blank(c.GetArgument<string?>("source")));

    public static RegionPriority PriorityOf(IResolveFieldContext c) =>
        new(c.GetArgument<string>("regionCode").Trim(), c.GetArgument<string>("segmentId").Trim(), InputText.Blank(c.GetArgument<string?>("source")));

    public static Task<Change<Supply>> SaveSupplyAsync(IResolveFieldContext c, Supply supply) =>
        SaveAsync(c, supply, supply.SupplierId, c.Store().GetSuppliesOfCompaniesAsync, d => d.Supplies, EntityRules.Check,
            s => s.SupplierId == supply.SupplierId && s.CustomerId == supply.CustomerId && s.SegmentId == supply.SegmentId);

    public static Task<Change<Anchor>> SaveAnchorAsync(IResolveFieldContext c, Anchor anchor) =>
        SaveAsync(c, anchor, anchor.CompanyId, c.Store().GetAnchorsOfCompaniesAsync, d => d.Anchors, EntityRules.Check,
            a => a.CompanyId == anchor.CompanyId && a.ChainId == anchor.ChainId);

    public static Task<Change<RegionPriority>> SavePriorityAsync(IResolveFieldContext c, RegionPriority priority) =>
        SaveAsync(c, priority, priority.RegionCode, c.Store().GetRegionPrioritiesAsync, d => d.RegionPriorities, EntityRules.Check,
            p => p.RegionCode == priority.RegionCode && p.SegmentId == priority.SegmentId);

    /// <summary>Writes one row through the import's validation and reads it back from its owner's rows, noting whether it was there before.</summary>
    private static async Task<Change<T>> SaveAsync<T>(
        IResolveFieldContext c,
        T row,
        string owner,
        Func<IReadOnlyCollection<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, IReadOnlyList<T>>>> rowsOf,
        Func<DataSetDraft, List<Located<T>>> table,
        Func<T, IEnumerable<FieldProblem>> check,
        Func<T, bool> same)
    {
        var before = await rowsOf([owner], c.CancellationToken);
        var draft = new DataSetDraft();
        draft.AddEntity(table(draft), row, Source, check);
        await ApplyAsync(c, draft);
        var after = await rowsOf([owner], c.CancellationToken);
        return new Change<T>(after[owner].First(same), !before.GetValueOrDefault(owner, []).Any(same));
    }

    /// <summary>Validates a draft like an import (against the store) and applies it in one change.</summary>
    public static async Task ApplyAsync(IResolveFieldContext c, DataSetDraft draft)
    {
        var store = c.Store();
        await MutationValidation.ValidateAsync(c, store, draft);
        await store.ApplyAsync(draft.ToChangeSet(replaceAll: false), c.CancellationToken);
    }
}
