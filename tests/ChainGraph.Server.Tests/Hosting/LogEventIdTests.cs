using System.Reflection;
using Microsoft.Extensions.Logging;
using ChainGraph.Import;
using ChainGraph.Server.Hosting;
using ChainGraph.Store.Embedded;
using ChainGraph.Store.Neo4j;

namespace ChainGraph.Server.Tests.Hosting;

/// <summary>Every project logs with event ids from its own range (docs/architecture.md), so an id names one message.</summary>
public sealed class LogEventIdTests
{
    private static readonly (string Assembly, int From)[] Projects =
    [
        (typeof(EmbeddedGraphStore).Assembly.GetName().Name!, 1000),
        (typeof(StoreOptions).Assembly.GetName().Name!, 2000),
        (typeof(Neo4jGraphStore).Assembly.GetName().Name!, 3000),
        (typeof(DataSetImporter).Assembly.GetName().Name!, 4000),
    ];

    public static TheoryData<string, int> Ranges()
    {
        var data = new TheoryData<string, int>();
        foreach (var (assembly, from) in Projects)
        {
            data.Add(assembly, from);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void A_project_logs_with_event_ids_of_its_own_thousand(string assembly, int from)
    {
        foreach (var (method, id) in EventIds(Assembly.Load(assembly)))
        {
            Assert.True(id >= from && id < from + 1000, $"{method}: event id {id} is outside {assembly}'s range {from}-{from + 999}");
        }
    }

    [Fact]
    public void No_two_messages_share_an_event_id()
    {
        var all = Projects.SelectMany(p => EventIds(Assembly.Load(p.Assembly))).ToList();
        Assert.NotEmpty(all);
        var shared = all.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Method))}");
        Assert.Empty(shared);
    }

    private static IEnumerable<(string Method, int Id)> EventIds(Assembly assembly) =>
        from type in assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
        where attribute is not null
        select ($"{type.FullName}.{method.Name}", attribute.EventId);
}
