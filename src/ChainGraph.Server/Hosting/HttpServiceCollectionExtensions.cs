using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace ChainGraph.Server.Hosting;

/// <summary>Cross-origin access and response compression, as integrators expect them.</summary>
internal static class HttpServiceCollectionExtensions
{
    public const string CorsPolicy = "configured-origins";

    /// <summary>Media types worth compressing beyond ASP.NET Core's defaults (JSON, text).</summary>
    private static readonly string[] Compressible = ["application/geo+json", "application/graphql-response+json", "text/csv"];

    public static IServiceCollection AddChainGraphHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpOptions>().Bind(configuration.GetSection(HttpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var origins = configuration.GetSection(HttpOptions.SectionName).Get<HttpOptions>()?.AllowedOrigins ?? [];
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            // Only the configured origins are echoed; no cookies or credentials (API keys travel in a header).
            policy.WithOrigins([.. origins])
                .WithMethods("GET", "POST", "HEAD")
                .WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key")
                .WithExposedHeaders("ETag", "Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(Compressible);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
