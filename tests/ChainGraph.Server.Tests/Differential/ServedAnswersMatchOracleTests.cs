using ChainGraph.Domain.Analysis;
using ChainGraph.Server.Generate;
using ChainGraph.Server.Security;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Server.Tests.Differential;

/// <summary>
/// The served GraphQL answers against the naive oracle, in a service process that has already done other
/// work (exports, GeoJSON, other queries) and keeps doing it between and beside the compared questions;
/// then after writes with an editor key (made to the oracle's rows too: companies, sites, supplies of every
/// confidence, projects with and without an amount, anchor rows and region priorities added and deleted), the
/// same questions again, three at a time, with exports and map requests running alongside. Pooled scratch
/// state only shows up like this.
/// </summary>
public sealed class ServedAnswersMatchOracleTests(ITestOutputHelper output)
{
    private const string EditorKey = "differential-editor-key";

    public static TheoryData<int, int> DataSets()
    {
        var data = new TheoryData<int, int>();
        foreach (var (companies, seed) in DiffSweep.Current.DataSets.Where(d => DiffSweep.Current.IsLarge || d.Companies >= 10_000))
        {
            data.Add(companies, seed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public async Task Served_answers_equal_the_oracle_in_a_busy_process(int companies, int seed)
    {
        using var data = new DiffDataSet(companies, seed, (n, s, folder) => new SyntheticDataSet(n, s).WriteTo(folder));
        data.AssertHasTheCasesTheRulesNeed();
        await using var host = new ServiceHost(settings: new Dictionary<string, string?>
        {
            ["ChainGraph:Seed:Path"] = data.Folder,
            ["ChainGraph:Security:ApiKeys:0:Name"] = "differential",
            ["ChainGraph:Security:ApiKeys:0:Sha256"] = ApiKeyAuthenticator.Hash(EditorKey),
            ["ChainGraph:Security:ApiKeys:0:Role"] = "Editor",
            ["ChainGraph:RateLimit:PermitsPerSecond"] = "1000000",
            ["ChainGraph:RateLimit:Burst"] = "1000000",
        });
        var questionSeed = (104_729 * seed) + companies;
        var picker = new QuestionPicker(data.Rows, questionSeed);
        var questions = picker.Pick(DiffSweep.Current.QuestionsPerKind);
        var answers = new GraphQLAnswers(host);
        var run = new DifferentialRun(data, questionSeed, "served GraphQL");
        var traffic = new OtherTraffic(host, data.Rows, questionSeed);

        // other work first, then the questions one at a time with other work between them
        for (var i = 0; i < 3; i++)
        {
            await traffic.RoundAsync();
        }
        for (var i = 0; i < questions.Count; i++)
        {
            await run.CompareAsync(questions[i], answers);
            if (i % 8 == 7)
            {
                await traffic.RoundAsync();
            }
        }

        // writes, made to the oracle's rows too; then questions about the places written to, and all of them again,
        // three at a time, with exports and map requests running beside them
        var mutations = new OracleMutations(host, data.Rows, EditorKey);
        await mutations.ApplyAsync(questionSeed);
        var after = new List<DiffQuestion>
        {
            new(DiffQuestion.Targets) { RegionCode = DataSetExtras.City, SegmentId = DataSetExtras.Leaf, First = 100 },
            new(DiffQuestion.Targets) { RegionCode = DataSetExtras.City, SegmentId = DataSetExtras.Leaf, First = 100, Scope = RecruitScope.All },
            new(DiffQuestion.Targets) { RegionCode = "110000", SegmentId = "chain0-cells", First = 100, ProximityWeight = 0, Scope = RecruitScope.Expansion },
            new(DiffQuestion.Gaps) { RegionCode = DataSetExtras.City, ChainId = "chain0" },
            new(DiffQuestion.Gaps) { RegionCode = DataSetExtras.District, ChainId = "chain0" },
            new(DiffQuestion.Coverage) { RegionCode = DataSetExtras.District, ChainId = "chain0" },
            new(DiffQuestion.Coverage) { RegionCode = DataSetExtras.City, ChainId = "chain0" },
            new(DiffQuestion.Pipeline) { RegionCode = DataSetExtras.City },
            new(DiffQuestion.Compare) { RegionCodes = [DataSetExtras.District, DataSetExtras.City, DataSetExtras.Park, "120100", "130100"], ChainId = "chain0" },
            new(DiffQuestion.Simulate) { RegionCode = DataSetExtras.District, ChainId = "chain0", CompanyIds = ["x-twin", "x-far", "x-grp-sub"] },
        };
        after.AddRange(questions);
        var compared = run.CompareAllAsync(after, answers, parallel: 3);
        await Task.WhenAll(compared, traffic.UntilAsync(compared), traffic.UntilAsync(compared));

        output.WriteLine($"{data.Name}: {questions.Count} questions, then {after.Count} after {mutations.Done.Count} writes "
            + $"({string.Join("; ", mutations.Done)}); {traffic.Requests} other requests; tally {run.Tally}");
        run.AssertNoDifference();
        Assert.True(traffic.Failures.IsEmpty, $"{traffic.Failures.Count} other request(s) failed; the first: {string.Join(Environment.NewLine, traffic.Failures.Take(3))}");
        run.Tally.AssertNotVacuous();
    }
}
