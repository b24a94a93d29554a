namespace ChainGraph.Domain.Text;

/// <summary>
/// Contract spelling of enumeration values: upper case with underscores (HIGH_TECH), accepted on input
/// in any letter case.
/// </summary>
public static class ContractNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names[value];

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Values.TryGetValue(text.Trim(), out value);

    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Ordered;

    internal static string ToContract(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToDictionary(v => v, v => ToContract(v.ToString()));

        public static readonly Dictionary<string, TEnum> Values =
            Enum.GetValues<TEnum>().ToDictionary(v => ToContract(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);

        public static readonly IReadOnlyList<string> Ordered = Enum.GetValues<TEnum>().Select(v => Names[v]).ToArray();
    }
}
