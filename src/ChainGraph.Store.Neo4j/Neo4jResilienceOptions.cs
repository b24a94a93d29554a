using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// How the store's HTTP client copes with failures (configuration section <c>ChainGraph:Neo4j:Resilience</c>).
/// Only transient failures are retried (network errors, HTTP 5xx, <c>Neo.TransientError.*</c>), and only for
/// idempotent requests; see docs/neo4j.md.
/// </summary>
public sealed class Neo4jResilienceOptions
{
    /// <summary>Limit for one request including its retries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "ChainGraph:Neo4j:Resilience:TotalTimeout must be between 1 second and 1 hour")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Limit for one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "ChainGraph:Neo4j:Resilience:AttemptTimeout must be between 100 ms and 1 hour")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt (0 turns retries off).</summary>
    [Range(0, 10, ErrorMessage = "ChainGraph:Neo4j:Resilience:MaxRetryAttempts must be between 0 and 10")]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; it doubles per retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "ChainGraph:Neo4j:Resilience:RetryDelay must be between 0 and 1 minute")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "ChainGraph:Neo4j:Resilience:MaxRetryDelay must be between 0 and 10 minutes")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Share of failed requests in <see cref="SamplingDuration"/> that opens the circuit.</summary>
    [Range(0.01, 1.0, ErrorMessage = "ChainGraph:Neo4j:Resilience:FailureRatio must be between 0.01 and 1")]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Requests needed in <see cref="SamplingDuration"/> before the circuit may open.</summary>
    [Range(2, 10_000, ErrorMessage = "ChainGraph:Neo4j:Resilience:MinimumThroughput must be between 2 and 10000")]
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>Window over which failures are counted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00", ErrorMessage = "ChainGraph:Neo4j:Resilience:SamplingDuration must be between 0.5 seconds and 1 hour")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit refuses requests before letting one through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00", ErrorMessage = "ChainGraph:Neo4j:Resilience:BreakDuration must be between 0.5 seconds and 1 hour")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an import's explicit transaction is run again from the start after a transient failure.</summary>
    [Range(0, 10, ErrorMessage = "ChainGraph:Neo4j:Resilience:TransactionRetries must be between 0 and 10")]
    public int TransactionRetries { get; set; } = 2;
}
