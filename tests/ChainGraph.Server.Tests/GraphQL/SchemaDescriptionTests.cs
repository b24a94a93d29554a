using ChainGraph.Server.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>GraphiQL and generated clients show what every element means: nothing in the schema is left undescribed.</summary>
public sealed class SchemaDescriptionTests
{
    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        await using var host = new ServiceHost();
        var schema = host.Services.GetRequiredService<ChainGraphSchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add("type " + type.Name);
            }
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }
                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description))
                        {
                            missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                        }
                    }
                }
            }
            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }
        Assert.True(missing.Count == 0, "undescribed: " + string.Join(", ", missing));
    }
}
