using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// Where an entity codec writes its fields, one call per column in the codec's column order. The same codec
/// writes a table row and a graph-image record, so a field cannot go to one place in one and elsewhere in the other.
/// </summary>
internal interface IFieldWriter
{
    void Text(string column, string value);

    void OptionalText(string column, string? value);

    void Real(string column, double value);

    void Enum<TEnum>(string column, TEnum value)
        where TEnum : struct, Enum;

    void Tags(string column, CompanyTags value);

    void Decimal(string column, decimal value);

    void Date(string column, DateOnly value);

    void TextList(string column, IReadOnlyList<string> values);

    void OptionalDecimal(string column, decimal? value);

    void OptionalInteger(string column, long? value);

    void OptionalDate(string column, DateOnly? value);
}
