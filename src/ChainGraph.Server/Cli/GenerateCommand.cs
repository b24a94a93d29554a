using System.CommandLine;
using ChainGraph.Server.Generate;

namespace ChainGraph.Server.Cli;

/// <summary><c>generate --companies N --out DIR [--seed S]</c>: a synthetic data set for scale tests.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var companies = new Option<int>("--companies") { Description = "Number of companies", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the CSV files to", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same data set)", DefaultValueFactory = _ => 42 };
        var command = new Command("generate", "Write a synthetic data set in the import format") { companies, output, seed };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(companies);
            if (n < 1)
            {
                Console.Error.WriteLine($"generate: --companies must be at least 1, not {n}");
                return CliExit.BadInput;
            }
            var dir = parse.GetValue(output)!;
            new SyntheticDataSet(n, parse.GetValue(seed)).WriteTo(dir.FullName);
            Console.WriteLine($"wrote a synthetic data set of {n} companies to {dir.FullName}");
            return CliExit.Ok;
        });
        return command;
    }
}
