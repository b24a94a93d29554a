using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// The checks DataAnnotations cannot express: an HTTP(S) address (with a hint when a bolt:// or
/// neo4j:// address is given), one way to authenticate, and consistent resilience settings.
/// </summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (options.Uri is { } uri)
        {
            if (!uri.IsAbsoluteUri)
            {
                failures.Add($"ChainGraph:Neo4j:Uri must be an absolute http:// or https:// address, not '{uri}'");
            }
            else if (uri.Scheme is not ("http" or "https"))
            {
                var hint = uri.Scheme.StartsWith("bolt", StringComparison.Ordinal) || uri.Scheme.StartsWith("neo4j", StringComparison.Ordinal)
                    ? $" (the store talks to the HTTP Query API: use http://{uri.Host}:7474, or https://{uri.Host} for Aura)"
                    : "";
                failures.Add($"ChainGraph:Neo4j:Uri must use http or https, not '{uri.Scheme}'{hint}");
            }
            else if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                failures.Add("ChainGraph:Neo4j:Uri must not hold credentials; use ChainGraph:Neo4j:User and ChainGraph:Neo4j:Password");
            }
        }

        var hasUser = !string.IsNullOrEmpty(options.User);
        var hasPassword = !string.IsNullOrEmpty(options.Password);
        var hasToken = !string.IsNullOrEmpty(options.BearerToken);
        if (hasToken && (hasUser || hasPassword))
        {
            failures.Add("ChainGraph:Neo4j: set either User and Password or BearerToken, not both");
        }
        else if (hasUser != hasPassword)
        {
            failures.Add(hasUser
                ? "ChainGraph:Neo4j:Password is required when ChainGraph:Neo4j:User is set"
                : "ChainGraph:Neo4j:User is required when ChainGraph:Neo4j:Password is set");
        }
        if (options.User?.Contains(':', StringComparison.Ordinal) == true)
        {
            failures.Add("ChainGraph:Neo4j:User must not contain ':'");
        }

        var r = options.Resilience;
        if (r is null)
        {
            failures.Add("ChainGraph:Neo4j:Resilience must not be null");
        }
        else
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(r, new ValidationContext(r), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(x => x.ErrorMessage ?? "ChainGraph:Neo4j:Resilience is invalid"));
            }
            if (r.AttemptTimeout > r.TotalTimeout)
            {
                failures.Add($"ChainGraph:Neo4j:Resilience:AttemptTimeout ({r.AttemptTimeout}) must not be longer than TotalTimeout ({r.TotalTimeout})");
            }
            if (r.RetryDelay > r.MaxRetryDelay)
            {
                failures.Add($"ChainGraph:Neo4j:Resilience:RetryDelay ({r.RetryDelay}) must not be longer than MaxRetryDelay ({r.MaxRetryDelay})");
            }
            if (r.SamplingDuration < 2 * r.AttemptTimeout)
            {
                failures.Add($"ChainGraph:Neo4j:Resilience:SamplingDuration ({r.SamplingDuration}) must be at least twice AttemptTimeout ({r.AttemptTimeout})");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
