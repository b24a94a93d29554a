namespace ChainGraph.Domain.Analysis;

/// <summary>
/// What a warm-up did: how many rounds of questions it asked, how long it took, whether the runtime had stopped
/// compiling when it ended (rather than its time running out), and what it asked about (none on an empty store).
/// </summary>
public sealed record EngineWarmUpReport(int Rounds, TimeSpan Elapsed, bool Settled, WarmUpQuestions? Questions);
