using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>Passes discovery messages on, with each discovered test case replaced by a skipped one (same method and data).</summary>
internal sealed class SkippingMessageBus(IMessageBus inner, string reason, IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions options)
    : IMessageBus
{
    public bool QueueMessage(IMessageSinkMessage message)
    {
        if (message is ITestCaseDiscoveryMessage discovered && string.IsNullOrEmpty(discovered.TestCase.SkipReason))
        {
            var skipped = new XunitSkippedDataRowTestCase(
                diagnosticMessageSink,
                options.MethodDisplayOrDefault(),
                options.MethodDisplayOptionsOrDefault(),
                discovered.TestCase.TestMethod,
                reason,
                discovered.TestCase.TestMethodArguments);
            return inner.QueueMessage(new TestCaseDiscoveryMessage(skipped));
        }
        return inner.QueueMessage(message);
    }

    public void Dispose()
    {
        // The inner bus belongs to the caller.
    }
}
