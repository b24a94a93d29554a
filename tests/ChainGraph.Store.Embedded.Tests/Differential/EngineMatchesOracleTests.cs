using ChainGraph.Domain.Analysis;
using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.TestSupport;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Store.Embedded.Tests.Differential;

/// <summary>
/// The engine over the embedded store against the naive oracle (tests/ChainGraph.TestSupport/Differential)
/// on generated data sets of 1,000 and 10,000 companies, many random questions each, asked one after the
/// other and then a few at a time on one store.
/// </summary>
public sealed class EngineMatchesOracleTests(ITestOutputHelper output)
{
    public static TheoryData<int, int> DataSets()
    {
        var data = new TheoryData<int, int>();
        foreach (var (companies, seed) in DiffSweep.Current.DataSets)
        {
            data.Add(companies, seed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public async Task Engine_answers_equal_the_oracle(int companies, int seed)
    {
        using var data = new DiffDataSet(companies, seed, (n, s, folder) => new SyntheticDataSet(n, s).WriteTo(folder));
        data.AssertHasTheCasesTheRulesNeed();
        using var folder = new TempFolder();
        using var store = EmbeddedGraphStore.Open(folder.File("chaingraph.db"));
        var import = await DataSetImporter.RunAsync(data.Folder, store, replace: false, apply: true);
        Assert.True(import.Succeeded, string.Join(Environment.NewLine, import.Problems.Take(5)));

        var questionSeed = 7919 * seed + companies;
        var picker = new QuestionPicker(data.Rows, questionSeed);
        var questions = picker.Pick(DiffSweep.Current.QuestionsPerKind);
        var answers = new EngineAnswers(new ChainEngine(store));
        var run = new DifferentialRun(data, questionSeed, "embedded store, in process");

        await run.CompareAllAsync(questions, answers);
        // the same questions again, three at a time, on the same store
        await run.CompareAllAsync(questions, answers, parallel: 3);

        output.WriteLine($"{data.Name}: {questions.Count} questions twice; tally {run.Tally}");
        run.AssertNoDifference();
        run.Tally.AssertNotVacuous();
    }
}
