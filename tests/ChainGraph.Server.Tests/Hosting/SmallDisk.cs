using System.Diagnostics;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>
/// A small tmpfs mounted for one test, so a full disk and a read-only file system are real (the tests run
/// as root, for whom file modes alone do not make a file read-only). Needs mount rights.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why mounting cannot be done here, or null when it can (checked once).</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>Mounts a tmpfs of <paramref name="size"/>; where mounting cannot be done, reports the calling test as skipped with the reason.</summary>
    public static SmallDisk Mount(string size)
    {
        if (Unavailable is { } reason)
        {
            Assert.Skip(reason);
        }
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chaingraph-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path);
        return new SmallDisk(path);
    }

    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", Path);

    /// <summary>Writes a file until the disk is full; returns its path.</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // full
        }
        return filler;
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux tmpfs mounts";
        }
        try
        {
            using var disk = Mount("64k");
            return null;
        }
        catch (InvalidOperationException e)
        {
            return "cannot mount a tmpfs here (" + e.Message + "): needs root with mount rights";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return "cannot run mount here (" + e.Message + ")";
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {error.Trim()}");
        }
    }
}
