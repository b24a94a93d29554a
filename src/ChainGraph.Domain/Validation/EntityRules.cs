using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// The per-row rules of the import format, shared by the import and the mutations. Fields are named
/// by their column names. Each check returns the problems it found, an empty list for a good row (most rows): it runs
/// for every row of an import, so it makes no enumerator and no list until it finds a problem.
/// </summary>
public static class EntityRules
{
    public static IReadOnlyList<FieldProblem> Check(Chain chain)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "id", chain.Id);
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(Region region)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "code", region.Code);
        Required(ref found, "name_zh", region.NameZh);
        Coordinates(ref found, region.Lat, region.Lon);
        if (region.ParentCode == region.Code && region.Code.Length > 0)
        {
            Add(ref found, new FieldProblem("parent_code", $"region {Shown.Quote(region.Code)} cannot be its own parent"));
        }
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(Segment segment)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "id", segment.Id);
        Required(ref found, "chain_id", segment.ChainId);
        Required(ref found, "name_zh", segment.NameZh);
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(SegmentFlow flow)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "from_id", flow.FromId);
        Required(ref found, "to_id", flow.ToId);
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(Company company)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "id", company.Id);
        Required(ref found, "name_zh", company.NameZh);
        if (company.Uscc is not null && Uscc.Check(company.Uscc) is { } reason)
        {
            Add(ref found, new FieldProblem("uscc", reason));
        }
        CompanyFacts.Check(company, ref found);
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(Anchor anchor)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "company_id", anchor.CompanyId);
        Required(ref found, "chain_id", anchor.ChainId);
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(RegionPriority priority)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "region_code", priority.RegionCode);
        Required(ref found, "segment_id", priority.SegmentId);
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(Site site)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "id", site.Id);
        Required(ref found, "company_id", site.CompanyId);
        Required(ref found, "region_code", site.RegionCode);
        Coordinates(ref found, site.Lat, site.Lon);
        if (site.SegmentIds.Count == 0)
        {
            Add(ref found, new FieldProblem("segment_ids", "a site needs at least one segment in segment_ids"));
        }
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(Supply supply)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "supplier_id", supply.SupplierId);
        Required(ref found, "customer_id", supply.CustomerId);
        return Found(found);
    }

    public static IReadOnlyList<FieldProblem> Check(Project project)
    {
        List<FieldProblem>? found = null;
        Required(ref found, "id", project.Id);
        Required(ref found, "name_zh", project.NameZh);
        Required(ref found, "region_code", project.RegionCode);
        if (project.InvestmentYuan < 0)
        {
            Add(ref found, new FieldProblem("investment_yuan", $"investment_yuan {CompanyFacts.Invariant(project.InvestmentYuan)} is negative"));
        }
        return Found(found);
    }

    /// <summary>Adds a problem to the list, made for the first one.</summary>
    internal static void Add(ref List<FieldProblem>? found, FieldProblem problem) => (found ??= []).Add(problem);

    private static IReadOnlyList<FieldProblem> Found(List<FieldProblem>? found) => (IReadOnlyList<FieldProblem>?)found ?? Array.Empty<FieldProblem>();

    private static void Required(ref List<FieldProblem>? found, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(ref found, new FieldProblem(field, $"{field} is required"));
        }
    }

    private static void Coordinates(ref List<FieldProblem>? found, double lat, double lon)
    {
        if (!double.IsFinite(lat) || lat < -90 || lat > 90)
        {
            Add(ref found, new FieldProblem("lat", $"lat {lat} is outside [-90, 90]"));
        }
        if (!double.IsFinite(lon) || lon < -180 || lon > 180)
        {
            Add(ref found, new FieldProblem("lon", $"lon {lon} is outside [-180, 180]"));
        }
    }
}
