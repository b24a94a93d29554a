using ChainGraph.Domain.Lookup;

namespace ChainGraph.Server.Cli;

/// <summary>A query variable the user may give by name: what kind of thing it is, the GraphQL argument, and the option typed.</summary>
internal sealed record NamedArgument(string Variable, LookupKind Kind, string Argument, string Option);
