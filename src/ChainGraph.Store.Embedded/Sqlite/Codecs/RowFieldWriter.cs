using System.Globalization;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>Sets the parameters of a table's insert command: enumerations as their contract names, numbers and dates as invariant text.</summary>
internal struct RowFieldWriter(SqliteParameter[] parameters, ColumnCursor cursor) : IFieldWriter
{
    private ColumnCursor _cursor = cursor;

    public void Text(string column, string value) => Set(column, value, SqliteType.Text);

    public void OptionalText(string column, string? value) => Set(column, value, SqliteType.Text);

    public void Real(string column, double value) => Set(column, value, SqliteType.Real);

    public void Enum<TEnum>(string column, TEnum value)
        where TEnum : struct, Enum => Set(column, ContractNames.Of(value), SqliteType.Text);

    public void Tags(string column, CompanyTags value) => Set(column, Domain.Text.TextList.Join(value.ContractNames()), SqliteType.Text);

    public void Decimal(string column, decimal value) => Set(column, value.ToString(CultureInfo.InvariantCulture), SqliteType.Text);

    public void Date(string column, DateOnly value) => Set(column, IsoDate.Format(value), SqliteType.Text);

    public void TextList(string column, IReadOnlyList<string> values) => Set(column, Domain.Text.TextList.Join(values), SqliteType.Text);

    public void OptionalDecimal(string column, decimal? value) => Set(column, value?.ToString(CultureInfo.InvariantCulture), SqliteType.Text);

    public void OptionalInteger(string column, long? value) => Set(column, value, SqliteType.Integer);

    public void OptionalDate(string column, DateOnly? value) => Set(column, value is { } v ? IsoDate.Format(v) : null, SqliteType.Text);

    private void Set(string column, object? value, SqliteType type)
    {
        var parameter = parameters[_cursor.Next(column)];
        parameter.SqliteType = type;
        parameter.Value = value ?? DBNull.Value;
    }
}
