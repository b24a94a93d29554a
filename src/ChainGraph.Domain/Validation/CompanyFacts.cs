using System.Globalization;
using System.Text.RegularExpressions;
using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// The rules of a company's descriptive fields (import format version 2): stock code, founding year,
/// employees, revenue and website. No analytical rule reads them, but a bad value is invalid like any other.
/// </summary>
public static partial class CompanyFacts
{
    public const int FirstYear = 1800;

    /// <summary>This year in China (UTC+8), the latest founding year accepted.</summary>
    public static int ThisYear => DateTime.UtcNow.AddHours(8).Year;

    /// <summary>Adds the problems of a company's descriptive fields to <paramref name="found"/> (made for the first one).</summary>
    internal static void Check(Company company, ref List<FieldProblem>? found)
    {
        if (company.StockCode is { } code && !StockCodePattern().IsMatch(code))
        {
            EntityRules.Add(ref found, new FieldProblem(
                "stock_code",
                $"stock_code {Shown.Quote(code)} is not a stock code (digits, a dot and the market in two upper-case letters, such as 300750.SZ or 9868.HK)"));
        }
        if (company.Founded is { } year && (year < FirstYear || year > ThisYear))
        {
            EntityRules.Add(ref found, new FieldProblem("founded", $"founded {Invariant(year)} is outside [{FirstYear}, {Invariant(ThisYear)}]"));
        }
        if (company.Employees < 0)
        {
            EntityRules.Add(ref found, new FieldProblem("employees", $"employees {Invariant(company.Employees)} is negative"));
        }
        if (company.RevenueYuan < 0)
        {
            EntityRules.Add(ref found, new FieldProblem("revenue_yuan", $"revenue_yuan {Invariant(company.RevenueYuan)} is negative"));
        }
        if (company.Website is { } website && !IsWebAddress(website))
        {
            EntityRules.Add(ref found, new FieldProblem("website", $"website {Shown.Quote(website)} is not an http or https URL (such as https://www.catl.com)"));
        }
    }

    /// <summary>An absolute http or https URL with a host and no white space.</summary>
    public static bool IsWebAddress(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>A number as the format writes it, whatever the current culture.</summary>
    internal static string Invariant(IFormattable? value) => value?.ToString(null, CultureInfo.InvariantCulture) ?? "(none)";

    [GeneratedRegex(@"^[0-9]+\.[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StockCodePattern();
}
