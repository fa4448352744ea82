namespace DataGuard.Analyzers.Tests.Infrastructure;

/// <summary>Wraps a test body in a class with a logger and the sample <c>Citizen</c> type.</summary>
internal static class TestCode
{
    public const string Usings = "using System; using System.Linq; using System.Text; using System.Collections.Generic; using System.Net.Http; using System.Threading.Tasks; using Microsoft.Extensions.Logging; using DataGuard;\n";

    public const string Citizen = """

        public class Citizen
        {
            public string NationalId { get; set; } = "";
            public string FullName { get; set; } = "";
            public string Phone { get; set; } = "";
            public string CaseNo { get; set; } = "";
            public int Age { get; set; }
        }
        """;

    public static string Wrap(string body, bool partial = false)
        => Usings + (partial ? "partial " : string.Empty) + "class C\n{\n    ILogger _logger = null!;\n    HttpClient _http = null!;\n" + body + "\n}\n" + Citizen;
}
