using System.Globalization;

namespace ChainGraph.Store.Neo4j.Mapping;

/// <summary>
/// When the company_names full-text index (cjk analyzer) can narrow a name search without losing a match.
/// The analyzer indexes a run of Han characters as overlapping pairs, so a phrase query of two or more
/// Han characters finds every name that contains them; anything else (one character, Latin text, which
/// the analyzer splits into words and filters for stop words) is searched by scanning. The exact
/// "contains, ignoring case" test is applied to the candidates either way.
/// </summary>
internal static class NameSearch
{
    /// <summary>The Lucene phrase query for <paramref name="text"/>, or null when the index cannot be trusted with it.</summary>
    public static string? Phrase(string? text)
    {
        if (text is null || text.Length < 2)
        {
            return null;
        }
        foreach (var c in text)
        {
            if (!IsHan(c))
            {
                return null;
            }
        }
        return "\"" + text + "\"";
    }

    private static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
