using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>Where an entity codec reads its fields from, one call per column in the codec's column order.</summary>
internal interface IFieldReader
{
    string Text(string column);

    string? OptionalText(string column);

    double Real(string column);

    TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum;

    CompanyTags Tags(string column);

    decimal Decimal(string column);

    DateOnly Date(string column);

    IReadOnlyList<string> TextList(string column);

    decimal? OptionalDecimal(string column);

    long? OptionalInteger(string column);

    DateOnly? OptionalDate(string column);
}
