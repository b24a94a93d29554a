using ChainGraph.Domain;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Store.Embedded.Snapshot;

/// <summary>
/// The index image: the indexes that take longest to build (groups and anchors, the sites' entries, the supply lists,
/// the per-region aggregates), written as arrays of numbers so that opening a large store reads them instead of
/// building them (at a million companies about 5 s of processor time). It holds numbers only: companies, sites,
/// regions, segments and projects by their place in key order, supply rows by their place in <see cref="SupplyRows"/>,
/// which is the order of the graph image the indexes were written beside. The store keeps it beside the graph image it
/// belongs to (<see cref="Sqlite.SqliteGraphFile"/>), checked by a checksum tied to that image's.
/// </summary>
internal sealed partial class GraphSnapshot
{
    private const int IndexMagic = 0x58494743; // "CGIX"
    private const int IndexFormat = 1;

    /// <summary>
    /// The index image of this snapshot, or null when it cannot be written: the indexes are not built, the machine is
    /// not little-endian, or the supply rows are no longer listed in the order the indexes number them.
    /// </summary>
    public ReadOnlyMemory<byte>? WriteIndexImage()
    {
        if (!IsIndexed || !BitConverter.IsLittleEndian || !SuppliesListedInOrder())
        {
            return null;
        }
        // One buffer, sized from the arrays it will hold (the small entries, a few megabytes at most, are the slack):
        // at a million companies the image is a quarter of a gigabyte, and each copy or doubling of it costs as much.
        var localRows = PerRegion.Sum(g => (long)g.LocalSites.Length + g.LocalCompanies.Length);
        var estimate = (Companies.Length * (4L + Chains.Length + 16)) + (Sites.Length * 16L) + (localRows * 4)
            + (Customers.Total * 4L) + (CompanySupplies.Total * 4L) + (GroupSuppliers.Total * (long)System.Runtime.CompilerServices.Unsafe.SizeOf<GroupSupplier>())
            + (PerRegion.Length * (Segments.Length * (12L + (4 * Chains.Length)))) + (1 << 20);
        var w = new IndexImageWriter((int)Math.Min(estimate, Array.MaxLength));
        foreach (var count in Counts())
        {
            w.Int(count);
        }
        // four sections, read back side by side: groups and anchors, sites, the per-company lists, the regions; their
        // lengths lead them
        var lengthsAt = w.Length;
        for (var i = 0; i < 4; i++)
        {
            w.Int(0);
        }
        var sectionStart = w.Length;
        var section = 0;
        void EndSection()
        {
            w.IntAt(lengthsAt + (4 * section++), w.Length - sectionStart);
            sectionStart = w.Length;
        }
        w.Values<int>(GroupRoot);
        foreach (var anchors in IsAnchor)
        {
            w.Values<bool>(anchors);
        }
        EndSection();
        WriteSites(w);
        EndSection();
        w.Lists(Customers);
        w.Lists(CompanySupplies);
        w.Lists(GroupSuppliers);
        EndSection();
        WriteRegions(w);
        EndSection();
        return w.Memory;
    }

    private void WriteSites(IndexImageWriter w)
    {
        w.Values<int>(SiteCompany);
        w.Values<int>(SiteRegion);
        // the sites share their closure arrays: each distinct one once, then each site's by number
        var closures = new Dictionary<int[], int>(ReferenceEqualityComparer.Instance);
        var closureOf = new int[Sites.Length];
        var distinct = new List<int[]>();
        for (var i = 0; i < Sites.Length; i++)
        {
            if (!closures.TryGetValue(SiteWorksIn[i], out var number))
            {
                closures.Add(SiteWorksIn[i], number = distinct.Count);
                distinct.Add(SiteWorksIn[i]);
            }
            closureOf[i] = number;
        }
        w.Int(distinct.Count);
        foreach (var closure in distinct)
        {
            w.Counted<int>(closure);
        }
        w.Values<int>(closureOf);
        w.Lists(CompanySites);
    }

