using System.Diagnostics;

namespace ChainGraph.Bench;

/// <summary>Runs the chaingraph executable or this harness in a fresh process, for measurements.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// The chaingraph program the measurements run: its assembly copied beside the harness by the project reference
    /// (run through <c>dotnet</c>, compiled as it runs), or the executable given with <c>--exe</c> (such as a ReadyToRun
    /// publish, what the README has users run).
    /// </summary>
    public static string Chaingraph { get; private set; } = Path.Combine(AppContext.BaseDirectory, "chaingraph.dll");

    /// <summary>Runs <paramref name="executable"/> instead of the assembly beside the harness (null: keeps the assembly).</summary>
    public static void UseChaingraph(FileInfo? executable)
    {
        if (executable is not null)
        {
            Chaingraph = executable.FullName;
        }
    }

    /// <summary>This harness, for its <c>open</c> probe.</summary>
    public static string Self => typeof(ChildProcess).Assembly.Location;

    /// <summary>
    /// <c>dotnet ASSEMBLY ARGS</c> for an assembly (<c>.dll</c>), with the muxer that runs this process when there is one;
    /// <c>PROGRAM ARGS</c> for an executable.
    /// </summary>
    public static ProcessStartInfo Of(string assembly, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? self
            : "dotnet";
        var info = assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo(host) { ArgumentList = { assembly } }
            : new ProcessStartInfo(assembly);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }
        return info;
    }

    /// <summary>Runs to the end, sampling its peak resident memory; returns exit code, output, wall time and peak MB.</summary>
    public static Task<(int Exit, string Output, string Error, TimeSpan Wall, double? PeakMb)> RunAsync(string assembly, IEnumerable<string> args, CancellationToken ct) =>
        RunAsync(Of(assembly, args), ct);

    /// <summary>Runs a program to the end (output redirected), sampling its peak resident memory.</summary>
    public static async Task<(int Exit, string Output, string Error, TimeSpan Wall, double? PeakMb)> RunAsync(ProcessStartInfo info, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        double? peak = null;
        while (!process.HasExited)
        {
            // VmHWM only grows, so the last reading before exit is the peak up to a few milliseconds.
            if (ProcessMemory.Read(process.Id).PeakMb is { } p)
            {
                peak = p;
            }
            await Task.Delay(10, ct).ConfigureAwait(false);
        }
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false), clock.Elapsed, peak);
    }
}
