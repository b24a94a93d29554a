using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Server.Security;

/// <summary>One API key: a name for logs and limits, the SHA-256 of the key (hex), and its role.</summary>
public sealed class ApiKeyOptions
{
    [Required(AllowEmptyStrings = false)]
    public string Name { get; set; } = "";

    /// <summary>Lower- or upper-case hex SHA-256 of the key (64 characters); <c>chaingraph hash-key</c> prints it.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Sha256 must be 64 hex characters (see 'chaingraph hash-key')")]
    public string Sha256 { get; set; } = "";

    /// <summary><c>Reader</c> or <c>Editor</c>.</summary>
    public CallerRole Role { get; set; } = CallerRole.Reader;
}
