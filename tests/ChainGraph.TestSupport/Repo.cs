namespace ChainGraph.TestSupport;

/// <summary>Paths inside the repository, found from the test's working folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    public static string GraphSeed => Path.Combine(Root, "graph-seed");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChainGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (ChainGraph.sln) above " + AppContext.BaseDirectory);
    }
}
