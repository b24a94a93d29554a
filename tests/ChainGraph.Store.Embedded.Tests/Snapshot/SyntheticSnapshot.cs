using ChainGraph.Import;
using ChainGraph.Server.Generate;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests.Snapshot;

/// <summary>Snapshots of generated data sets, read and checked as an import reads them.</summary>
internal static class SyntheticSnapshot
{
    /// <summary>The indexed snapshot of the synthetic data set of <paramref name="companies"/> companies and <paramref name="seed"/>.</summary>
    public static GraphSnapshot Of(int companies, int seed)
    {
        using var folder = new TempFolder();
        new SyntheticDataSet(companies, seed).WriteTo(folder.Path);
        var draft = DataSetReader.ReadFolder(folder.Path);
        Assert.True(draft.IsValid);
        return new GraphSnapshot(new GraphData().With(draft.ToChangeSet(false)));
    }
}
