using System.Reflection;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Import.Tests;

/// <summary>
/// A store that holds nothing and records the change sets applied to it; the import needs only key
/// lookups and <see cref="IGraphStore.ApplyAsync"/>, any other call fails the test.
/// </summary>
public class RecordingStore : DispatchProxy
{
    public List<ChangeSet> Applied { get; } = [];

    public static (IGraphStore Store, RecordingStore Recorder) Create()
    {
        var store = Create<IGraphStore, RecordingStore>();
        return (store, (RecordingStore)(object)store);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        switch (targetMethod?.Name)
        {
            case nameof(IGraphStore.ApplyAsync):
                Applied.Add((ChangeSet)args![0]!);
                return ValueTask.CompletedTask;
            case nameof(IKeyLookup.FindKeysAsync):
                return new ValueTask<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
            default:
                throw new NotSupportedException($"the import should not call {targetMethod?.Name}");
        }
    }
}
