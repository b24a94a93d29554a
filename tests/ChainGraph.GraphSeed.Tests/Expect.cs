namespace ChainGraph.GraphSeed.Tests;

/// <summary>Assertions whose failure message names every offending row.</summary>
internal static class Expect
{
    /// <summary>Fails when <paramref name="offenders"/> is not empty, listing all of them under <paramref name="what"/>.</summary>
    public static void None(IEnumerable<string> offenders, string what)
    {
        var list = offenders.ToList();
        Assert.True(list.Count == 0, $"{list.Count} {what}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", list));
    }
}
