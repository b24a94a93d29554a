using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Security;

/// <summary>Checks every configured key at start-up, naming the bad entry.</summary>
internal sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(key, new ValidationContext(key), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"ChainGraph:Security:ApiKeys:{i} ({key.Name}): {r.ErrorMessage}"));
            }
            if (key.Role == CallerRole.Anonymous)
            {
                failures.Add($"ChainGraph:Security:ApiKeys:{i} ({key.Name}): Role must be Reader or Editor");
            }
        }
        var duplicate = options.ApiKeys.GroupBy(k => k.Sha256, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            failures.Add($"ChainGraph:Security:ApiKeys: the same key hash appears twice ({string.Join(", ", duplicate.Select(k => k.Name))})");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
