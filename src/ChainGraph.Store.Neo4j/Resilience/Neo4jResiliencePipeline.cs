using System.Net;
using ChainGraph.Store.Neo4j.Errors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ChainGraph.Store.Neo4j.Resilience;

/// <summary>
/// The pipeline around every Query API request, outermost first: total timeout, retry (jittered
/// exponential backoff, transient failures of idempotent requests only), circuit breaker (counts
/// transient failures of any request), attempt timeout.
/// </summary>
public static class Neo4jResiliencePipeline
{
    public const string Name = "neo4j";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, Neo4jResilienceOptions options)
    {
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetryAttempts > 0
                    && Neo4jRequestPolicy.IsIdempotent(args.Context.GetRequestMessage())
                    && IsTransient(args.Outcome)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    /// <summary>
    /// Transient: network and I/O errors, timeouts, <see cref="Neo4jTransientException"/> (Neo.TransientError.*,
    /// HTTP 5xx, 408, 429). Not transient: client, authentication and database errors, cancellation by the caller.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { } response && IsTransientStatus(response.StatusCode),
        Neo4jTransientException or HttpRequestException or TimeoutRejectedException or IOException => true,
        _ => false,
    };

    private static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    /// <summary>Turns what the pipeline throws when it gives up into a <see cref="Neo4jException"/>.</summary>
    public static Neo4jException? Translate(Exception exception) => exception switch
    {
        Neo4jException known => known,
        BrokenCircuitException broken => new Neo4jTransientException(Neo4jCodes.CircuitOpen, "Neo4j failed repeatedly; requests are paused: " + broken.Message, null, broken),
        TimeoutRejectedException timeout => new Neo4jTransientException(Neo4jCodes.Timeout, "Neo4j did not answer in time: " + timeout.Message, null, timeout),
        HttpRequestException http => new Neo4jTransientException(Neo4jCodes.Unreachable, "Neo4j cannot be reached: " + http.Message, http.StatusCode, http),
        IOException io => new Neo4jTransientException(Neo4jCodes.Unreachable, "The connection to Neo4j broke: " + io.Message, null, io),
        _ => null,
    };
}
