using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Discovers a class's tests through a bus that turns them into skipped ones when the class's requirement is missing.</summary>
internal sealed class SkippingDiscoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
    : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
{
    protected override bool FindTestsForType(ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
    {
        var type = testClass.Class.ToRuntimeType();
        var reason = type is null ? null : RequiresAttribute.SkipReasonFor(type);
        if (reason is null)
        {
            return base.FindTestsForType(testClass, includeSourceInformation, messageBus, discoveryOptions);
        }
        var skipping = new SkippingMessageBus(messageBus, reason, DiagnosticMessageSink, discoveryOptions);
        return base.FindTestsForType(testClass, includeSourceInformation, skipping, discoveryOptions);
    }
}
