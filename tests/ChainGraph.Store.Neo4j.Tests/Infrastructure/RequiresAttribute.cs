namespace ChainGraph.Store.Neo4j.Tests.Infrastructure;

/// <summary>
/// Every test of the class (inherited tests too) is reported as skipped, with the reason, when the
/// <see cref="IAvailability"/> says it is missing. Read by <see cref="SkippingTestFramework"/> at discovery.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresAttribute(Type availability) : Attribute
{
    public Type Availability { get; } = availability;

    /// <summary>The first reason to skip the class, or null to run it.</summary>
    public static string? SkipReasonFor(Type testClass)
    {
        foreach (var attribute in testClass.GetCustomAttributes(typeof(RequiresAttribute), inherit: true).Cast<RequiresAttribute>())
        {
            var probe = (IAvailability)Activator.CreateInstance(attribute.Availability)!;
            if (probe.SkipReason is { } reason)
            {
                return reason;
            }
        }
        return null;
    }
}
