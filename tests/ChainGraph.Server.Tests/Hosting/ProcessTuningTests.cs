using System.Text.RegularExpressions;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>
/// Process-wide runtime tuning belongs to the executable (Hosting/StoreLoadGcScope), never to a library. Allocating
/// an array (<c>GC.AllocateUninitializedArray</c>) tunes nothing beyond that array and is allowed.
/// </summary>
public sealed partial class ProcessTuningTests
{
    [Theory]
    [InlineData("ChainGraph.Domain")]
    [InlineData("ChainGraph.Import")]
    [InlineData("ChainGraph.Store.Embedded")]
    [InlineData("ChainGraph.Store.Neo4j")]
    public void A_library_leaves_the_garbage_collector_alone(string project)
    {
        var folder = Path.Combine(Repo.Root, "src", project);
        var calls = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(Repo.Root, f), Line: i + 1, Text: line)))
            .Where(l => CollectorCall().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}");
        Assert.Empty(calls);
    }

    [Theory]
    [InlineData("GC.Collect();", true)]
    [InlineData("GCSettings.LatencyMode = GCLatencyMode.Batch;", true)]
    [InlineData("_ = GC.TryStartNoGCRegion(budget);", true)]
    [InlineData("var image = GC.AllocateUninitializedArray<byte>(n);", false)]
    [InlineData("var rows = GC.AllocateArray<int>(n, pinned: true);", false)]
    public void The_check_tells_tuning_from_allocating(string line, bool tuning) =>
        Assert.Equal(tuning, CollectorCall().IsMatch(line));

    [GeneratedRegex(@"\bGC(Settings)?\.(?!Allocate(Uninitialized)?Array\b)\w+")]
    private static partial Regex CollectorCall();
}
