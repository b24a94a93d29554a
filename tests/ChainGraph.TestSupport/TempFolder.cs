namespace ChainGraph.TestSupport;

/// <summary>A folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chaingraph-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file (UTF-8, no BOM) and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    /// <summary>Copies every file of <paramref name="folder"/> in.</summary>
    public TempFolder CopyFrom(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            System.IO.File.Copy(file, File(System.IO.Path.GetFileName(file)), overwrite: true);
        }
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a process under test may still hold a file
        }
    }
}
