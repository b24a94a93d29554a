using ChainGraph.Domain.Model;
using ChainGraph.Store.Neo4j.Client;
using ChainGraph.Store.Neo4j.Cypher;
using ChainGraph.Store.Neo4j.Mapping;
using ChainGraph.Store.Neo4j.Writing;

namespace ChainGraph.Store.Neo4j.Tests.Writing;

/// <summary>How a change set becomes UNWIND batches, and how entities become rows and come back.</summary>
public sealed class ChangeSetWriterTests
{
    [Fact]
    public void Nodes_of_a_kind_are_written_before_the_edges_between_them_and_kinds_before_their_users()
    {
        var changes = new ChangeSet
        {
            Chains = [new Chain("es", null, null)],
            Regions = [new Region("R", "区域", null, RegionLevel.City, null, 23, 112)],
            Segments = [new Segment("s", "es", "环节", null, SegmentCategory.Cells, null)],
            Flows = [new SegmentFlow("s", "s")],
            Companies = [new Company("c", "公司", null, null, CompanyTags.Anchor, null)],
            Sites = [new Site("site", "c", null, "R", 23, 112, SiteKind.Plant, ["s"])],
            Supplies = [new Supply("c", "c", null, null)],
            Projects = [new Project("p", "项目", "c", "R", "s", 1.5m, ProjectStatus.Lead, new DateOnly(2024, 1, 2), null)],
            Anchors = [new Anchor("c", "es", null)],
            RegionPriorities = [new RegionPriority("R", "s", null)],
        };
        Assert.Equal(
            [
                "chains", "regions", "region parents", "segments", "segment links", "segment flows", "region priorities",
                "companies", "company groups", "anchors", "sites", "supplies", "projects",
            ],
            ChangeSetWriter.Steps(changes).Select(s => s.Name).ToArray());
        Assert.Equal(["companies"], ChangeSetWriter.Steps(new ChangeSet { Companies = changes.Companies }).Select(s => s.Name).Take(1).ToArray());
        Assert.Empty(ChangeSetWriter.Steps(ChangeSet.Empty));
        Assert.Equal(CypherScripts.UpsertSites, ChangeSetWriter.Steps(changes).Single(s => s.Name == "sites").Statement);
    }

    [Fact]
    public void Deletions_come_after_the_upserts_each_with_its_distinct_keys()
    {
        var changes = new ChangeSet
        {
            DeletedSupplies = [new SupplyKey("a", "b", null), new SupplyKey("a", "b", "s")],
            DeletedAnchors = [new AnchorKey("c", "es"), new AnchorKey("c", "es")],
            DeletedRegionPriorities = [new RegionPriorityKey("R", "s")],
        };
        var deletions = ChangeSetWriter.Deletions(changes);
        Assert.Equal(["deleted supplies", "deleted anchors", "deleted region priorities"], deletions.Select(d => d.Name).ToArray());
        Assert.Equal(
            [CypherScripts.DeleteSupplies, CypherScripts.DeleteAnchors, CypherScripts.DeleteRegionPriorities],
            deletions.Select(d => d.Statement).ToArray());
        Assert.Equal([2, 1, 1], deletions.Select(d => d.Rows.Count).ToArray());
        Assert.Equal(("c", "es"), (deletions[1].Rows[0]["companyId"], deletions[1].Rows[0]["chainId"]));
        Assert.Equal(("R", "s"), (deletions[2].Rows[0]["regionCode"], deletions[2].Rows[0]["segmentId"]));
        Assert.Empty(ChangeSetWriter.Steps(changes));
        Assert.Empty(ChangeSetWriter.Deletions(new ChangeSet { Anchors = [new Anchor("c", "es", null)] }));
    }

    [Fact]
    public void Rows_are_split_into_batches_of_the_configured_size()
    {
        var changes = new ChangeSet { Chains = Enumerable.Range(0, 10).Select(i => new Chain($"c{i}", null, null)).ToArray() };
        var step = Assert.Single(ChangeSetWriter.Steps(changes));
        Assert.Equal([4, 4, 2], step.Batches(4).Select(b => b.Count).ToArray());
    }

