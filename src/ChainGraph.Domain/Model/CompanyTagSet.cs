namespace ChainGraph.Domain.Model;

/// <summary>Conversions between <see cref="CompanyTags"/> flags and tag lists.</summary>
public static class CompanyTagSet
{
    public static CompanyTags Of(IEnumerable<CompanyTag> tags)
    {
        var result = CompanyTags.None;
        foreach (var tag in tags)
        {
            result |= (CompanyTags)(1 << (int)tag);
        }
        return result;
    }

    public static IReadOnlyList<CompanyTag> ToList(CompanyTags tags)
    {
        var list = new List<CompanyTag>(4);
        foreach (var tag in Enum.GetValues<CompanyTag>())
        {
            if ((tags & (CompanyTags)(1 << (int)tag)) != 0)
            {
                list.Add(tag);
            }
        }
        return list;
    }

    /// <summary>How many of HIGH_TECH, SRDI and LISTED are set (ANCHOR is not a credential).</summary>
    public static int Credentials(CompanyTags tags) =>
        ((tags & CompanyTags.HighTech) != 0 ? 1 : 0)
        + ((tags & CompanyTags.Srdi) != 0 ? 1 : 0)
        + ((tags & CompanyTags.Listed) != 0 ? 1 : 0);
}
