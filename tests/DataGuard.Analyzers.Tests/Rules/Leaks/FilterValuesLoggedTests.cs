using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// What a user typed into a filter of a person grid: the value is named generically (<c>filterValue</c>, <c>searchText</c>),
/// so the method that filters by a personal field or the filter type over people says what it holds (Sources/FilterValues).
/// A generic search string with no such evidence stays silent.
/// </summary>
public class FilterValuesLoggedTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public sealed class PacientFilters { public string SearchText { get; set; } = ""; public bool Activ { get; set; } }
        public sealed class CustomerSearchRequest { public string Keyword { get; set; } = ""; }
        public sealed class ProductFilter { public string SearchText { get; set; } = ""; }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    private static string Service(string method, string log) => $$"""
        public sealed class ClientService
        {
            private readonly ILogger<ClientService> _logger = null!;

            public Task {{method}}
            {
                {{log}};
                return Task.CompletedTask;
            }
        }
        """;

    [Theory]
    [InlineData("DataGridFilterEmailAddressAsync(string filterValue)", "_logger.LogInformation($\"DataGridFilterEmailAddress: {filterValue}\")")]
    [InlineData("DataGridFilterFullNameAsync(string filterValue)", "_logger.LogInformation($\"DataGridFilterFullName: {filterValue}\")")]
    [InlineData("DataGridFilterPreferredNameAsync(string filterValue)", "_logger.LogInformation(\"Filter {Value}\", filterValue)")]
    [InlineData("SearchByPhone(string term)", "_logger.LogInformation(\"Search {Term}\", term)")]
    [InlineData("FindByEmailAsync(string query)", "_logger.LogDebug(\"Find {Query}\", query)")]
    [InlineData("LoadAsync(PacientFilters filters)", "_logger.LogInformation(\"Search='{Search}' Activ={Activ}\", filters.SearchText, filters.Activ)")]
    [InlineData("LoadAsync(CustomerSearchRequest request)", "_logger.LogInformation(\"Search {Keyword}\", request.Keyword)")]
    public Task Filter_values_over_people_are_reported(string method, string log) => Run(Service(method, "{|DG1001:" + log + "|}"));

    [Theory]
    [InlineData("DataGridFilterIdAsync(string filterValue)", "_logger.LogInformation($\"DataGridFilterId: {filterValue}\")")]
    [InlineData("FilterByName(string value)", "_logger.LogInformation(\"Filter {Value}\", value)")]
    [InlineData("SearchAsync(string searchText)", "_logger.LogInformation(\"Search {Text}\", searchText)")]
    [InlineData("LoadAsync(ProductFilter filter)", "_logger.LogInformation(\"Search {Text}\", filter.SearchText)")]
    [InlineData("LoadAsync(PacientFilters filters)", "_logger.LogInformation(\"Activ={Activ}\", filters.Activ)")]
    public Task Search_strings_without_personal_evidence_are_not_reported(string method, string log) => Run(Service(method, log));
}
