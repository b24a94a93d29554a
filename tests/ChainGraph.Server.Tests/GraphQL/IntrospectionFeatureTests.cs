namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>The October 2021 introspection additions that GraphQL.NET offers are switched on.</summary>
public sealed class IntrospectionFeatureTests
{
    [Fact]
    public async Task Directives_say_whether_they_repeat_and_input_values_answer_include_deprecated()
    {
        await using var host = new ServiceHost();
        var r = await host.PostAsync("""
            { __schema { directives { name isRepeatable } }
              filter: __type(name: "CompanyFilter") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              query: __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated } } } }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        var directives = r.Data.GetProperty("__schema").GetProperty("directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("isRepeatable").GetBoolean());
        Assert.False(directives["skip"]);
        Assert.Contains(r.Data.GetProperty("filter").GetProperty("inputFields").EnumerateArray(), f => f.GetProperty("name").GetString() == "OR" && !f.GetProperty("isDeprecated").GetBoolean());
        var companies = r.Data.GetProperty("query").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "companies");
        Assert.Equal(["filter", "orderBy", "first", "after"], companies.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToArray());
    }
}
