using ChainGraph.Bench;

return await BenchCommand.RunAsync(args);
