using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class RegionCodec : IEntityCodec<Region>
{
    public static string Table => "regions";

    public static string[] Columns { get; } = ["code", "name_zh", "name_en", "level", "parent_code", "lat", "lon"];

    public static void Write<TWriter>(Region g, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("code", g.Code);
        w.Text("name_zh", g.NameZh);
        w.OptionalText("name_en", g.NameEn);
        w.Enum("level", g.Level);
        w.OptionalText("parent_code", g.ParentCode);
        w.Real("lat", g.Lat);
        w.Real("lon", g.Lon);
    }

    public static Region Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(
            Code: r.Text("code"),
            NameZh: r.Text("name_zh"),
            NameEn: r.OptionalText("name_en"),
            Level: r.Enum<RegionLevel>("level"),
            ParentCode: r.OptionalText("parent_code"),
            Lat: r.Real("lat"),
            Lon: r.Real("lon"));
}
