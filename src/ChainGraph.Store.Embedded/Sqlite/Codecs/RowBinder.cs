using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;
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

    public void Tags(string column, CompanyTags value) => BindText(_cursor.Next(column), Domain.Text.TextList.Join(value.ContractNames()));

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
        // SQLite copies the bytes (SQLITE_TRANSIENT), so one buffer serves every column.
        Check(raw.sqlite3_bind_text(statement, at + 1, buffer.Encode(value)));
    }

    private readonly void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(code, raw.sqlite3_db_handle(statement));
        }
    }

    /// <summary>A growable buffer for a field's UTF-8 bytes, shared by the rows of one write.</summary>
    internal sealed class Utf8Buffer : IDisposable
    {
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(1024);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ReadOnlySpan<byte> Encode(string value)
        {
            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (most > _bytes.Length)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = ArrayPool<byte>.Shared.Rent(most);
            }
            return _bytes.AsSpan(0, Encoding.UTF8.GetBytes(value, _bytes));
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_bytes);
    }
}
