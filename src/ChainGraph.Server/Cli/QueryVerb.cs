using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Store;

namespace ChainGraph.Server.Cli;

/// <summary>
/// Shared shape of the query verbs: run one GraphQL field, print a table or (with --json) its data. The store is
/// opened for one question (<see cref="StoreOpener.OpenForQuestion"/>): only what the question reads.
/// </summary>
internal static class QueryVerb
{
    public static Option<bool> Json { get; } = new("--json") { Description = "Print the data the GraphQL field returns, as JSON" };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(
        string name,
        string description,
        Option[] options,
        string field,
        string query,
        Func<ParseResult, Dictionary<string, object?>> variables,
        Action<JsonElement, TextWriter, bool> table,
        Func<ParseResult, IGraphStore, CancellationToken, Task<int?>>? instead = null,
        IReadOnlyList<NamedArgument>? names = null)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
        command.Options.Add(Json);
        command.SetAction(async (parse, ct) =>
        {
            using var opened = StoreOpener.OpenForQuestion(parse);
            var store = opened.Store;
            if (instead is not null && await instead(parse, store, ct).ConfigureAwait(false) is { } exit)
            {
                return exit;
            }
            var values = variables(parse);
            try
            {
                // A region, chain, segment or company may be given by name (exact, or a unique prefix) as well as by id.
                var lookup = new IdLookup(store);
                foreach (var named in names ?? [])
                {
                    if (values.GetValueOrDefault(named.Variable) is string text)
                    {
                        values[named.Variable] = await lookup.ResolveAsync(named.Kind, text, named.Option, ct).ConfigureAwait(false);
                    }
                }
            }
            catch (BadArgumentException e)
            {
                await Console.Error.WriteLineAsync($"{name}: {e.Message} ({e.Code})").ConfigureAwait(false);
                return CliExit.BadInput;
            }
            await using var runner = new GraphQLRunner(store);
            var (data, code, message) = await runner.RunAsync(query, values, field, ct).ConfigureAwait(false);
            if (data is not { } value)
            {
                await Console.Error.WriteLineAsync($"{name}: {OptionWords(message, names)} ({code})").ConfigureAwait(false);
                return code is ErrorCodes.BadInput or ErrorCodes.NotFound ? CliExit.BadInput : CliExit.Failure;
            }
            if (parse.GetValue(Json))
            {
                Console.WriteLine(JsonSerializer.Serialize(value, Indented));
            }
            else
            {
                table(value, Console.Out, CliOptions.English(parse));
            }
            return CliExit.Ok;
        });
        return command;
    }

    /// <summary>Says the option the user typed (<c>--region</c>) where the message names the GraphQL argument (<c>regionCode</c>).</summary>
    private static string? OptionWords(string? message, IReadOnlyList<NamedArgument>? names)
    {
        if (message is null)
        {
            return null;
        }
        foreach (var (argument, option) in ArgumentOptions.Concat((names ?? []).Select(n => (n.Argument, n.Option))))
        {
            if (message.StartsWith(argument + ":", StringComparison.Ordinal))
            {
                return option + message[argument.Length..];
            }
        }
        return message;
    }

    private static readonly (string Argument, string Option)[] ArgumentOptions =
    [
        ("weakBelow", "--weak-below"), ("first", "--first"), ("maxHops", "--max-hops"), ("weights.anchorTies", "--w-anchor-ties"),
        ("weights.credentials", "--w-credentials"), ("weights.proximity", "--w-proximity"), ("from", "--from"), ("to", "--to"),
    ];

    public static string Text(this JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : "";

    public static string Name(this JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Object ? v.Text("nameZh") : "";

    public static string Yuan(this JsonElement e, string property) =>
        (e.GetProperty(property).GetDouble() / 100_000_000).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " 亿元";
}
