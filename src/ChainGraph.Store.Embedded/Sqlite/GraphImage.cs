using System.Text;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>
/// A compact binary copy of every row, written in the same transaction as the rows themselves, so that
/// opening a store reads one blob instead of hundreds of thousands of rows. Every string is stored once
/// in a table and referred to by number. The rows stay the truth: a store without a current image
/// (written by an older version, or edited by hand) is loaded from its rows.
/// </summary>
internal static class GraphImage
{
    private const int Magic = 0x4D494743; // "CGIM"
    private const int FormatVersion = 2;

    public static byte[] Write(GraphSnapshot s)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        using var bodyStream = new MemoryStream();
        using var suppliesStream = new MemoryStream();
        using (var mainBody = new BinaryWriter(bodyStream, Encoding.UTF8, leaveOpen: true))
        using (var supplyBody = new BinaryWriter(suppliesStream, Encoding.UTF8, leaveOpen: true))
        {
            var body = mainBody;
            void Str(string value)
            {
                if (!strings.TryGetValue(value, out var index))
                {
                    strings[value] = index = strings.Count;
                }
                body.Write7BitEncodedInt(index);
            }
            void Opt(string? value)
            {
                if (value is null)
                {
                    body.Write7BitEncodedInt(0);
                    return;
                }
                if (!strings.TryGetValue(value, out var index))
                {
                    strings[value] = index = strings.Count;
                }
                body.Write7BitEncodedInt(index + 1);
            }

            body.Write7BitEncodedInt(s.Chains.Length);
            foreach (var c in s.Chains) { Str(c.Id); Opt(c.NameZh); Opt(c.NameEn); }
            body.Write7BitEncodedInt(s.Regions.Length);
            foreach (var r in s.Regions) { Str(r.Code); Str(r.NameZh); Opt(r.NameEn); body.Write((byte)r.Level); Opt(r.ParentCode); body.Write(r.Lat); body.Write(r.Lon); }
            body.Write7BitEncodedInt(s.Segments.Length);
            foreach (var g in s.Segments) { Str(g.Id); Str(g.ChainId); Str(g.NameZh); Opt(g.NameEn); body.Write((byte)g.Category); Opt(g.ParentId); }
            body.Write7BitEncodedInt(s.FlowList.Length);
            foreach (var f in s.FlowList) { Str(f.FromId); Str(f.ToId); }
            body.Write7BitEncodedInt(s.Companies.Length);
            foreach (var c in s.Companies) { Str(c.Id); Str(c.NameZh); Opt(c.NameEn); Opt(c.Uscc); body.Write((byte)c.Tags); Opt(c.ParentId); }
            body.Write7BitEncodedInt(s.Sites.Length);
            foreach (var t in s.Sites)
            {
                Str(t.Id); Str(t.CompanyId); Opt(t.NameZh); Str(t.RegionCode); body.Write(t.Lat); body.Write(t.Lon); body.Write((byte)t.Kind);
                body.Write7BitEncodedInt(t.SegmentIds.Count);
                foreach (var id in t.SegmentIds) { Str(id); }
            }
            // Supplies go in a section of their own, so that reading can parse it beside the rest.
            var main = body;
            body = supplyBody;
            body.Write7BitEncodedInt(s.Data.Supplies.Count);
            foreach (var p in s.Data.Supplies.Values) { Str(p.SupplierId); Str(p.CustomerId); Opt(p.SegmentId); Opt(p.Source); }
            body = main;
            body.Write7BitEncodedInt(s.Projects.Length);
            foreach (var p in s.Projects)
            {
                Str(p.Id); Str(p.NameZh); Opt(p.CompanyId); Str(p.RegionCode); Opt(p.SegmentId); body.Write(p.InvestmentYuan);
                body.Write((byte)p.Status); body.Write(p.StatusDate.DayNumber); Opt(p.Source);
            }
        }

