using ChainGraph.Domain.Analysis;
using ChainGraph.TestSupport;
using ChainGraph.Domain.Text;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>graph-seed/README.md states the row counts and the gap list of 肇庆: they must match the data and the engine.</summary>
public sealed class SeedReadmeTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private static readonly string[] Readme = File.ReadAllLines(Path.Combine(Repo.GraphSeed, "README.md"));

    [Fact]
    public async Task The_README_file_table_gives_the_row_counts_of_the_store()
    {
        var stats = (await seed.Store.GetStatsAsync()).Rows.ToDictionary(r => r.Key + ".csv", r => r.Value, StringComparer.Ordinal);
        var stated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Readme)
        {
            var cells = Cells(line);
            if (cells.Count >= 2 && stats.ContainsKey(cells[0]) && int.TryParse(cells[1], out var rows))
            {
                stated[cells[0]] = rows;
            }
        }
        Expect.None(
            stats.Where(s => s.Key != "site_segments.csv" && (!stated.TryGetValue(s.Key, out var n) || n != s.Value))
                .Select(s => $"{s.Key}: README says {(stated.TryGetValue(s.Key, out var n) ? n : "nothing")}, the store holds {s.Value}"),
            "row count(s) in README.md's file table that do not match the imported seed");
    }

    [Fact]
    public async Task The_README_gap_list_of_Zhaoqing_is_what_the_engine_answers()
    {
        var byName = seed.Companies.Values.GroupBy(c => c.NameZh, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToList(), StringComparer.Ordinal);
        var stated = new List<string>();
        var unknown = new List<string>();
        string? kind = null;
        var start = Array.FindIndex(Readme, l => l.StartsWith("## What the seed says", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no section '## What the seed says ... lacks'");
        foreach (var line in Readme.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            foreach (var k in Enum.GetValues<GapKind>())
            {
                if (line.StartsWith("**" + ContractNames.Of(k) + " ", StringComparison.Ordinal))
                {
                    kind = ContractNames.Of(k);
                }
            }
            var cells = Cells(line);
            if (kind is null || cells.Count < 2 || !cells[0].StartsWith("es-", StringComparison.Ordinal))
            {
                continue;
            }
            var anchors = new List<string>();
            foreach (var name in cells[1].Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (byName.TryGetValue(name, out var ids) && ids.Count == 1)
                {
                    anchors.Add(ids[0]);
                }
                else if (name is not ("—" or "-" or "none"))
                {
                    unknown.Add($"{cells[0]}: '{name}'");
                }
            }
            stated.Add(Line(kind, cells[0].Split(' ')[0], anchors));
        }
        Expect.None(unknown, "anchor name(s) in README.md's gap tables that are not exactly one company's name_zh");

        var gaps = await new ChainEngine(seed.Store).GapsAsync(SeedFixture.Zhaoqing, SeedFixture.ChainId);
        var answered = gaps.Select(g => Line(ContractNames.Of(g.Kind), g.Segment.Id, g.Reasons.Where(r => r.AnchorId is not null).Select(r => r.AnchorId!))).ToList();
        Assert.True(
            stated.SequenceEqual(answered),
            $"README.md's gap list of 肇庆 differs from ChainEngine.GapsAsync(\"441200\", \"energy-storage\"); regenerate the section.{Environment.NewLine}"
            + $"only in README: {string.Join("; ", stated.Except(answered))}{Environment.NewLine}"
            + $"only in the engine's answer: {string.Join("; ", answered.Except(stated))}{Environment.NewLine}"
            + $"README:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", stated)}{Environment.NewLine}"
            + $"engine:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", answered)}");
    }

    private static string Line(string kind, string segmentId, IEnumerable<string> anchorIds) =>
        $"{kind} {segmentId} [{string.Join(", ", anchorIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}]";

    /// <summary>The trimmed cells of a Markdown table row, without backquotes; empty for other lines.</summary>
    private static List<string> Cells(string line) =>
        line.StartsWith('|')
            ? line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToList()
            : [];
}
