using System.Diagnostics;
using System.Text.Json;
using ChainGraph.Server.Tests.Cli;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Mcp;

/// <summary><c>chaingraph mcp</c> as a desktop agent starts it: standard output carries the protocol and nothing else.</summary>
public sealed class McpStdioProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Standard_output_carries_only_protocol_messages_and_the_server_ends_with_its_input()
    {
        var db = _folder.File("mini.db");
        Assert.Equal(0, (await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", db)).Exit);
        using var process = Process.Start(Start("mcp", "--db", db))!;
        var error = process.StandardError.ReadToEndAsync();

        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
        await process.StandardInput.FlushAsync();
        var initialized = await ReadMessageAsync(process);
        Assert.Equal("chaingraph", initialized.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"chainGaps","arguments":{"regionCode":"肇庆","chainId":"es","weakBelow":0}}}""");
        await process.StandardInput.FlushAsync();
        var call = await ReadMessageAsync(process);
        Assert.True(call.GetProperty("result").GetProperty("isError").GetBoolean());

        process.StandardInput.Close();
        var rest = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.All(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).RootElement.GetProperty("jsonrpc"));
        Assert.Contains("MCP server on stdio", await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_store_path_is_refused_on_standard_error()
    {
        var result = await Chaingraph.RunAsync("mcp", "--db", _folder.File("missing.db"));
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("there is no store at", result.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static ProcessStartInfo Start(params string[] args)
    {
        var info = Chaingraph.StartInfo(args);
        info.RedirectStandardInput = true;
        info.StandardInputEncoding = new System.Text.UTF8Encoding(false);
        return info;
    }

    /// <summary>The next line of standard output, which must be a JSON-RPC message.</summary>
    private static async Task<JsonElement> ReadMessageAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.NotNull(line);
        var message = JsonDocument.Parse(line).RootElement.Clone();
        Assert.Equal("2.0", message.GetProperty("jsonrpc").GetString());
        return message;
    }
}
