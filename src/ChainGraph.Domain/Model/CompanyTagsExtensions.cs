namespace ChainGraph.Domain.Model;

/// <summary>
/// Conversions of a <see cref="CompanyTags"/> set, written as members of the set itself
/// (<c>CompanyTags.Of(list)</c>, <c>tags.ToList()</c>, <c>tags.ContractNames()</c>, <c>tags.Credentials()</c>).
/// </summary>
public static class CompanyTagsExtensions
{
    extension(CompanyTags tags)
    {
        /// <summary>The set holding these tags.</summary>
        public static CompanyTags Of(IEnumerable<CompanyTag> list)
        {
            var result = CompanyTags.None;
            foreach (var tag in list)
            {
                result |= (CompanyTags)(1 << (int)tag);
            }
            return result;
        }

        /// <summary>The set of one tag given by its contract name (any letter case); false for an unknown name.</summary>
        public static bool TryParse(string name, out CompanyTags tag)
        {
            var known = Text.ContractNames.TryParse<CompanyTag>(name, out var single);
            tag = known ? (CompanyTags)(1 << (int)single) : CompanyTags.None;
            return known;
        }

        /// <summary>The tags in enum order.</summary>
        public IReadOnlyList<CompanyTag> ToList()
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

        /// <summary>The tags' contract names in enum order (ANCHOR, HIGH_TECH, SRDI, LISTED).</summary>
        public string[] ContractNames() => [.. tags.ToList().Select(Text.ContractNames.Of)];

        /// <summary>How many of HIGH_TECH, SRDI and LISTED are set (ANCHOR is not a credential).</summary>
        public int Credentials() =>
            ((tags & CompanyTags.HighTech) != 0 ? 1 : 0)
            + ((tags & CompanyTags.Srdi) != 0 ? 1 : 0)
            + ((tags & CompanyTags.Listed) != 0 ? 1 : 0);
    }
}
