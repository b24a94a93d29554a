namespace ChainGraph.Server.Cli;

/// <summary>Exit codes of the command line.</summary>
internal static class CliExit
{
    public const int Ok = 0;
    public const int Failure = 1;
    /// <summary>Bad input: an invalid data set, an unknown id, an argument out of range.</summary>
    public const int BadInput = 2;
}
