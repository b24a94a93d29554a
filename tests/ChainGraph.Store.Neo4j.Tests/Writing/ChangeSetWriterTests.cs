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
        };
        Assert.Equal(
            ["chains", "regions", "region parents", "segments", "segment links", "segment flows", "companies", "company groups", "sites", "supplies", "projects"],
            ChangeSetWriter.Steps(changes).Select(s => s.Name).ToArray());
        Assert.Equal(["companies"], ChangeSetWriter.Steps(new ChangeSet { Companies = changes.Companies }).Select(s => s.Name).Take(1).ToArray());
        Assert.Empty(ChangeSetWriter.Steps(ChangeSet.Empty));
        Assert.Equal(CypherScripts.UpsertSites, ChangeSetWriter.Steps(changes).Single(s => s.Name == "sites").Statement);
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
        var keys = (Dictionary<string, object?>[])ChangeSetWriter.Keys([new SupplyKey("a", "b", null), new SupplyKey("a", "b", null)])["keys"]!;
        Assert.Single(keys);
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
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var row = RowWriter.Project(new Project("p", "项目", "c", "R", "s", 0.10m, ProjectStatus.Dropped, new DateOnly(2021, 12, 31), null));
        string[] fields = ["id", "nameZh", "companyId", "regionCode", "segmentId", "investmentYuanExact", "status", "statusDate", "source"];
        for (var i = 0; i < fields.Length; i++)
        {
            index[fields[i]] = i;
        }
        var record = new Neo4jRecord(index, fields.Select(f => row[f]).ToArray());
        var project = EntityReader.Project(record);
        Assert.Equal(new Project("p", "项目", "c", "R", "s", 0.10m, ProjectStatus.Dropped, new DateOnly(2021, 12, 31), null), project);
        Assert.Equal(CompanyTags.Anchor | CompanyTags.Srdi, EntityReader.Tags(["SRDI", "anchor", "UNKNOWN"]));
    }
}
