using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// The per-row rules of the import format, shared by the import and the mutations. Fields are named
/// by their column names.
/// </summary>
public static class EntityRules
{
    public static IEnumerable<FieldProblem> Check(Chain chain)
    {
        return Required("id", chain.Id);
    }

    public static IEnumerable<FieldProblem> Check(Region region)
    {
        foreach (var p in Required("code", region.Code)) yield return p;
        foreach (var p in Required("name_zh", region.NameZh)) yield return p;
        foreach (var p in Coordinates(region.Lat, region.Lon)) yield return p;
        if (region.ParentCode == region.Code && region.Code.Length > 0)
        {
            yield return new FieldProblem("parent_code", $"region {Shown.Quote(region.Code)} cannot be its own parent");
        }
    }

    public static IEnumerable<FieldProblem> Check(Segment segment)
    {
        foreach (var p in Required("id", segment.Id)) yield return p;
        foreach (var p in Required("chain_id", segment.ChainId)) yield return p;
        foreach (var p in Required("name_zh", segment.NameZh)) yield return p;
    }

    public static IEnumerable<FieldProblem> Check(SegmentFlow flow)
    {
        foreach (var p in Required("from_id", flow.FromId)) yield return p;
        foreach (var p in Required("to_id", flow.ToId)) yield return p;
    }

    public static IEnumerable<FieldProblem> Check(Company company)
    {
        foreach (var p in Required("id", company.Id)) yield return p;
        foreach (var p in Required("name_zh", company.NameZh)) yield return p;
        if (company.Uscc is not null && Uscc.Check(company.Uscc) is { } reason)
        {
            yield return new FieldProblem("uscc", reason);
        }
        foreach (var p in CompanyFacts.Check(company)) yield return p;
    }

    public static IEnumerable<FieldProblem> Check(Anchor anchor)
    {
        foreach (var p in Required("company_id", anchor.CompanyId)) yield return p;
        foreach (var p in Required("chain_id", anchor.ChainId)) yield return p;
    }

    public static IEnumerable<FieldProblem> Check(RegionPriority priority)
    {
        foreach (var p in Required("region_code", priority.RegionCode)) yield return p;
        foreach (var p in Required("segment_id", priority.SegmentId)) yield return p;
    }

    public static IEnumerable<FieldProblem> Check(Site site)
    {
        foreach (var p in Required("id", site.Id)) yield return p;
        foreach (var p in Required("company_id", site.CompanyId)) yield return p;
        foreach (var p in Required("region_code", site.RegionCode)) yield return p;
        foreach (var p in Coordinates(site.Lat, site.Lon)) yield return p;
        if (site.SegmentIds.Count == 0)
        {
            yield return new FieldProblem("segment_ids", "a site needs at least one segment in segment_ids");
        }
    }

    public static IEnumerable<FieldProblem> Check(Supply supply)
    {
        foreach (var p in Required("supplier_id", supply.SupplierId)) yield return p;
        foreach (var p in Required("customer_id", supply.CustomerId)) yield return p;
    }

    public static IEnumerable<FieldProblem> Check(Project project)
    {
        foreach (var p in Required("id", project.Id)) yield return p;
        foreach (var p in Required("name_zh", project.NameZh)) yield return p;
        foreach (var p in Required("region_code", project.RegionCode)) yield return p;
        if (project.InvestmentYuan < 0)
        {
            yield return new FieldProblem("investment_yuan", $"investment_yuan {CompanyFacts.Invariant(project.InvestmentYuan)} is negative");
        }
    }

    private static IEnumerable<FieldProblem> Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new FieldProblem(field, $"{field} is required");
        }
    }

    private static IEnumerable<FieldProblem> Coordinates(double lat, double lon)
    {
        if (!double.IsFinite(lat) || lat < -90 || lat > 90)
        {
            yield return new FieldProblem("lat", $"lat {lat} is outside [-90, 90]");
        }
        if (!double.IsFinite(lon) || lon < -180 || lon > 180)
        {
            yield return new FieldProblem("lon", $"lon {lon} is outside [-180, 180]");
        }
    }
}
