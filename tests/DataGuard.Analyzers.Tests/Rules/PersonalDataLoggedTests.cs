using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules;

public class PersonalDataLoggedTests
{
    private const string Usings = "using System; using System.Linq; using System.Text; using System.Collections.Generic; using Microsoft.Extensions.Logging; using DataGuard;\n";
    private const string Citizen = """

        public class Citizen
        {
            public string NationalId { get; set; } = "";
            public string FullName { get; set; } = "";
            public string Phone { get; set; } = "";
            public string CaseNo { get; set; } = "";
            public int Age { get; set; }
        }
        """;

    private static Task Run(string body, string? editorConfig = null)
        => Verify<PersonalDataLoggedAnalyzer>.Analyzer(Usings + "class C { ILogger _logger = null!;\n" + body + "\n}" + Citizen, editorConfig);

    [Fact]
    public Task Member_passed_as_template_argument_is_reported() => Run("""
        void M(Citizen citizen) { {|DG1001:_logger.LogInformation("Lookup {Id}", citizen.NationalId)|}; }
        """);
}
