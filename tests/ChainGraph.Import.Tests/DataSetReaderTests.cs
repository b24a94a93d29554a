using ChainGraph.Domain.Model;
using ChainGraph.TestSupport;

namespace ChainGraph.Import.Tests;

public sealed class DataSetReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string[] Problems() => DataSetImporter.Ordered(DataSetReader.ReadFolder(_folder.Path).Problems).Select(p => p.ToString()).ToArray();

    [Fact]
    public void The_mini_fixture_reads_without_problems()
    {
        var draft = DataSetReader.ReadFolder(Repo.Fixture("mini"));
        Assert.Empty(draft.Problems);
        Assert.Equal(96, draft.RowCount);
    }

    [Fact]
    public void A_key_read_in_several_rows_and_files_is_one_string()
    {
        _folder.Write("companies.csv", "id,name_zh,source\nc1,公司一,年报\nc2,公司二,年报\n");
        _folder.Write("supplies.csv", "supplier_id,customer_id,source\nc1,c2,年报\nc2, c1 ,年报\n");
        var draft = DataSetReader.ReadFolder(_folder.Path);

        Assert.Empty(draft.Problems);
        var c1 = draft.Companies[0].Value;
        Assert.Same(c1.Id, draft.Supplies[0].Value.SupplierId);
        Assert.Same(c1.Id, draft.Supplies[1].Value.CustomerId); // trimmed first, then shared
        Assert.Same(c1.Source, draft.Supplies[1].Value.Source);
        Assert.NotSame(c1.NameZh, draft.Companies[1].Value.NameZh);
    }

    [Fact]
    public void A_large_file_is_read_whole_into_a_list_sized_from_the_file_not_doubled()
    {
        const int Rows = 40_000;
        _folder.Write("companies.csv", "id,name_zh\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"c{i},公司{i}\n")));
        _folder.Write("supplies.csv", "supplier_id,customer_id,segment_id,confidence\n"
            + string.Concat(Enumerable.Range(0, Rows).Select(i => $"c{i % 100},c{(i + 1) % 100},seg-{i / 100},{(i % 2 == 0 ? "REPORTED" : "UNVERIFIED")}\n")));

        var draft = DataSetReader.ReadFolder(_folder.Path);

        Assert.Empty(draft.Problems);
        Assert.Equal(Rows, draft.Supplies.Count);
        Assert.Equal(("c99", "seg-399"), (draft.Supplies[^1].Value.SupplierId, draft.Supplies[^1].Value.SegmentId));
        // estimated from the first rows' bytes: a little over the count, where doubling would have given 65,536
        Assert.InRange(draft.Supplies.Capacity, Rows, Rows * 13 / 10);
        Assert.Equal(
            [SupplyConfidence.Reported, SupplyConfidence.Unverified],
            draft.Supplies.Take(2).Select(s => s.Value.Confidence));
    }

    [Fact]
    public void Rows_grouped_by_a_key_share_its_string_and_a_changed_key_is_never_taken_from_the_row_before()
    {
        _folder.Write("companies.csv", "id,name_zh\nc1,公司一\nc2,公司二\nc3,公司三\n");
        _folder.Write("supplies.csv", "supplier_id,customer_id\nc1,c2\nc1,c3\nc1,c2\nc2,c2\nc3,c1\n");
        var draft = DataSetReader.ReadFolder(_folder.Path);

        Assert.Empty(draft.Problems);
        var ids = draft.Companies.Select(c => c.Value.Id).ToArray();
        var supplies = draft.Supplies.Select(s => s.Value).ToArray();
        Assert.Equal([("c1", "c2"), ("c1", "c3"), ("c1", "c2"), ("c2", "c2"), ("c3", "c1")], supplies.Select(s => (s.SupplierId, s.CustomerId)));
        Assert.All(supplies.Take(3), s => Assert.Same(ids[0], s.SupplierId));
        Assert.Same(ids[1], supplies[3].SupplierId);
        Assert.Same(ids[1], supplies[3].CustomerId);
        Assert.Same(ids[2], supplies[4].SupplierId);
        Assert.Same(ids[0], supplies[4].CustomerId);
    }

    [Fact]
    public void A_row_holds_only_its_own_cells_never_those_of_the_row_before()
    {
        _folder.Write("companies.csv", "id,name_zh,name_en,founded,source\nc1,公司一,Company One,2001,年报\nc2,公司二,,,\n");
        var draft = DataSetReader.ReadFolder(_folder.Path);

        Assert.Empty(draft.Problems);
        var second = draft.Companies[1].Value;
        Assert.Equal(("c2", null, null, null), (second.Id, second.NameEn, second.Founded, second.Source));
        Assert.Equal(("Company One", 2001), (draft.Companies[0].Value.NameEn, draft.Companies[0].Value.Founded));
    }

    [Fact]
    public void A_misspelt_file_is_an_error_and_other_files_are_ignored()
    {
        _folder.Write("company.csv", "id,name_zh\nc1,公司\n");
        _folder.Write("README.md", "# notes");
        Assert.Equal(["company.csv:1: unknown data set file 'company.csv' (expected one of: chains.csv, regions.csv, segments.csv, segment_flows.csv, companies.csv, anchors.csv, sites.csv, supplies.csv, projects.csv, region_priorities.csv, or the same names as .xlsx)"], Problems());
    }

    [Fact]
    public void A_bom_is_accepted_and_cells_are_trimmed()
    {
        File.WriteAllBytes(_folder.File("chains.csv"), [0xEF, 0xBB, 0xBF, .. "id,name_zh\n  es , 新型储能 \n"u8.ToArray()]);
        var draft = DataSetReader.ReadFolder(_folder.Path);
        Assert.Empty(draft.Problems);
        Assert.Equal(("es", "新型储能"), (draft.Chains[0].Value.Id, draft.Chains[0].Value.NameZh));
    }

    [Fact]
    public void Reported_values_stay_on_one_short_line()
    {
        var huge = new string('x', 5_000_000);
        _folder.Write("regions.csv", $"code,name_zh,level,lat,lon\nCN,中国,\"COUN\nTRY\",35,104\nR2,某地,{huge},35,104\n");
        var problems = Problems();
        Assert.Equal(2, problems.Length);
        Assert.All(problems, p => Assert.DoesNotContain('\n', p));
        Assert.Contains(@"level 'COUN\nTRY' is not one of", problems[0], StringComparison.Ordinal);
        Assert.True(problems[1].Length < 400, problems[1][..Math.Min(400, problems[1].Length)]);
        Assert.Contains("… (5000000 characters)", problems[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void UTF16_files_are_refused_with_what_to_do(bool bom)
    {
        var text = System.Text.Encoding.Unicode.GetBytes("id,name_zh\nes,新型储能\n");
        File.WriteAllBytes(_folder.File("chains.csv"), bom ? [0xFF, 0xFE, .. text] : text);
        Assert.Equal(["chains.csv:1: the file is UTF-16 text; save it as UTF-8 (with or without a BOM) and import again"], Problems());
    }

    [Fact]
    public void Line_numbers_count_the_header_and_start_where_a_record_starts()
    {
        _folder.Write("companies.csv", "id,name_zh,name_en\r\nc1,\"多行\n名称\",A\r\nc2,,B\r\n\r\nc3,,C\r\n");
        Assert.Equal(["companies.csv:4: name_zh is required", "companies.csv:6: name_zh is required"], Problems());
    }

    [Fact]
    public void A_record_spanning_lines_is_reported_at_its_first_line()
    {
        _folder.Write("companies.csv", "id,name_zh,name_en\n,\"三\r\n行\n名称\",A\nc2,,B\n");
        Assert.Equal(["companies.csv:2: id is required", "companies.csv:5: name_zh is required"], Problems());
    }

    [Fact]
    public void Wrong_cell_counts_and_broken_quotes_are_reported()
    {
        _folder.Write("chains.csv", "id,name_zh\nes,储能,extra\nok,好\n");
        _folder.Write("regions.csv", "code,name_zh,level,lat,lon\nCN,\"中\"国,COUNTRY,35,104\n");
        var problems = Problems();
        Assert.Contains("chains.csv:2: row has 3 cells but the header has 2 columns", problems);
        Assert.Contains(problems, p => p.StartsWith("regions.csv:2: malformed CSV", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_left_open_is_one_problem_at_its_line_however_much_follows()
    {
        var rows = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"c{i},企业{i},Company {i}\n"));
        _folder.Write("companies.csv", "id,name_zh,name_en\nc-open,\"未闭合,x\n" + rows);
        var problem = Assert.Single(Problems());
        Assert.StartsWith("companies.csv:2: malformed CSV near 'c-open,\"未闭合,x", problem, StringComparison.Ordinal);
        Assert.True(problem.Length < 400, problem);
    }

    [Fact]
    public void Invalid_utf8_is_reported()
    {
        File.WriteAllBytes(_folder.File("chains.csv"), [.. "id,name_zh\nes,"u8.ToArray(), 0xC3, 0x28, (byte)'\n']);
        Assert.Equal(["chains.csv:1: file is not valid UTF-8; save it as UTF-8"], Problems());
    }

    [Fact]
    public void A_required_column_missing_from_the_header_is_reported_once()
    {
        _folder.Write("companies.csv", "id,name_en,tags\nc1,A,链主\nc2,B,\nc3,C,LISTED\n");
        _folder.Write("anchors.csv", "chain_id\nes\n");
        Assert.Equal(["companies.csv:1: missing column name_zh", "anchors.csv:1: missing column company_id"], Problems());
    }

    [Fact]
    public void A_header_only_file_is_fine()
    {
        _folder.Write("projects.csv", "id,name_zh,company_id,region_code,segment_id,investment_yuan,status,status_date,source\n");
        Assert.Empty(Problems());
    }

    [Fact]
    public void Files_read_side_by_side_give_the_rows_and_problems_of_a_reading_in_order()
    {
        // Large enough that the two readers overlap; a bad row in every file read beside another.
        _folder.Write("companies.csv", "id,name_zh,source\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"c{i},公司{i},年报\n")));
        _folder.Write("anchors.csv", "company_id,chain_id\nc1,es\n,es\n");
        _folder.Write("sites.csv", "id,company_id,name_zh,region_code,lat,lon,kind\n"
            + string.Concat(Enumerable.Range(0, 2000).Select(i => $"s{i},c{i % 300},厂{i},CN,{(i == 1500 ? "north" : "23.1")},112.5,PLANT\n")));
        _folder.Write("supplies.csv", "supplier_id,customer_id,confidence,source\n"
            + string.Concat(Enumerable.Range(0, 3000).Select(i => $"c{i % 300},c{(i + 1) % 300},{(i == 2999 ? "SURE" : "REPORTED")},公告\n")));
        _folder.Write("projects.csv", "id,name_zh,company_id,region_code,segment_id,investment_yuan,status,status_date,source\np1,项目,c1,CN,cell,1e9,SIGNED,2024-13-01,公告\n");
        _folder.Write("region_priorities.csv", "region_code,segment_id,source\nCN,cell,规划\n,cell,规划\n");

        var folder = DataSetReader.ReadFolder(_folder.Path);
        var inOrder = new Domain.Validation.DataSetDraft();
        foreach (var file in Domain.Validation.DataSetSchema.Files.Where(f => File.Exists(_folder.File(f.FileName))))
        {
            using var stream = File.OpenRead(_folder.File(file.FileName));
            DataSetReader.ReadFile(inOrder, file, stream);
        }

        Assert.Equal(inOrder.Problems, folder.Problems);
        Assert.InRange(folder.Problems.Count, 5, 8); // the bad rows only
        Assert.Equal(["anchors.csv", "sites.csv", "supplies.csv", "projects.csv", "region_priorities.csv"], folder.Problems.Select(p => p.File).Distinct());
        Assert.Equal(inOrder.Companies, folder.Companies);
        Assert.Equal(inOrder.Anchors, folder.Anchors);
        Assert.Equal(inOrder.Sites.Select(s => (s.Value.Id, s.Value.CompanyId, s.Value.Lat, s.Line)), folder.Sites.Select(s => (s.Value.Id, s.Value.CompanyId, s.Value.Lat, s.Line)));
        Assert.Equal(inOrder.Supplies, folder.Supplies);
        Assert.Equal(inOrder.Projects.Select(p => (p.Value.Id, p.Line)), folder.Projects.Select(p => (p.Value.Id, p.Line)));
        Assert.Equal(inOrder.RegionPriorities, folder.RegionPriorities);
        // keys defined before the side-by-side files stay one string in them
        var ids = folder.Companies.ToDictionary(c => c.Value.Id, c => c.Value.Id);
        Assert.All(folder.Supplies, s => Assert.Same(ids[s.Value.SupplierId], s.Value.SupplierId));
        Assert.All(folder.Sites, s => Assert.Same(ids[s.Value.CompanyId], s.Value.CompanyId));
    }

    public void Dispose() => _folder.Dispose();
}
