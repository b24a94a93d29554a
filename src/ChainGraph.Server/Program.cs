using ChainGraph.Server.Cli;

return await ChainGraphCommand.RunAsync(args);