    private void WriteRegions(IndexImageWriter w)
    {
        var projectNumber = new Dictionary<Project, int>(ReferenceEqualityComparer.Instance);
        for (var p = 0; p < Projects.Length; p++)
        {
            projectNumber.Add(Projects[p], p);
        }
        foreach (var region in PerRegion)
        {
            w.Counted<int>(region.LocalSites);
            w.Counted<int>(region.LocalCompanies);
            w.Int(region.Presence.Count);
            foreach (var (segment, counts) in region.Presence)
            {
                w.Int(segment);
                w.Int(counts.Companies);
                w.Int(counts.Sites);
                w.Values<int>(counts.AnchorsByChain);
            }
            foreach (var chain in region.Anchors)
            {
                w.Int(chain.Length);
                foreach (var anchor in chain)
                {
                    w.Int(CompanyIndex[anchor.CompanyId]);
                    w.Int(CompanyIndex[anchor.GroupId]);
                    w.Counted<int>(anchor.LeafSegmentIds.Select(id => SegmentIndex[id]).ToArray());
                }
            }
            w.Counted<int>(region.Projects.Select(p => projectNumber[p]).ToArray());
        }
    }

    /// <summary>
    /// Sets the indexes an index image holds (the rest are built from them), reading its sections side by side; false,
    /// setting nothing, when the image is not one of this snapshot's rows (other counts, another format) or does not read.
    /// </summary>
    private bool TryReadIndexImage(byte[] image)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return false;
        }
        try
        {
            var header = new IndexImageReader(image, 0, image.Length);
            foreach (var expected in Counts())
            {
                if (header.Int() != expected)
                {
                    return false;
                }
            }
            var bounds = new (int Start, int End)[4];
            var at = (long)header.Position + (4 * bounds.Length);
            for (var i = 0; i < bounds.Length; i++)
            {
                var length = header.Count(image.Length);
                bounds[i] = ((int)Math.Min(at, image.Length), (int)Math.Min(at + length, image.Length));
                at += length;
            }
            if (at != image.Length)
            {
                return false;
            }
            IndexImageReader Section(int i) => new(image, bounds[i].Start, bounds[i].End);
            var (n, chains) = (Companies.Length, Chains.Length);
            int[]? groupRoot = null;
            bool[][]? isAnchor = null;
            (int[] Company, int[] Region, int[][] WorksIn, GeoPoint[] Points, RowLists<int> CompanySites, int[][] SegmentSites)? sites = null;
            (RowLists<int> Customers, RowLists<int> Supplies, RowLists<GroupSupplier> GroupSuppliers, Supply[] Rows)? lists = null;
            RegionAggregate[]? perRegion = null;
            Parallel.Invoke(
                () =>
                {
                    var r = Section(0);
                    groupRoot = r.Values<int>(n);
                    isAnchor = new bool[chains][];
                    for (var ch = 0; ch < chains; ch++)
                    {
                        isAnchor[ch] = r.Values<bool>(n);
                    }
                    r.RequireEnd();
                    var s = Section(1);
                    sites = ReadSites(s);
                    s.RequireEnd();
                },
                () =>
                {
                    var r = Section(2);
                    lists = (r.Lists<int>(n), r.Lists<int>(n), r.Lists<GroupSupplier>(n), Data.Supplies.ToArray());
                    r.RequireEnd();
                    var g = Section(3);
                    perRegion = new RegionAggregate[Regions.Length];
                    for (var k = 0; k < perRegion.Length; k++)
                    {
                        perRegion[k] = ReadRegion(g);
                    }
                    g.RequireEnd();
                });
            (GroupRoot, IsAnchor) = (groupRoot!, isAnchor!);
            var (company, region, worksIn, points, companySites, segmentSites) = sites!.Value;
            (SiteCompany, SiteRegion, SiteWorksIn, SitePoints, CompanySites, SegmentSites) = (company, region, worksIn, points, companySites, segmentSites);
            (Customers, CompanySupplies, GroupSuppliers, SupplyRows) = lists!.Value;
            PerRegion = perRegion!;
            return true;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(DoesNotRead))
        {
            return false;
        }
        catch (Exception e) when (DoesNotRead(e))
        {
            return false;
        }
    }

    /// <summary>The sites' entries, with each segment's sites built from them (a quick pass: nothing of it is stored).</summary>
    private (int[], int[], int[][], GeoPoint[], RowLists<int>, int[][]) ReadSites(IndexImageReader r)
    {
        var count = Sites.Length;
        var company = r.Values<int>(count);
        var region = r.Values<int>(count);
        var distinct = new int[r.Count(count)][];
        for (var i = 0; i < distinct.Length; i++)
        {
            distinct[i] = r.Counted<int>(Segments.Length);
        }
        var closureOf = r.Values<int>(count);
        var worksIn = new int[count][];
        var points = new GeoPoint[count];
        for (var i = 0; i < count; i++)
        {
            worksIn[i] = distinct[closureOf[i]];
            points[i] = new GeoPoint(Sites[i].Lat, Sites[i].Lon);
        }
        var companySites = r.Lists<int>(Companies.Length);
        return (company, region, worksIn, points, companySites, BuildSegmentSites(worksIn, companySites));
    }

    private RegionAggregate ReadRegion(IndexImageReader r)
    {
        var localSites = r.Counted<int>(Sites.Length);
        var localCompanies = r.Counted<int>(Companies.Length);
        var presence = new Dictionary<int, PresenceCounts>();
        for (var k = r.Count(Segments.Length); k > 0; k--)
        {
            var segment = r.Int();
            var (companies, sites) = (r.Int(), r.Int());
            presence.Add(segment, new PresenceCounts(companies, sites, r.Values<int>(Chains.Length)));
        }
        var anchors = new LocalAnchor[Chains.Length][];
        for (var ch = 0; ch < anchors.Length; ch++)
        {
            anchors[ch] = new LocalAnchor[r.Count(Companies.Length)];
            for (var a = 0; a < anchors[ch].Length; a++)
            {
                var (company, group) = (r.Int(), r.Int());
                var leaves = Array.ConvertAll(r.Counted<int>(Segments.Length), g => Segments[g].Id);
                anchors[ch][a] = new LocalAnchor(Companies[company].Id, Companies[group].Id, leaves);
            }
        }
        var projects = Array.ConvertAll(r.Counted<int>(Projects.Length), p => Projects[p]);
        return new RegionAggregate
        {
            LocalSites = localSites,
            LocalCompanies = localCompanies,
            Presence = presence,
            Anchors = anchors,
            Projects = projects,
        };
    }

    /// <summary>
    /// What reading an index image that is not this snapshot's throws: it ends early or holds more, a number points past an
    /// array, or a map gets one key twice.
    /// </summary>
    private static bool DoesNotRead(Exception e) => e is InvalidDataException or IndexOutOfRangeException or ArgumentException;

    /// <summary>What an index image states first and must agree with the snapshot it is read into.</summary>
    private int[] Counts() =>
        [IndexMagic, IndexFormat, Companies.Length, Sites.Length, Data.Supplies.Count, Regions.Length, Segments.Length, Chains.Length, Projects.Length];

    /// <summary>Whether <see cref="GraphData.Supplies"/> still lists the very rows of <see cref="SupplyRows"/>, in its order.</summary>
    private bool SuppliesListedInOrder()
    {
        var k = 0;
        foreach (var supply in Data.Supplies)
        {
            if (k >= SupplyRows.Length || !ReferenceEquals(SupplyRows[k++], supply))
            {
                return false;
            }
        }
        return k == SupplyRows.Length;
    }
}
