using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

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
    /// <remarks>
    /// The call itself (a lambda of the harness, and the state machine of an async lambda) is compiled before the
    /// clock starts: what is timed is the engine's first calls, not the compilation of the harness's own code.
    /// </remarks>
    public static async Task<double[]> FirstCallsAsync(Func<Task> call, int count)
    {
        Precompile(call.Method);
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call().ConfigureAwait(false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return times;
    }

    private static void Precompile(MethodInfo method)
    {
        RuntimeHelpers.PrepareMethod(method.MethodHandle);
        if (method.GetCustomAttribute<AsyncStateMachineAttribute>()?.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } moveNext)
        {
            RuntimeHelpers.PrepareMethod(moveNext.MethodHandle);
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.000} ms, p90 {P90:0.000} ms, p99 {P99:0.000} ms (n={Count})");

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
}
