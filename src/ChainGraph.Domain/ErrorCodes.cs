namespace ChainGraph.Domain;

/// <summary>Stable error codes shared by the API and the command line.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string BadInput = "BAD_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Internal = "INTERNAL";

    /// <summary>A GraphQL request beyond the service's limits on fields, nesting, repeated names or answer size.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>A content type the endpoint does not take.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
}
