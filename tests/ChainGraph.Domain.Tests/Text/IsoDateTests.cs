using System.Globalization;
using System.Text.RegularExpressions;
using ChainGraph.Domain.Text;

namespace ChainGraph.Domain.Tests.Text;

public class IsoDateTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("1900-02-29", false)]
    [InlineData("2000-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("2024-00-10", false)]
    [InlineData("2024-04-31", false)]
    [InlineData("2024-04-00", false)]
    [InlineData("2024-4-01", false)]
    [InlineData("2024/04/01", false)]
    [InlineData("2024-04-01 ", false)]
    [InlineData(" 2024-04-01", false)]
    [InlineData("2024-04-01\n", false)]
    [InlineData("２０２４-04-01", false)]
    [InlineData("+024-04-01", false)]
    [InlineData("", false)]
    public void Only_real_calendar_dates_in_yyyy_MM_dd_form_parse(string text, bool valid)
    {
        Assert.Equal(valid, IsoDate.TryParse(text, out var date));
        if (valid)
        {
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
            Assert.Equal(text, IsoDate.Format(date));
        }
    }

    /// <summary>The digit-by-digit reading agrees with the framework's exact parsing behind a strict pattern, on every day and many near misses.</summary>
    [Fact]
    public void It_agrees_with_the_framework_on_every_day_of_several_years_and_on_mangled_dates()
    {
        var pattern = new Regex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z", RegexOptions.CultureInvariant);
        bool Framework(string s, out DateOnly d)
        {
            d = default;
            return pattern.IsMatch(s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
        }
        var random = new Random(7);
        var texts = new List<string>();
        for (var day = new DateOnly(1999, 1, 1); day <= new DateOnly(2004, 12, 31); day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            texts.Add(text);
            var chars = text.ToCharArray();
            chars[random.Next(chars.Length)] = "0123456789-/x "[random.Next(14)];
            texts.Add(new string(chars));
        }
        foreach (var text in texts)
        {
            var expected = Framework(text, out var expectedDate);
            Assert.True(expected == IsoDate.TryParse(text, out var date), text);
            Assert.Equal(expectedDate, date);
        }
    }
}
