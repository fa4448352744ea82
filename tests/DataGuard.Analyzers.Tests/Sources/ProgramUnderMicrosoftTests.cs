using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// Microsoft's own applications (eShopOnDapr, eShopOnContainers) declare their types under <c>Microsoft.&lt;app&gt;</c>: those
/// are the program's records, not the framework's (round 27's unseen run: no report at all on such a repository). Types
/// the program declares in the framework's areas (<c>Microsoft.Extensions</c>, where extension classes and test stubs live)
/// stay the framework's.
/// </summary>
public class ProgramUnderMicrosoftTests
{
    private static Task Logged(string ns, string body) => Verify<PersonalDataLoggedAnalyzer>.Analyzer(TestCode.Usings + $$"""
        namespace {{ns}}
        {
            public class Buyer
            {
                public string FullName { get; set; } = "";
                public string Email { get; set; } = "";
                public override string ToString() => FullName + " <" + Email + ">";
            }

            class OrderingService
            {
                ILogger _logger = null!;
                {{body}}
            }
        }
        """);

    [Fact]
    public Task A_record_of_an_application_under_Microsoft_is_personal() => Logged("Microsoft.ShopOnDapr.Services.Ordering", """
        void M(Buyer buyer) { {|DG1001:_logger.LogInformation("Order for {Email}", buyer.Email)|}; }
        """);

    [Fact]
    public Task A_whole_record_of_an_application_under_Microsoft_is_dumped() => Logged("Microsoft.ShopOnDapr.Services.Ordering", """
        void M(Buyer buyer) { {|DG1001:_logger.LogInformation("Order for {Buyer}", buyer.ToString())|}; }
        """);

    [Fact]
    public Task A_type_declared_in_a_framework_area_stays_the_frameworks() => Logged("Microsoft.Extensions.Ordering", """
        void M(Buyer buyer) { _logger.LogInformation("Order for {Buyer}", buyer.ToString()); }
        """);
}
