using System.Text;

namespace ChainGraph.Bench.Tests;

public class HttpLoadTests
{
    [Theory]
    [InlineData("""{"data":{"chainGaps":[]}}""", false)]
    [InlineData("""{"data":{"x":{"errors":1,"note":"\"errors\": in a text"}}}""", false)]
    [InlineData("""{"errors":[{"message":"no"}]}""", true)]
    [InlineData("""{"data":null,"errors":[{"message":"no"}]}""", true)]
    [InlineData("""[1,2]""", true)]
    [InlineData("", true)]
    [InlineData("""{"data":{""", true)]
    public void An_answer_has_errors_only_when_its_top_level_object_says_so(string answer, bool expected) =>
        Assert.Equal(expected, HttpLoad.HasErrors(Encoding.UTF8.GetBytes(answer)));

    [Fact]
    public void The_request_body_is_the_json_of_the_request()
    {
        var body = Encoding.UTF8.GetString(HttpLoad.Body(new { query = "{ a }", variables = new { r = "360100" } }));
        Assert.Equal("""{"query":"{ a }","variables":{"r":"360100"}}""", body);
    }

    [Fact]
    public void A_wrk_report_gives_its_rate_requests_and_failures()
    {
        const string report = """
            Running 15s test @ http://127.0.0.1:5077/graphql
              1 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     1.75ms  436.21us  12.93ms   83.40%
                Req/Sec     9.21k   505.61     9.90k    76.67%
              137531 requests in 15.00s, 24.14MB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 4
            Requests/sec:   9168.12
            Transfer/sec:      1.61MB
            """;
        var (rate, requests, failed) = HttpLoad.ParseWrk(report);
        Assert.Equal(9168.12, rate, 2);
        Assert.Equal(137531, requests);
        Assert.Equal(7, failed);
    }

    [Fact]
    public void A_clean_wrk_report_has_no_failures() =>
        Assert.Equal(0, HttpLoad.ParseWrk("  10 requests in 1.00s, 1KB read\nRequests/sec:     10.00\n").Failed);
}
