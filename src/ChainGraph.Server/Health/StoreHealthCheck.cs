using ChainGraph.Domain.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChainGraph.Server.Health;

/// <summary>Ready means the store answers.</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("store answers");
        }
        catch (StoreUnavailableException e)
        {
            return HealthCheckResult.Unhealthy("store unavailable", e);
        }
    }
}
