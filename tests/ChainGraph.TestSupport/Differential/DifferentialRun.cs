using System.Collections.Concurrent;
using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Text;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// Asks questions of an answerer and of the oracle and compares the answers field by field. A difference
/// (or an exception) is reported with the data set, the question seed, the question with its arguments, and
/// the first differing field. <see cref="Tally"/> counts what the answers held, so that a test can check
/// that it compared more than empty lists.
/// </summary>
public sealed class DifferentialRun(DiffDataSet data, int questionSeed, string where)
{
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly object _gate = new();
    private volatile bool _hung;

    /// <summary>
    /// Not a time limit on the answer (no answer is timed) but a guard against one that never comes, such as
    /// a loop over corrupted links: after this long the question is reported as not answered and no more are asked.
    /// </summary>
    public static TimeSpan HangGuard { get; } = TimeSpan.FromSeconds(60);

    public DiffTally Tally { get; } = new();

    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Compares one question; returns the failure message, or null when the answers agree.</summary>
    public async Task<string?> CompareAsync(DiffQuestion q, IQuestionAnswers answers)
    {
        if (_hung)
        {
            return null;
        }
        DiffError? error;
        List<(string Path, object? Value)> expected;
        lock (_gate) // the oracle keeps a small cache; one question at a time
        {
            error = data.Oracle.ErrorFor(q);
            expected = error is null ? Expected(q) : AnswerFields.Of(error);
            if (error is not null)
            {
                Tally.Add($"error {q.Field}", true, false);
            }
        }
        List<(string Path, object? Value)> actual;
        try
        {
            actual = await Task.Run(async () => q.Field switch
            {
                DiffQuestion.Coverage => AnswerFields.Of(await answers.CoverageAsync(q)),
                DiffQuestion.Gaps => AnswerFields.Of(await answers.GapsAsync(q)),
                DiffQuestion.Targets => AnswerFields.Of(await answers.TargetsAsync(q)),
                DiffQuestion.Paths => AnswerFields.Of((await answers.PathsAsync(q)).Select(p => p.CompanyIds).ToList()),
                DiffQuestion.Compare => AnswerFields.Of(await answers.CompareAsync(q)),
                DiffQuestion.Simulate => AnswerFields.Of(await answers.SimulateAsync(q)),
                _ => AnswerFields.Of(await answers.PipelineAsync(q)),
            }).WaitAsync(HangGuard);
        }
        catch (TimeoutException)
        {
            _hung = true;
            return Fail(q, $"no answer after {HangGuard.TotalSeconds} s (hung; no further questions asked)");
        }
        catch (BadArgumentException e) when (error is not null)
        {
            actual = AnswerFields.Of(e, error);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var expectation = error is null ? "" : $" (expected the error {error})";
            return Fail(q, $"threw {e.GetType().Name}: {e.Message.Split('\n')[0]}{expectation}");
        }
        if (error is not null && actual.Count > 0 && !actual[0].Path.StartsWith("error.", StringComparison.Ordinal))
        {
            return Fail(q, $"answered instead of failing with {error}");
        }
        var difference = AnswerFields.FirstDifference(expected, actual);
        return difference is null ? null : Fail(q, difference);
    }

    /// <summary>Compares every question, <paramref name="parallel"/> at a time; collects failures rather than stopping at the first.</summary>
    public async Task CompareAllAsync(IReadOnlyList<DiffQuestion> questions, IQuestionAnswers answers, int parallel = 1)
    {
        var next = -1;
        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < questions.Count && !_hung; i = Interlocked.Increment(ref next))
            {
                await CompareAsync(questions[i], answers);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(Worker)));
    }

    /// <summary>Fails the test with the first differences found, if any.</summary>
    public void AssertNoDifference()
    {
        if (!_failures.IsEmpty)
        {
            Assert.Fail($"{_failures.Count} answer(s) differ from the oracle; the first:{Environment.NewLine}{string.Join(Environment.NewLine, _failures.Take(5))}");
        }
    }

    private string Fail(DiffQuestion q, string what)
    {
        var message = $"[{where}] {data.Name}, question seed {questionSeed}: {q}: {what}";
        _failures.Enqueue(message);
        return message;
    }

    private List<(string Path, object? Value)> Expected(DiffQuestion q)
    {
        var o = data.Oracle;
        switch (q.Field)
        {
            case DiffQuestion.Coverage:
                var coverage = o.Coverage(q.RegionCode!, q.ChainId!, q.WeakBelow ?? 2);
                Tally.Add(q.Field, coverage.Any(c => c.LocalCompanyCount > 0), coverage.Any(c => c.Declared) && coverage.Any(c => c.LocalAnchorCount > 0));
                return AnswerFields.Of(coverage);
            case DiffQuestion.Gaps:
                var gaps = o.Gaps(q.RegionCode!, q.ChainId!, q.WeakBelow ?? 2);
                Tally.Add(q.Field, gaps.Count > 0, gaps.Any(g => g.AnchorCount > 1));
                DiffTally.AddGapFeatures(Tally, "gap", gaps);
                return AnswerFields.Of(gaps);
            case DiffQuestion.Targets:
                var scope = q.Scope ?? RecruitScope.New;
                var targets = o.Targets(q.RegionCode!, q.SegmentId!, q.First ?? 20, q.Weights, scope);
                Tally.Add(q.Field, targets.Any(t => t.AnchorTies > 0), targets.Any(t => t.AnchorTies > 1));
                Tally.Add($"targets scope {ContractNames.Of(scope)}", targets.Count > 0, targets.Any(t => t.GroupLocal));
                Tally.Add("target with ties of mixed confidence", targets.Any(DiffTally.HasMixedTies), false);
                return AnswerFields.Of(targets);
            case DiffQuestion.Paths:
                var paths = o.Paths(q.FromCompanyId!, q.ToCompanyId!, q.MaxHops ?? 4);
                Tally.Add(q.Field, paths.Count > 0, paths.Count > 1);
                return AnswerFields.Of(paths);
            case DiffQuestion.Compare:
                var rows = o.CompareRegions(q.RegionCodes!, q.ChainId!, q.WeakBelow ?? 2);
                var cells = rows.SelectMany(r => r.Cells).ToList();
                Tally.Add(q.Field, cells.Any(c => c.LocalCompanyCount > 0), cells.Any(c => c.LocationQuotient is null) && cells.Any(c => c.LocationQuotient > 1));
                return AnswerFields.Of(rows);
            case DiffQuestion.Simulate:
                var simulation = o.SimulateRecruitment(q.RegionCode!, q.ChainId!, q.CompanyIds!, q.WeakBelow ?? 2);
                Tally.Add(q.Field, simulation.CoverageChanges.Count > 0, simulation.ClosedGaps.Count + simulation.ChangedGaps.Count + simulation.NewGaps.Count > 1);
                DiffTally.AddSimulationFeatures(Tally, simulation);
                return AnswerFields.Of(simulation);
            default:
                var pipeline = o.Pipeline(q.RegionCode!, q.FromDate, q.ToDate);
                Tally.Add(q.Field, pipeline.ByStatus.Any(b => b.Count > 0), pipeline.ByStatus.Count(b => b.Count > 0) > 1 && pipeline.ByStatus.Any(b => b.UndisclosedCount > 0));
                return AnswerFields.Of(pipeline);
        }
    }
}
