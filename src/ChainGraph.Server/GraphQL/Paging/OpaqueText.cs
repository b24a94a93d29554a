using System.Buffers.Text;
using System.Text;

namespace ChainGraph.Server.GraphQL.Paging;

/// <summary>The opaque form of cursors and node ids (base64url of UTF-8 text), and how a handed-out value is shown back in an error.</summary>
public static class OpaqueText
{
    public static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    /// <summary>The text a value holds, or null when it is not base64url of UTF-8 text.</summary>
    public static string? TryDecode(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A value as an error message quotes it: at most 40 characters.</summary>
    public static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
