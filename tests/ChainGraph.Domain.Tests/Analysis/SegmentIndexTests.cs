using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Tests.Analysis;

/// <summary>The index kept for the last lists is process-wide: these tests run alone, so no other test's question replaces it midway.</summary>
[Collection(Name)]
[CollectionDefinition(Name, DisableParallelization = true)]
public class SegmentIndexTests
{
    private const string Name = "segment index kept for the last lists";

    private static readonly Segment[] Segments =
    [
        new("cells", "es", "电芯", null, SegmentCategory.Cells, null),
        new("materials", "es", "材料", null, SegmentCategory.Materials, null),
        new("cathode", "es", "正极", null, SegmentCategory.Materials, "materials"),
    ];

    [Fact]
    public void The_same_lists_give_the_index_built_for_them()
    {
        SegmentFlow[] flows = [new("cathode", "cells")];

        var first = SegmentIndex.Of(Segments, flows);
        var again = SegmentIndex.Of(Segments, flows);

        Assert.Same(first, again);
        Assert.Equal(["cells"], first.Feeds["cathode"]);
        Assert.Equal(["cathode", "cells"], first.Leaves.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Other_lists_with_other_content_give_an_index_of_that_content()
    {
        var before = SegmentIndex.Of(Segments, [new SegmentFlow("cathode", "cells")]);
        // what a write does: the store hands out new lists
        var after = SegmentIndex.Of(Segments, [new SegmentFlow("materials", "cells"), new SegmentFlow("cathode", "cells")]);

        Assert.NotSame(before, after);
        Assert.Equal(["materials", "cathode"], after.FedBy["cells"]);
        Assert.Equal(["cathode"], before.FedBy["cells"]);
        // and a list equal in content but not the same instance is indexed afresh, never mistaken for the last one
        var copy = SegmentIndex.Of([.. Segments], [new SegmentFlow("cathode", "cells")]);
        Assert.NotSame(after, copy);
        Assert.Equal(["cathode"], copy.FedBy["cells"]);
    }
}
