using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ChainGraph.Import.Tests;

public sealed class CsvRecordReaderTests
{
    /// <summary>
    /// Generated files of records whose fields hold commas, quotes, line breaks (LF and CRLF), spaces and Chinese text,
    /// with empty lines between records, handed to the reader a few characters at a time so that records and quoted
    /// fields break across its refills: the reader gives back each record's fields and first line as written, and the
    /// same fields as CsvHelper, the parser the import used before.
    /// </summary>
    [Fact]
    public void Records_read_back_as_written_and_as_csvhelper_reads_them()
    {
        var random = new Random(20261202);
        for (var file = 0; file < 300; file++)
        {
            var (text, records) = Generate(random);
            var read = ReadAll(new ChunkedReader(text, random.Next(1, 9)));
            Assert.Equal(records.Count, read.Count);
            for (var r = 0; r < records.Count; r++)
            {
                Assert.False(read[r].Malformed, $"file {file}, record {r} read as malformed");
                Assert.Equal(records[r].Line, read[r].Line);
                Assert.Equal(records[r].Fields, read[r].Fields);
            }
            Assert.Equal(records.Select(r => r.Fields).ToList(), CsvHelperRecords(text));
        }
    }

    [Theory]
    [InlineData("a\"b,c\nx,y\n")]
    [InlineData("\"a\"b,c\nx,y\n")]
    [InlineData("\"a\" ,c\r\nx,y")]
    public void A_record_breaking_the_quoting_rules_is_marked_and_the_next_one_is_read(string text)
    {
        var read = ReadAll(new StringReader(text));
        Assert.Equal(2, read.Count);
        Assert.True(read[0].Malformed);
        Assert.Equal(1, read[0].Line);
        Assert.False(read[1].Malformed);
        Assert.Equal(2, read[1].Line);
        Assert.Equal(["x", "y"], read[1].Fields);
    }

    [Fact]
    public void A_quoted_field_left_open_marks_the_last_record()
    {
        var read = ReadAll(new StringReader("a,b\nc,\"d\ne,f\n"));
        Assert.Equal(2, read.Count);
        Assert.False(read[0].Malformed);
        Assert.True(read[1].Malformed);
        Assert.Equal(2, read[1].Line);
    }

    [Fact]
    public void Empty_lines_and_a_missing_last_line_break_are_fine()
    {
        var read = ReadAll(new StringReader("\n\r\na,\"\"\r\n\r\n\n,b\n\"x\"\"y\",\"1\n2\"\r\nlast"));
        Assert.Equal([(3, new[] { "a", "" }), (6, ["", "b"]), (7, ["x\"y", "1\n2"]), (9, ["last"])], read.Select(r => (r.Line, r.Fields)));
    }

    [Fact]
    public void A_record_longer_than_the_buffer_is_read_whole()
    {
        var big = new string('长', 200_000);
        var read = ReadAll(new StringReader($"id,name\nc1,\"{big},\"\"{big}\"\nc2,x\n"));
        Assert.Equal(3, read.Count);
        Assert.Equal($"{big},\"{big}", read[1].Fields[1]);
        Assert.Equal(["c2", "x"], read[2].Fields);
    }

    private static List<(int Line, bool Malformed, string[] Fields)> ReadAll(TextReader text)
    {
        var reader = new CsvRecordReader(text);
        var records = new List<(int, bool, string[])>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader[i].ToString();
            }
            records.Add((reader.Line, reader.Malformed, fields));
        }
        return records;
    }

    private static List<string[]> CsvHelperRecords(string text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180, IgnoreBlankLines = true, TrimOptions = TrimOptions.None };
        using var parser = new CsvParser(new StringReader(text), config);
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }
        return records;
    }

    /// <summary>A file of 1 to 30 records of 1 to 6 fields, and each record's first line and fields.</summary>
    private static (string Text, List<(int Line, string[] Fields)> Records) Generate(Random random)
    {
        string[] pieces = ["a", "b", "长", "链", " ", ",", "\"", "\n", "\r\n", "1.5", "c0001"];
        var text = new StringBuilder();
        var records = new List<(int, string[])>();
        var line = 1;
        var width = random.Next(1, 7);
        for (var r = random.Next(1, 31); r > 0; r--)
        {
            while (random.Next(6) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
                line++;
            }
            var fields = new string[width];
            for (var f = 0; f < width; f++)
            {
                var field = new StringBuilder();
                for (var n = random.Next(0, 5); n > 0; n--)
                {
                    field.Append(pieces[random.Next(pieces.Length)]);
                }
                fields[f] = field.ToString();
            }
            // a record of one empty field would be an empty line
            if (width == 1 && fields[0].Length == 0)
            {
                fields[0] = "x";
            }
            records.Add((line, fields));
            for (var f = 0; f < width; f++)
            {
                var field = fields[f];
                var quote = field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || random.Next(5) == 0;
                text.Append(f > 0 ? "," : "").Append(quote ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
                line += field.Count(c => c == '\n');
            }
            if (r > 1 || random.Next(2) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : "\r\n");
                line++;
            }
        }
        return (text.ToString(), records);
    }

    /// <summary>Hands out its text at most <c>chunk</c> characters per read.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int _at;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), text.Length - _at);
            text.CopyTo(_at, buffer, index, n);
            _at += n;
            return n;
        }
    }
}
