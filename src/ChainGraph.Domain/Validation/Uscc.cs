namespace ChainGraph.Domain.Validation;

/// <summary>The unified social credit code of GB 32100-2015: 18 characters with a check character.</summary>
public static class Uscc
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Returns null when <paramref name="code"/> is valid, otherwise the reason it is not.</summary>
    public static string? Check(string code)
    {
        if (code.Length != 18)
        {
            return $"uscc {Shown.Quote(code)} must be 18 characters, not {code.Length}";
        }
        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return $"uscc {Shown.Quote(code)} has '{code[i]}' at position {i + 1}, outside the GB 32100 alphabet (digits and A-Z without I, O, S, V, Z)";
            }
            if (i < 17)
            {
                sum += value * Weights[i];
            }
        }
        var expected = (31 - (sum % 31)) % 31;
        return Alphabet[expected] == code[17]
            ? null
            : $"uscc {Shown.Quote(code)} has check character '{code[17]}', expected '{Alphabet[expected]}'";
    }

    /// <summary>Computes the check character for the first 17 characters (used to make test data).</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }
        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
