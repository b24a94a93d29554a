namespace ChainGraph.Server.Cli;

/// <summary>What the user typed cannot work (a store that does not exist, say): one line on standard error, exit code 2.</summary>
internal sealed class CliInputException(string message) : Exception(message);
