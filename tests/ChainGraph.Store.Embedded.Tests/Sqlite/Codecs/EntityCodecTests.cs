using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using ChainGraph.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Tests.Sqlite.Codecs;

/// <summary>
/// Every column of a table holds the field of its name (a codec that swaps two fields of one type would still
/// round-trip, so the rows are read here by column name), and a codec that visits columns out of order fails.
/// </summary>
public sealed class EntityCodecTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbPath => _folder.File("cg.db");

    [Fact]
    public async Task Each_column_holds_the_field_of_its_name()
    {
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            await store.ApplyAsync(new ChangeSet
            {
                Chains = [new Chain("ch", "链中文", "Chain EN")],
                Regions = [new Region("100000", "区域", "Region", RegionLevel.Province, null, 10.5, 20.5), new Region("100100", "城市", "City", RegionLevel.City, "100000", 11.25, 21.75)],
                Segments = [new Segment("sg", "ch", "环节", "Segment", SegmentCategory.Cells, null), new Segment("sg2", "ch", "子环节", "Child", SegmentCategory.Materials, "sg")],
                Flows = [new SegmentFlow("sg2", "sg")],
                Companies = [new Company("co", "公司", "Company", "91441200MA4W7Q2K3M", CompanyTags.Srdi | CompanyTags.Listed, null), new Company("sub", "子公司", "Sub", null, CompanyTags.None, "co")],
                Sites = [new Site("st", "sub", "工厂", "100100", 11.5, 21.5, SiteKind.Plant, ["sg2", "sg"])],
                Supplies = [new Supply("sub", "co", "sg2", "来源")],
                Projects = [new Project("pj", "项目", "co", "100100", "sg", 1234.5m, ProjectStatus.Signed, new DateOnly(2024, 3, 9), "出处")],
            });
        }

        Assert.Equal("ch|链中文|Chain EN", Row("SELECT id, name_zh, name_en FROM chains"));
        Assert.Equal("100100|城市|City|CITY|100000|11.25|21.75", Row("SELECT code, name_zh, name_en, level, parent_code, lat, lon FROM regions WHERE code = '100100'"));
        Assert.Equal("sg2|ch|子环节|Child|MATERIALS|sg", Row("SELECT id, chain_id, name_zh, name_en, category, parent_id FROM segments WHERE id = 'sg2'"));
        Assert.Equal("sg2|sg", Row("SELECT from_id, to_id FROM segment_flows"));
        Assert.Equal("co|公司|Company|91441200MA4W7Q2K3M|SRDI;LISTED|∅", Row("SELECT id, name_zh, name_en, uscc, tags, parent_id FROM companies WHERE id = 'co'"));
        Assert.Equal("st|sub|工厂|100100|11.5|21.5|PLANT|sg2;sg", Row("SELECT id, company_id, name_zh, region_code, lat, lon, kind, segment_ids FROM sites"));
        Assert.Equal("sub|co|sg2|来源", Row("SELECT supplier_id, customer_id, segment_id, source FROM supplies"));
        Assert.Equal("pj|项目|co|100100|sg|1234.5|SIGNED|2024-03-09|出处", Row("SELECT id, name_zh, company_id, region_code, segment_id, investment_yuan, status, status_date, source FROM projects"));
    }

    [Fact]
    public void A_codec_that_visits_a_column_out_of_order_fails()
    {
        var cursor = new ColumnCursor("companies", CompanyCodec.Columns);
        Assert.Equal(0, cursor.Next("id"));
        var e = Assert.Throws<InvalidOperationException>(() => cursor.Next("name_en"));
        Assert.Contains("'name_zh' comes next", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The first row's columns joined by '|', NULL shown as '∅'.</summary>
    private string Row(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
