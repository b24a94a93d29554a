using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Server.Hosting;

/// <summary>HTTP settings (configuration section <c>ChainGraph:Http</c>).</summary>
public sealed class HttpOptions : IValidatableObject
{
    public const string SectionName = "ChainGraph:Http";

    /// <summary>
    /// Origins of browser apps on other sites that may call the API (a city's own dashboard), e.g.
    /// <c>https://dashboard.example.gov.cn</c>. Empty (the default): no cross-origin access.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                yield return new ValidationResult(
                    $"ChainGraph:Http:AllowedOrigins: '{origin}' is not an origin (scheme, host and optional port, like https://dashboard.example.gov.cn, no path and no trailing slash)",
                    [nameof(AllowedOrigins)]);
            }
        }
    }
}
