using System.Diagnostics;

namespace ChainGraph.Server.Bench;

/// <summary>Starts this same executable with other arguments, for measurements in fresh processes.</summary>
internal static class ChildProcess
{
    public static ProcessStartInfo Of(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var info = Path.GetFileNameWithoutExtension(self).Equals("chaingraph", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo(self)
            : new ProcessStartInfo(self) { ArgumentList = { typeof(ChildProcess).Assembly.Location } };
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
    public static async Task<(int Exit, string Output, string Error, TimeSpan Wall, double? PeakMb)> RunAsync(IEnumerable<string> args, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(Of(args))!;
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
