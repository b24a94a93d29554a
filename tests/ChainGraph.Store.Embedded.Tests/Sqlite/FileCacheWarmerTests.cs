using System.Runtime.InteropServices;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.TestSupport;
using Microsoft.Win32.SafeHandles;

namespace ChainGraph.Store.Embedded.Tests.Sqlite;

/// <summary>A large file mostly out of the page cache is read through before the integrity check; a cached one is left alone.</summary>
public sealed partial class FileCacheWarmerTests : IDisposable
{
    private const int DontNeed = 4; // POSIX_FADV_DONTNEED on Linux

    private readonly TempFolder _folder = new();

    [Fact]
    public void A_large_file_out_of_the_cache_is_read_in_and_a_cached_one_is_left_alone()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("the page cache is asked through mincore, on Linux only");
        }
        var path = _folder.File("large.db");
        var length = FileCacheWarmer.MinimumBytes + (1 << 20);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            var block = new byte[1 << 20];
            Random.Shared.NextBytes(block);
            for (long written = 0; written < length; written += block.Length)
            {
                file.Write(block);
            }
            file.Flush(flushToDisk: true);
        }

        // just written: in the cache
        Assert.True(FileCacheWarmer.CachedShare(path, length) > 0.5);
        Assert.False(FileCacheWarmer.WarmIfCold(path));

        // dropped from the cache (clean pages of our own file: no privilege needed), then read in again
        using (var handle = File.OpenHandle(path))
        {
            Assert.Equal(0, PosixFadvise(handle, 0, length, DontNeed));
        }
        Assert.True(FileCacheWarmer.CachedShare(path, length) < 0.5, "the pages were dropped from the cache");
        Assert.True(FileCacheWarmer.WarmIfCold(path));
        Assert.True(FileCacheWarmer.CachedShare(path, length) > 0.5);
    }

    [Fact]
    public void A_small_file_is_never_read_through()
    {
        var path = _folder.File("small.db");
        File.WriteAllBytes(path, new byte[4096]);
        Assert.False(FileCacheWarmer.WarmIfCold(path));
    }

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int PosixFadvise(SafeFileHandle handle, long offset, long length, int advice);

    public void Dispose() => _folder.Dispose();
}