        using var output = new MemoryStream((int)(bodyStream.Length + suppliesStream.Length) + (strings.Count * 16) + 24);
        using (var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write7BitEncodedInt(strings.Count);
            var ordered = new string[strings.Count];
            foreach (var (value, index) in strings)
            {
                ordered[index] = value;
            }
            foreach (var value in ordered)
            {
                writer.Write(value);
            }
            writer.Write(bodyStream.Length);
            bodyStream.Position = 0;
            bodyStream.CopyTo(output);
            suppliesStream.Position = 0;
            suppliesStream.CopyTo(output);
        }
        return output.ToArray();
    }

    /// <summary>Reads an image back; null when it is not an image of this format.</summary>
    public static GraphData? Read(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (image.Length < 8 || header.ReadInt32() != Magic || header.ReadInt32() != FormatVersion)
        {
            return null;
        }
        var strings = new string[header.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = header.ReadString();
        }
        var mainLength = header.ReadInt64();
        var mainStart = (int)stream.Position;
        var d = new GraphData();
        // The supplies section is parsed beside the rest: each side fills its own dictionaries.
        Parallel.Invoke(
            () => ReadMain(new BinaryReader(new MemoryStream(image, mainStart, (int)mainLength, writable: false)), strings, d),
            () => ReadSupplies(new BinaryReader(new MemoryStream(image, mainStart + (int)mainLength, image.Length - mainStart - (int)mainLength, writable: false)), strings, d));
        return d;
    }

    private static void ReadSupplies(BinaryReader reader, string[] strings, GraphData d)
    {
        using var _ = reader;
        string Str() => strings[reader.Read7BitEncodedInt()];
        string? Opt() => reader.Read7BitEncodedInt() is var i && i == 0 ? null : strings[i - 1];
        var supplies = reader.Read7BitEncodedInt();
        d.Supplies.EnsureCapacity(supplies);
        for (var n = supplies; n > 0; n--)
        {
            var p = new Supply(Str(), Str(), Opt(), Opt());
            d.Supplies[p.Key] = p;
        }
    }

    private static void ReadMain(BinaryReader reader, string[] strings, GraphData d)
    {
        using var _ = reader;
        string Str() => strings[reader.Read7BitEncodedInt()];
        string? Opt() => reader.Read7BitEncodedInt() is var i && i == 0 ? null : strings[i - 1];

        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
        {
            var c = new Chain(Str(), Opt(), Opt());
            d.Chains[c.Id] = c;
        }
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
        {
            var r = new Region(Str(), Str(), Opt(), (RegionLevel)reader.ReadByte(), Opt(), reader.ReadDouble(), reader.ReadDouble());
            d.Regions[r.Code] = r;
        }
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
        {
            var g = new Segment(Str(), Str(), Str(), Opt(), (SegmentCategory)reader.ReadByte(), Opt());
            d.Segments[g.Id] = g;
        }
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
        {
            d.Flows.Add(new SegmentFlow(Str(), Str()));
        }
        var companies = reader.Read7BitEncodedInt();
        d.Companies.EnsureCapacity(companies);
        for (var n = companies; n > 0; n--)
        {
            var c = new Company(Str(), Str(), Opt(), Opt(), (CompanyTags)reader.ReadByte(), Opt());
            d.Companies[c.Id] = c;
        }
        var sites = reader.Read7BitEncodedInt();
        d.Sites.EnsureCapacity(sites);
        for (var n = sites; n > 0; n--)
        {
            var (id, company, name, region, lat, lon, kind) = (Str(), Str(), Opt(), Str(), reader.ReadDouble(), reader.ReadDouble(), (SiteKind)reader.ReadByte());
            var segments = new string[reader.Read7BitEncodedInt()];
            for (var k = 0; k < segments.Length; k++)
            {
                segments[k] = Str();
            }
            d.Sites[id] = new Site(id, company, name, region, lat, lon, kind, segments);
        }
        for (var n = reader.Read7BitEncodedInt(); n > 0; n--)
        {
            var p = new Project(Str(), Str(), Opt(), Str(), Opt(), reader.ReadDecimal(), (ProjectStatus)reader.ReadByte(), DateOnly.FromDayNumber(reader.ReadInt32()), Opt());
            d.Projects[p.Id] = p;
        }
    }
}
