using System.CommandLine;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Cli;

/// <summary><c>hash-key KEY</c>: prints the SHA-256 to put in ChainGraph:Security:ApiKeys (the key itself is never stored).</summary>
internal static class HashKeyCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("KEY") { Description = "The API key to hash" };
        var command = new Command("hash-key", "Print the hash of an API key for configuration") { key };
        command.SetAction(parse =>
        {
            Console.WriteLine(ApiKeyAuthenticator.Hash(parse.GetValue(key)!));
            return CliExit.Ok;
        });
        return command;
    }
}
