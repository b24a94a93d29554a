using ChainGraph.Domain.Analysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;
using ChainGraph.Server.Export;
using ChainGraph.Server.GraphQL;
using ChainGraph.Server.Hosting;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.Map;

/// <summary>Map data and target-library exports for the map page and other clients.</summary>
internal static class MapEndpoints
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/map/sites.geojson", ["GET", "HEAD"], async (HttpContext http, IGraphStore store, string? region, string? segment) =>
            await Guard(http, async () =>
            {
                var features = await SiteFeatures.LoadAsync(store, Blank(region), Blank(segment), http.RequestAborted);
                await WriteGeoJsonAsync(http, GeoJsonFeature.Collection(features));
            })).RequireRateLimiting(RateLimiting.Policy).RequireAuthorization(AccessPolicies.Read);

        app.MapMethods("/api/map/targets.geojson", ["GET", "HEAD"], async (HttpContext http, IGraphStore store, string? region, string? segment, int? first, string? scope) =>
            await Guard(http, async () =>
            {
                var rows = await TargetRows.LoadAsync(store, Required(region, "region"), Required(segment, "segment"), first ?? 20, null, Scope(scope), http.RequestAborted);
                var features = rows.Select(r => new GeoJsonFeature(
                    new Dictionary<string, object?>
                    {
                        ["rank"] = r.Rank,
                        ["companyId"] = r.CompanyId,
                        ["companyName"] = r.CompanyNameZh,
                        ["companyNameEn"] = r.CompanyNameEn,
                        ["score"] = r.Score,
                        ["anchorTies"] = r.AnchorTies,
                        ["credentials"] = r.Credentials,
                        ["proximity"] = r.Proximity,
                        ["distanceKm"] = r.DistanceKm,
                        ["inPipeline"] = r.InPipeline,
                        ["tieStrength"] = r.TieStrength,
                        ["groupLocal"] = r.GroupLocal,
                        ["suppliesAnchors"] = r.SuppliesAnchors,
                        ["siteId"] = r.NearestSiteId,
                        ["siteName"] = r.NearestSiteName,
                        ["regionName"] = r.NearestSiteRegion,
                    },
                    r.NearestSiteLon,
                    r.NearestSiteLat));
                await WriteGeoJsonAsync(http, GeoJsonFeature.Collection(features));
            })).RequireRateLimiting(RateLimiting.Policy).RequireAuthorization(AccessPolicies.Read);

        app.MapMethods("/api/export/targets", ["GET", "HEAD"], async (HttpContext http, IGraphStore store, string? region, string? segment, string? format, int? first, string? scope) =>
            await Guard(http, async () =>
            {
                var kind = (format ?? "csv").ToLowerInvariant();
                if (kind is not ("csv" or "xlsx"))
                {
                    throw BadArgumentException.OutOfRange("format", $"must be csv or xlsx, not '{format}'");
                }
                var rows = await TargetRows.LoadAsync(store, Required(region, "region"), Required(segment, "segment"), first ?? 100, null, Scope(scope), http.RequestAborted);
                var name = $"targets-{region}-{segment}.{kind}";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
                if (kind == "csv")
                {
                    await ConditionalGet.WriteAsync(http, "text/csv; charset=utf-8", body => TargetFileWriter.WriteCsvAsync(body, rows, http.RequestAborted));
                }
                else
                {
                    await ConditionalGet.WriteAsync(http, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body => TargetFileWriter.WriteXlsxAsync(body, rows, http.RequestAborted));
                }
            })).RequireRateLimiting(RateLimiting.Policy).RequireAuthorization(AccessPolicies.Read);
    }

    private static async Task Guard(HttpContext http, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (BadArgumentException e)
        {
            var status = e.Code == ErrorCodes.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            await GraphQLEndpoint.WriteErrorAsync(http, status, e.Code, e.Message);
        }
        catch (StoreUnavailableException)
        {
            await GraphQLEndpoint.WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.StoreUnavailable, "The store is unavailable right now; try again shortly.");
        }
    }

    /// <summary>The <c>scope</c> query parameter: new (default), expansion or all, in any letter case.</summary>
    private static RecruitScope Scope(string? text) =>
        Blank(text) is not { } value ? RecruitScope.New
        : Domain.Text.ContractNames.TryParse<RecruitScope>(value, out var scope) ? scope
        : throw BadArgumentException.OutOfRange("scope", $"must be NEW, EXPANSION or ALL, not '{text}'");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Required(string? value, string name) =>
        Blank(value) ?? throw BadArgumentException.OutOfRange(name, "is required");

    private static Task WriteGeoJsonAsync(HttpContext http, object collection) =>
        ConditionalGet.WriteAsync(http, "application/geo+json; charset=utf-8", body => JsonSerializer.SerializeAsync(body, collection, Json, http.RequestAborted));
}
