namespace ChainGraph.Bench;

/// <summary>The harness's exit codes, as the chaingraph executable's.</summary>
internal static class BenchExit
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
