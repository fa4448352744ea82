using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1002 and the current request's own address (round 27's pagination tag helper): a link back to the page being served
/// copies a query the browser already sent; a record's values in it, or the query forwarded to another host, are new exposure.
/// </summary>
public class SameSiteLinkTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.Extensions;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + LibraryLeakTest.Buyer);

    [Fact]
    public Task Pager_link_back_with_the_requests_own_query_is_not_reported() => Run("""
        class Pager
        {
            public string PageLink(HttpRequest request, int page)
            {
                var builder = new UriBuilder(request.GetEncodedUrl())
                {
                    Query = new QueryBuilder(request.Query.Where(q => q.Key != "page")) { { "page", page.ToString() } }.ToString(),
                };
                return builder.Uri.PathAndQuery;
            }
        }
        """);

    [Fact]
    public Task Link_back_carrying_a_records_value_or_the_query_sent_elsewhere_is_reported() => Run("""
        class Pager
        {
            public string ShareLink(HttpRequest request, Buyer buyer)
            {
                var builder = new UriBuilder(request.GetEncodedUrl())
                {
                    {|DG1002:Query = "?email=" + buyer.Email|},
                };
                return builder.Uri.PathAndQuery;
            }

            public Uri Forward(HttpRequest request) => {|DG1002:new Uri("https://partner.example.com/search" + request.QueryString)|};
        }
        """);
}