    [Fact]
    public void Rows_carry_contract_spellings_exact_decimals_and_iso_dates()
    {
        var company = RowWriter.Company(new Company("c", "公司", "Co", "91441200MA4W7Q2K3M", CompanyTags.Listed | CompanyTags.HighTech, "p"));
        Assert.Equal(["HIGH_TECH", "LISTED"], (string[])company["tags"]!);
        var project = RowWriter.Project(new Project("p", "项目", null, "R", null, 12_000_000_000.05m, ProjectStatus.Negotiating, new DateOnly(2023, 3, 1), "src"));
        Assert.Equal(("12000000000.05", "NEGOTIATING", "2023-03-01"), (project["investmentYuanExact"], project["status"], project["statusDate"]));
        var site = RowWriter.Site(new Site("s", "c", null, "R", 23.0, 112.0, SiteKind.Rnd, ["a", "b"]));
        Assert.Equal(("RND", 23.0), (site["kind"], site["lat"]));
        var key = RowWriter.SupplyKey(new SupplyKey("a", "b", null));
        Assert.Null(key["segmentId"]);
        Assert.Single(ChangeSetWriter.SupplyKeys([new SupplyKey("a", "b", null), new SupplyKey("a", "b", null)]));
    }

    [Fact]
    public void Version_two_rows_carry_confidence_names_descriptive_fields_and_no_amount_when_undisclosed()
    {
        Assert.Equal("REPORTED", RowWriter.Supply(new Supply("a", "b", null, null))["confidence"]);
        Assert.Equal("UNVERIFIED", RowWriter.Supply(new Supply("a", "b", "s", "src", SupplyConfidence.Unverified))["confidence"]);
        Assert.Null(RowWriter.Project(new Project("p", "项目", null, "R", null, null, ProjectStatus.Signed, new DateOnly(2024, 1, 2), null))["investmentYuanExact"]);
        Assert.Equal("0", RowWriter.Project(new Project("p", "项目", null, "R", null, 0m, ProjectStatus.Signed, new DateOnly(2024, 1, 2), null))["investmentYuanExact"]);
        var company = RowWriter.Company(new Company("c", "公司", null, null, CompanyTags.None, null, "300750.SZ", 2011, 132_000, 1.5e9m, "https://x.cn", "年报"));
        Assert.Equal(("300750.SZ", 2011L, 132_000L, "1500000000", "https://x.cn", "年报"), (company["stockCode"], company["founded"], company["employees"], company["revenueYuanExact"], company["website"], company["source"]));
        var bare = RowWriter.Company(new Company("c", "公司", null, null, CompanyTags.None, null));
        Assert.All(["stockCode", "founded", "employees", "revenueYuanExact", "website", "source"], k => Assert.Null(bare[k]));
        var site = RowWriter.Site(new Site("s", "c", null, "R", 23, 112, SiteKind.Plant, ["a"], "10万吨/年", new DateOnly(2022, 5, 30), "公告"));
        Assert.Equal(("10万吨/年", "2022-05-30", "公告"), (site["capacity"], site["since"], site["source"]));
        Assert.Null(RowWriter.Site(new Site("s", "c", null, "R", 23, 112, SiteKind.Plant, ["a"]))["since"]);
        var anchor = RowWriter.Anchor(new Anchor("c", "es", "src"));
        Assert.Equal(new object?[] { "c", "es", "src" }, new[] { anchor["companyId"], anchor["chainId"], anchor["source"] });
        var priority = RowWriter.RegionPriority(new RegionPriority("R", "s", null));
        Assert.Equal(new object?[] { "R", "s", null }, new[] { priority["regionCode"], priority["segmentId"], priority["source"] });
    }

    [Fact]
    public void Whole_doubles_are_sent_as_floats_and_decimals_and_dates_as_strings()
    {
        var body = System.Text.Encoding.UTF8.GetString(Neo4jRequestBody.Write(
            "RETURN 1",
            new Dictionary<string, object?> { ["a"] = 112.0, ["b"] = 23.0469, ["c"] = 1e21, ["d"] = 1.50m, ["e"] = new DateOnly(2024, 2, 29), ["f"] = 7L },
            ["FB:x"]));
        Assert.Equal("""{"statement":"RETURN 1","parameters":{"a":112.0,"b":23.0469,"c":1E+21,"d":"1.50","e":"2024-02-29","f":7},"bookmarks":["FB:x"]}""", body);
        Assert.Throws<ArgumentException>(() => Neo4jRequestBody.Write("RETURN 1", new Dictionary<string, object?> { ["x"] = double.NaN }, null));
    }

