using System.Reflection;
using ChainGraph.Domain.Store;

namespace ChainGraph.Server.Tests;

/// <summary>
/// The real store with a hook before every call: the hook sees the method's name and may throw. Every call
/// then goes through to the real store unchanged.
/// </summary>
public class InterceptingStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private Action<string> _before = null!;

    public static IGraphStore Wrap(IGraphStore inner, Action<string> before)
    {
        var proxy = Create<IGraphStore, InterceptingStore>();
        var self = (InterceptingStore)(object)proxy;
        self._inner = inner;
        self._before = before;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        _before(targetMethod!.Name);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
