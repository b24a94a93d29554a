using System.Reflection;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded.Scoped;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests.Scoped;

/// <summary>
/// A store whose writes go to the embedded store and whose reads are answered by a <see cref="ScopedGraphStore"/>
/// opened on the same file after the last write, the way a command-line question reads a store another command
/// wrote: what lets the store contract suites and the differential suite run against the scoped reader.
/// </summary>
public class ScopedReads : DispatchProxy
{
    private static readonly HashSet<string> Writes =
        [nameof(IGraphStore.ApplyAsync), nameof(IGraphStore.DeleteSuppliesAsync), nameof(IGraphStore.DeleteAnchorsAsync), nameof(IGraphStore.DeleteRegionPrioritiesAsync)];

    private readonly Lock _gate = new();
    private EmbeddedGraphStore? _writer;
    private ScopedGraphStore? _reader;
    private string _path = "";

    /// <summary>How many scoped readers have been opened (one after each write that was read after).</summary>
    public int ReadersOpened { get; private set; }

    /// <summary>An empty embedded store in a throw-away folder, read through scoped readers.</summary>
    public static (IGraphStore Store, TempFolder Folder) Create()
    {
        var (writer, folder) = EmbeddedStoreFactory.Create();
        return (Over(writer, folder.File("chaingraph.db")), folder);
    }

    public static Task DisposeAsync(IGraphStore store, TempFolder? folder)
    {
        ((ScopedReads)(object)store).Close();
        folder?.Dispose();
        return Task.CompletedTask;
    }

    public static IGraphStore Over(EmbeddedGraphStore writer, string path)
    {
        var store = Create<IGraphStore, ScopedReads>();
        var proxy = (ScopedReads)(object)store;
        proxy._writer = writer;
        proxy._path = path;
        return store;
    }

    /// <summary>The scoped reader now answering, opening one when there is none.</summary>
    public ScopedGraphStore Reader()
    {
        lock (_gate)
        {
            if (_reader is null)
            {
                _reader = ScopedGraphStore.TryOpen(_path, out var whyNot) ?? throw new InvalidOperationException("scoped reads not possible: " + whyNot);
                ReadersOpened++;
            }
            return _reader;
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _reader?.Dispose();
            _reader = null;
            _writer?.Dispose();
        }
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        try
        {
            if (Writes.Contains(targetMethod.Name))
            {
                lock (_gate)
                {
                    _reader?.Dispose();
                    _reader = null;
                }
                return targetMethod.Invoke(_writer, args);
            }
            return targetMethod.Invoke(Reader(), args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
