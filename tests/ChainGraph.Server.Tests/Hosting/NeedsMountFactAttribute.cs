namespace ChainGraph.Server.Tests.Hosting;

/// <summary>A fact that reports as skipped, with the reason, where tmpfs mounts are not allowed.</summary>
public sealed class NeedsMountFactAttribute : FactAttribute
{
    public NeedsMountFactAttribute()
    {
        if (SmallDisk.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
