using System.Threading.RateLimiting;
using ChainGraph.Server.GraphQL;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Hosting;

/// <summary>Per-client token buckets: a client is its API key's name, or else its IP address.</summary>
internal static class RateLimiting
{
    public const string Policy = "per-client";

    public static IServiceCollection AddChainGraphRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await GraphQLEndpoint.WriteErrorAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "RATE_LIMITED", "too many requests from this client; slow down");
            };
            limiter.AddPolicy(Policy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
                // authentication has run: a signed-in caller is its key's name
                var client = http.User.Identity is { IsAuthenticated: true, Name: { } key } ? "key:" + key : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.Burst,
                    TokensPerPeriod = options.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }
}
