using ChainGraph.Server.GraphQL;
using ChainGraph.TestSupport;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>Guards the public GraphQL contract: the printed schema must match the approved file.</summary>
public sealed class SchemaSnapshotTests
{
    private static string ApprovedPath => Path.Combine(Repo.Root, "tests", "ChainGraph.Server.Tests", "GraphQL", "schema.approved.graphql");

    private static string ReceivedPath => Path.Combine(Repo.Root, "tests", "ChainGraph.Server.Tests", "GraphQL", "schema.received.graphql");

    [Fact]
    public async Task The_schema_matches_the_approved_snapshot()
    {
        await using var host = new ServiceHost();
        var printed = SchemaSdl.Print(host.Services.GetRequiredService<ChainGraphSchema>());
        var approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : "";
        if (printed != approved)
        {
            File.WriteAllText(ReceivedPath, printed);
            Assert.Fail($"The GraphQL schema changed. Compare {ReceivedPath} with {ApprovedPath}; if the change is intended (additions only), copy it over the approved file.");
        }
    }

    [Fact]
    public async Task Every_contract_name_of_docs_graphql_contract_is_served_with_its_type()
    {
        await using var host = new ServiceHost();
        var ours = Definitions(SchemaSdl.Print(host.Services.GetRequiredService<ChainGraphSchema>()));
        var contract = Definitions(File.ReadAllText(Path.Combine(Repo.Root, "docs", "graphql-contract.graphql")));
        var missing = new List<string>();
        foreach (var (name, members) in contract)
        {
            if (!ours.TryGetValue(name, out var served))
            {
                missing.Add(name);
                continue;
            }
            missing.AddRange(members.Where(m => !served.Contains(m) && !served.Any(s => Extends(s, m))).Select(m => $"{name}.{m}"));
        }
        Assert.True(missing.Count == 0, "not served as in the contract: " + string.Join("; ", missing));
    }

    /// <summary>
    /// Whether a served field keeps a contract field and only adds optional arguments: same name and type, every
    /// contract argument as written, each further argument nullable (so every contract query still runs unchanged).
    /// </summary>
    private static bool Extends(string served, string contract)
    {
        static (string Name, string[] Args, string Type)? Split(string member)
        {
            var open = member.IndexOf('(', StringComparison.Ordinal);
            var close = member.LastIndexOf("): ", StringComparison.Ordinal);
            if (open < 0 || close < open)
            {
                return null;
            }
            var args = member[(open + 1)..close];
            return (member[..open], args.Length == 0 ? [] : args.Split(", "), member[(close + 3)..]);
        }
        if (Split(served) is not { } s || Split(contract) is not { } c || s.Name != c.Name || s.Type != c.Type)
        {
            return false;
        }
        return c.Args.All(s.Args.Contains) && s.Args.Except(c.Args).All(a => !a.Split(" = ")[0].EndsWith('!'));
    }

    /// <summary>Type name to its members, each written as "field(arg: Type = default): Type" or an enum value.</summary>
    private static Dictionary<string, HashSet<string>> Definitions(string sdl)
    {
        var document = GraphQLParser.Parser.Parse(sdl);
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    result[o.Name.StringValue] = (o.Fields?.Items ?? []).Select(Field).ToHashSet();
                    break;
                case GraphQLInputObjectTypeDefinition i:
                    result[i.Name.StringValue] = (i.Fields?.Items ?? []).Select(f => $"{f.Name.StringValue}: {TypeName(f.Type)}").ToHashSet();
                    break;
                case GraphQLEnumTypeDefinition e:
                    result[e.Name.StringValue] = (e.Values?.Items ?? []).Select(v => v.Name.StringValue).ToHashSet();
                    break;
                case GraphQLScalarTypeDefinition s:
                    result[s.Name.StringValue] = [];
                    break;
                default:
                    break;
            }
        }
        return result;
    }

    private static string Field(GraphQLFieldDefinition f)
    {
        var args = (f.Arguments?.Items ?? []).Select(a => $"{a.Name.StringValue}: {TypeName(a.Type)}{(a.DefaultValue is null ? "" : " = " + Literal(a.DefaultValue))}");
        return $"{f.Name.StringValue}({string.Join(", ", args)}): {TypeName(f.Type)}";
    }

    private static string Literal(GraphQLValue value) => value switch
    {
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLBooleanValue b => b.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLStringValue s => "\"" + s.Value.ToString() + "\"",
        _ => value.Kind.ToString(),
    };

    private static string TypeName(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => TypeName(n.Type) + "!",
        GraphQLListType l => "[" + TypeName(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => type.ToString() ?? "",
    };
}
