using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("ChainGraph.Store.Neo4j.Tests.Infrastructure.SkippingTestFramework", "ChainGraph.Store.Neo4j.Tests")]

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// xunit 2 has no dynamic skip, and the contract tests are plain [Fact]/[Theory] methods inherited from
/// TestSupport. This framework discovers tests as usual, then replaces the test cases of a class marked
/// [Requires] whose requirement is missing with skipped test cases carrying the reason, so that
/// <c>dotnet test</c> reports each of them as Skipped (not passed, not failed).
/// </summary>
public sealed class SkippingTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new SkippingDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
}
