namespace ChainGraph.Server.GraphQL.Limits;

/// <summary>
/// Counts the fields an answer is made of while it is built, and stops the request (by cancelling its
/// token) once there are more than the limit: an answer never grows without bound, whatever its query.
/// One per request; the counter is shared by the parallel resolvers of that request only.
/// </summary>
public sealed class ResultBudget : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly int _limit;
    private int _used;
    private volatile bool _exceeded;

    public ResultBudget(int limit, CancellationToken requestAborted)
    {
        _limit = limit;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
    }

    public int Limit => _limit;

    /// <summary>Cancelled when the budget runs out or the client goes away.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>True once the answer would have held more fields than the limit.</summary>
    public bool Exceeded => _exceeded;

    /// <summary>Takes <paramref name="fields"/> more fields; throws OperationCanceledException past the limit.</summary>
    public void Take(int fields)
    {
        if (Interlocked.Add(ref _used, fields) > _limit && !_exceeded)
        {
            _exceeded = true;
            _cancel.Cancel();
        }
        _cancel.Token.ThrowIfCancellationRequested();
    }

    public void Dispose() => _cancel.Dispose();
}
