using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Server.Hosting;

/// <summary>Per-client rate limit on /graphql and the API (configuration section <c>ChainGraph:RateLimit</c>).
/// A client is its API key's name, or else its IP address.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "ChainGraph:RateLimit";

    /// <summary>Requests a client may make each second, on average.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 200;

    /// <summary>Requests a client may make at once after being idle.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 400;
}
