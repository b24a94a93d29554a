using System.Diagnostics;
using System.Globalization;

namespace ChainGraph.Bench;

/// <summary>Times repeated calls and reports percentiles in milliseconds.</summary>
internal sealed record Latency(double P50, double P90, double P99, int Count)
{
    public static async Task<Latency> MeasureAsync(Func<Task> call, int warmup, int count)
    {
        for (var i = 0; i < warmup; i++)
        {
            await call().ConfigureAwait(false);
        }
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call().ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return new Latency(At(times, 0.50), At(times, 0.90), At(times, 0.99), count);
    }

    /// <summary>The times of the first <paramref name="count"/> calls, in order, in milliseconds.</summary>
    public static async Task<double[]> FirstCallsAsync(Func<Task> call, int count)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call().ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return times;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.000} ms, p90 {P90:0.000} ms, p99 {P99:0.000} ms (n={Count})");

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
}
