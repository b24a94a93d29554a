using System.Diagnostics;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Runs a command line tool and collects its output; null when it cannot be started.</summary>
internal static class Tool
{
    public sealed record Result(int ExitCode, string Output);

    public static Result? Run(string fileName, string arguments, string? workingDirectory, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                return new Result(-1, $"{fileName} {arguments} timed out");
            }
            return new Result(process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