    [Theory]
    [InlineData("星源", "\"星源\"")]
    [InlineData("宁德时代", "\"宁德时代\"")]
    [InlineData("星", null)]
    [InlineData("semcorp", null)]
    [InlineData("CATL 时代", null)]
    [InlineData("时代。", null)]
    [InlineData(null, null)]
    public void The_full_text_index_is_used_only_for_han_text_it_cannot_miss(string? text, string? phrase) =>
        Assert.Equal(phrase, NameSearch.Phrase(text));

    [Fact]
    public void Entities_read_back_from_rows_as_they_were_written()
    {
        Project[] projects =
        [
            new("p", "项目", "c", "R", "s", 0.10m, ProjectStatus.Dropped, new DateOnly(2021, 12, 31), null),
            new("q", "项目", null, "R", null, null, ProjectStatus.Signed, new DateOnly(2024, 2, 29), "签约仪式"),
        ];
        Assert.All(projects, p => Assert.Equal(p, EntityReader.Project(Record(RowWriter.Project(p)))));
        Company[] companies =
        [
            new("c", "公司", "Co", "91441200MA4W7Q2K3M", CompanyTags.Listed | CompanyTags.HighTech, "p", "688567.SH", 2005, 4_800, 12_345_678.90m, "https://x.cn", "年报"),
            new("d", "公司", null, null, CompanyTags.None, null),
        ];
        Assert.All(companies, c => Assert.Equal(c, EntityReader.Company(Record(RowWriter.Company(c)))));
        Assert.All(companies, c => Assert.Equal(c, EntityReader.Company(RowWriter.Company(c))));
        Site[] sites =
        [
            new("s", "c", "工厂", "R", 23.05, 112.47, SiteKind.Plant, ["a", "b"], "25GWh", new DateOnly(2022, 5, 30), "公告"),
            new("t", "c", null, "R", 23.05, 112.47, SiteKind.Hq, ["a"]),
        ];
        Assert.All(sites, s => Assert.Equivalent(s, EntityReader.Site(Record(RowWriter.Site(s)))));
        Supply[] supplies = [new("a", "b", "s", "src", SupplyConfidence.Verified), new("a", "b", null, null, SupplyConfidence.Unverified)];
        Assert.All(supplies, s => Assert.Equal(s, EntityReader.Supply(Record(RowWriter.Supply(s)))));
        var anchor = new Anchor("c", "es", "规划");
        Assert.Equal(anchor, EntityReader.Anchor(Record(RowWriter.Anchor(anchor))));
        var priority = new RegionPriority("R", "s", null);
        Assert.Equal(priority, EntityReader.RegionPriority(Record(RowWriter.RegionPriority(priority))));
        Assert.Equal(CompanyTags.Anchor | CompanyTags.Srdi, EntityReader.Tags(["SRDI", "anchor", "UNKNOWN"]));
    }

    [Fact]
    public void A_supply_written_before_version_two_reads_as_reported_and_an_unknown_confidence_is_an_error()
    {
        var row = RowWriter.Supply(new Supply("a", "b", null, null));
        row["confidence"] = null;
        Assert.Equal(SupplyConfidence.Reported, EntityReader.Supply(Record(row)).Confidence);
        Assert.Equal(SupplyConfidence.Verified, EntityReader.Confidence("verified"));
        Assert.Throws<FormatException>(() => EntityReader.Confidence("CERTAIN"));
    }

    /// <summary>A result row with the row map's keys as fields, as the Get*.cypher statements name their columns.</summary>
    private static Neo4jRecord Record(Dictionary<string, object?> row)
    {
        var fields = row.Keys.ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            index[fields[i]] = i;
        }
        return new Neo4jRecord(index, fields.Select(f => row[f]).ToArray());
    }
}
