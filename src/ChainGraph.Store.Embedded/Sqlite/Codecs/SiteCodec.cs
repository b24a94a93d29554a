using ChainGraph.Domain.Model;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

internal sealed class SiteCodec : IEntityCodec<Site>
{
    public static string Table => "sites";

    public static string[] Columns { get; } = ["id", "company_id", "name_zh", "region_code", "lat", "lon", "kind", "segment_ids", "capacity", "since", "source"];

    public static void Write<TWriter>(Site s, ref TWriter w)
        where TWriter : struct, IFieldWriter
    {
        w.Text("id", s.Id);
        w.Text("company_id", s.CompanyId);
        w.OptionalText("name_zh", s.NameZh);
        w.Text("region_code", s.RegionCode);
        w.Real("lat", s.Lat);
        w.Real("lon", s.Lon);
        w.Enum("kind", s.Kind);
        w.TextList("segment_ids", s.SegmentIds);
        w.OptionalText("capacity", s.Capacity);
        w.OptionalDate("since", s.Since);
        w.OptionalText("source", s.Source);
    }

    public static Site Read<TReader>(ref TReader r)
        where TReader : struct, IFieldReader =>
        new(
            Id: r.Text("id"),
            CompanyId: r.Text("company_id"),
            NameZh: r.OptionalText("name_zh"),
            RegionCode: r.Text("region_code"),
            Lat: r.Real("lat"),
            Lon: r.Real("lon"),
            Kind: r.Enum<SiteKind>("kind"),
            SegmentIds: r.TextList("segment_ids"),
            Capacity: r.OptionalText("capacity"),
            Since: r.OptionalDate("since"),
            Source: r.OptionalText("source"));
}
