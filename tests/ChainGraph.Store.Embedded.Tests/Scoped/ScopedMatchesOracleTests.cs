using ChainGraph.Domain.Analysis;
using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.Store.Embedded.Scoped;
using ChainGraph.Store.Embedded.Tests.Differential;
using ChainGraph.TestSupport;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Store.Embedded.Tests.Scoped;

/// <summary>
/// The engine over the scoped reader against the naive oracle, on the generated data sets the embedded store's
/// differential suite uses: first every question kind on one reader that widens its scope question after question
/// (three at a time, too), then the region questions and supply paths each on a reader of its own, as a command-line question reads.
/// </summary>
public sealed class ScopedMatchesOracleTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(EngineMatchesOracleTests.DataSets), MemberType = typeof(EngineMatchesOracleTests))]
    public async Task Scoped_answers_equal_the_oracle(int companies, int seed)
    {
        using var data = new DiffDataSet(companies, seed, (n, s, folder) => new SyntheticDataSet(n, s).WriteTo(folder));
        using var folder = new TempFolder();
        var path = folder.File("chaingraph.db");
        using (var writer = EmbeddedGraphStore.Open(path))
        {
            var import = await DataSetImporter.RunAsync(data.Folder, writer, replace: false, apply: true);
            Assert.True(import.Succeeded, string.Join(Environment.NewLine, import.Problems.Take(5)));
        }

        var questionSeed = 7919 * seed + companies + 1;
        var questions = new QuestionPicker(data.Rows, questionSeed).Pick(DiffSweep.Current.QuestionsPerKind);
        var run = new DifferentialRun(data, questionSeed, "scoped reader");

        using (var shared = ScopedGraphStore.TryOpen(path, out var whyNot) ?? throw new InvalidOperationException(whyNot))
        {
            var answers = new EngineAnswers(new ChainEngine(shared));
            await run.CompareAllAsync(questions, answers, parallel: 3);
        }

        var regional = questions.Where(q => q.Field is DiffQuestion.Coverage or DiffQuestion.Gaps or DiffQuestion.Targets or DiffQuestion.Pipeline or DiffQuestion.Paths).ToList();
        var fresh = new FreshReaderAnswers(path);
        await run.CompareAllAsync(regional, fresh);

        output.WriteLine($"{data.Name}: {questions.Count} questions on one reader, {regional.Count} on a reader each; tally {run.Tally}");
        run.AssertNoDifference();
        run.Tally.AssertNotVacuous();
        Assert.Equal(0, fresh.OpenedWhole);
    }
}
