using System.Buffers.Text;
using System.Text;
using ChainGraph.Domain;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>
/// Opaque page cursors of <c>companies</c>: base64url of a prefix and the company id, so clients do not build them
/// and a cursor that was not handed out is refused (BAD_INPUT) instead of silently starting somewhere.
/// </summary>
public static class CompanyCursor
{
    private const string Prefix = "company:";

    public static string Encode(string companyId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + companyId));

    public static string Decode(string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && text.Length > Prefix.Length)
            {
                return text[Prefix.Length..];
            }
        }
        catch (FormatException)
        {
        }
        throw BadArgumentException.OutOfRange(argument, $"'{Shown(cursor)}' is not a cursor of this connection: pass the endCursor (or an edge's cursor) of a previous page");
    }

    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
