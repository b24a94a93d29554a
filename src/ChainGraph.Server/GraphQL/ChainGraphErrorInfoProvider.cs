using ChainGraph.Domain;
using ChainGraph.Domain.Store;
using GraphQL;
using GraphQL.Execution;

namespace ChainGraph.Server.GraphQL;

/// <summary>
/// Gives every error a stable <c>extensions.code</c>: the domain's codes for bad arguments and an
/// unavailable store, INTERNAL for anything unexpected. Exception details only in Development.
/// </summary>
public sealed class ChainGraphErrorInfoProvider(bool exposeDetails)
    : ErrorInfoProvider(o => o.ExposeExceptionDetails = exposeDetails)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        if (executionError is FieldError field)
        {
            extensions["field"] = field.Field;
        }
        else if (ExceptionChain.Find<BadArgumentException>(executionError) is { } bad)
        {
            info.Message = bad.Message;
            extensions["code"] = bad.Code;
            extensions["codes"] = new[] { bad.Code };
            extensions["argument"] = bad.Argument;
            if (bad.Suggestions.Count > 0)
            {
                extensions["suggestions"] = bad.Suggestions;
            }
        }
        else if (ExceptionChain.Find<StoreUnavailableException>(executionError) is not null)
        {
            info.Message = "The store is unavailable right now; try again shortly.";
            extensions["code"] = ErrorCodes.StoreUnavailable;
            extensions["codes"] = new[] { ErrorCodes.StoreUnavailable };
        }
        else if (executionError is UnhandledError)
        {
            if (!exposeDetails)
            {
                info.Message = "Internal error.";
            }
            extensions["code"] = ErrorCodes.Internal;
            extensions["codes"] = new[] { ErrorCodes.Internal };
        }
        info.Extensions = extensions;
        return info;
    }
}
