using ChainGraph.Domain.Analysis;
using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.Store.Neo4j.Tests.Contract;
using ChainGraph.Store.Neo4j.Tests.Infrastructure;
using ChainGraph.TestSupport.Differential;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Store.Neo4j.Tests.Differential;

/// <summary>
/// The engine over Neo4j against the naive oracle on a generated data set of 1,000 companies (all the
/// differential data sets with CHAINGRAPH_DIFF_SWEEP=large); skipped with the reason when there is no Neo4j.
/// </summary>
[Collection(SharedNeo4jDatabase.Name)]
public sealed class Neo4jMatchesOracleTests(ITestOutputHelper output)
{
    public static TheoryData<int, int> DataSets()
    {
        var data = new TheoryData<int, int>();
        foreach (var (companies, seed) in DiffSweep.Current.IsLarge ? DiffSweep.Current.DataSets : DiffSweep.Current.DataSets.Take(1))
        {
            data.Add(companies, seed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public async Task Engine_answers_on_Neo4j_equal_the_oracle(int companies, int seed)
    {
        Neo4jAvailability.SkipUnlessAvailable();
        using var data = new DiffDataSet(companies, seed, (n, s, folder) => new SyntheticDataSet(n, s).WriteTo(folder));
        data.AssertHasTheCasesTheRulesNeed();
        var endpoint = await Neo4jTestServer.GetAsync();
        await using var provider = Neo4jStoreFactory.Build(new Dictionary<string, string?>
        {
            ["ChainGraph:Neo4j:Uri"] = endpoint.Uri.ToString(),
            ["ChainGraph:Neo4j:User"] = endpoint.User,
            ["ChainGraph:Neo4j:Password"] = endpoint.Password,
            ["ChainGraph:Neo4j:Database"] = endpoint.Database,
        });
        var store = provider.GetRequiredService<Neo4jGraphStore>();
        await store.ClearDatabaseAsync();
        await store.EnsureSchemaAsync();
        var import = await DataSetImporter.RunAsync(data.Folder, store, replace: false, apply: true);
        Assert.True(import.Succeeded, string.Join(Environment.NewLine, import.Problems.Take(5)));

        var questionSeed = (7919 * seed) + companies; // the embedded store's differential test asks the same questions
        var questions = new QuestionPicker(data.Rows, questionSeed).Pick(DiffSweep.Current.QuestionsPerKind);
        var run = new DifferentialRun(data, questionSeed, "Neo4j store");
        await run.CompareAllAsync(questions, new EngineAnswers(new ChainEngine(store)), parallel: 2);

        output.WriteLine($"{data.Name}: {questions.Count} questions; tally {run.Tally}");
        run.AssertNoDifference();
        run.Tally.AssertNotVacuous();
    }
}
