using System.Globalization;

namespace ChainGraph.Bench;

/// <summary>Resident and peak resident memory of a process, from /proc (Linux).</summary>
internal static class ProcessMemory
{
    /// <summary>VmRSS and VmHWM in MB, or nulls where /proc is not available.</summary>
    public static (double? RssMb, double? PeakMb) Read(int pid)
    {
        try
        {
            double? rss = null, peak = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kb(line) / 1024;
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kb(line) / 1024;
                }
            }
            return (rss, peak);
        }
        catch (IOException)
        {
            return (null, null);
        }
        catch (UnauthorizedAccessException)
        {
            return (null, null);
        }
    }

    private static double Kb(string line) =>
        double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}
