using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Server.WarmUp;

/// <summary>
/// The warm-up the service runs on the opened store before it listens (<c>ChainGraph:WarmUp</c>), so the first
/// questions after a start are answered by optimised code.
/// </summary>
public sealed class WarmUpOptions
{
    public const string SectionName = "ChainGraph:WarmUp";

    /// <summary>Warm up before listening; off, the service listens as soon as the store is open.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest the warm-up may take, in seconds; the service then listens whether the warm-up settled or not.</summary>
    [Range(1, 600)]
    public int Seconds { get; set; } = 15;
}
