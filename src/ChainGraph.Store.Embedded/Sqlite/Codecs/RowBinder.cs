using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using SQLitePCL;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// Binds a codec's fields straight to a prepared SQLite statement (enumerations as their contract names, numbers and
/// dates as invariant text), one column at a time. Bulk writes go through here rather than through
/// <c>SqliteCommand</c> parameters: that path boxes every value and re-binds every parameter through the provider on
/// each execution, which made it close to twice as slow for an import's hundreds of thousands of rows.
/// </summary>
internal struct RowBinder(sqlite3_stmt statement, ColumnCursor cursor, RowBinder.Utf8Buffer buffer) : IFieldWriter
{
    private ColumnCursor _cursor = cursor;

    public void Text(string column, string value) => BindText(_cursor.Next(column), value);

    public void OptionalText(string column, string? value) => BindText(_cursor.Next(column), value);

    public void Real(string column, double value) => Check(raw.sqlite3_bind_double(statement, _cursor.Next(column) + 1, value));

    public void Enum<TEnum>(string column, TEnum value)
        where TEnum : struct, Enum => BindText(_cursor.Next(column), ContractNames.Of(value));

    public void Tags(string column, CompanyTags value) => BindText(_cursor.Next(column), TagTexts.GetOrAdd(value, static v => Domain.Text.TextList.Join(v.ContractNames())));

    /// <summary>The stored text of each set of tags a write met (a few dozen sets at most, among hundreds of thousands of companies).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<CompanyTags, string> TagTexts = new();

    public void Decimal(string column, decimal value) => BindText(_cursor.Next(column), value.ToString(CultureInfo.InvariantCulture));

    public void Date(string column, DateOnly value) => BindText(_cursor.Next(column), IsoDate.Format(value));

    public void TextList(string column, IReadOnlyList<string> values) => BindText(_cursor.Next(column), Domain.Text.TextList.Join(values));

    public void OptionalDecimal(string column, decimal? value) => BindText(_cursor.Next(column), value?.ToString(CultureInfo.InvariantCulture));

    public void OptionalInteger(string column, long? value)
    {
        var at = _cursor.Next(column) + 1;
        Check(value is { } v ? raw.sqlite3_bind_int64(statement, at, v) : raw.sqlite3_bind_null(statement, at));
    }

    public void OptionalDate(string column, DateOnly? value) => BindText(_cursor.Next(column), value is { } v ? IsoDate.Format(v) : null);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly void BindText(int at, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(statement, at + 1));
            return;
        }
        // SQLite copies the bytes (SQLITE_TRANSIENT), so each column's buffer serves every row.
        Check(raw.sqlite3_bind_text(statement, at + 1, buffer.Encode(at, value)));
    }

    private readonly void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(code, raw.sqlite3_db_handle(statement));
        }
    }

    /// <summary>
    /// Each column's UTF-8 bytes, shared by the rows of one write. A column remembers the string it encoded last: rows
    /// grouped by a column (a supplier's supplies) and the cells shared when read (a source, a segment) repeat that very
    /// string, whose bytes are then bound again without encoding it.
    /// </summary>
    internal sealed class Utf8Buffer : IDisposable
    {
        private byte[][] _bytes = [];
        private string?[] _last = [];
        private int[] _length = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ReadOnlySpan<byte> Encode(int column, string value)
        {
            if (column >= _bytes.Length)
            {
                Grow(column + 1);
            }
            if (!ReferenceEquals(_last[column], value))
            {
                // at most three bytes for each UTF-16 unit; a lone surrogate becomes U+FFFD, as the UTF-8 encoding writes it
                var most = value.Length * 3;
                if (most > _bytes[column].Length)
                {
                    ArrayPool<byte>.Shared.Return(_bytes[column]);
                    _bytes[column] = ArrayPool<byte>.Shared.Rent(most);
                }
                System.Text.Unicode.Utf8.FromUtf16(value, _bytes[column], out _, out var written);
                _length[column] = written;
                _last[column] = value;
            }
            return _bytes[column].AsSpan(0, _length[column]);
        }

        private void Grow(int columns)
        {
            var grown = new byte[columns][];
            _bytes.CopyTo(grown, 0);
            for (var i = _bytes.Length; i < columns; i++)
            {
                grown[i] = ArrayPool<byte>.Shared.Rent(256);
            }
            _bytes = grown;
            Array.Resize(ref _last, columns);
            Array.Resize(ref _length, columns);
        }

        public void Dispose()
        {
            foreach (var bytes in _bytes)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
            _bytes = [];
            _last = [];
            _length = [];
        }
    }
}
