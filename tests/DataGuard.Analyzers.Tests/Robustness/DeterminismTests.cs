using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Sources;
using DataGuard.Analyzers.Tests.Infrastructure;
using DataGuard.Analyzers.Tests.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// Results are a function of the compilation and the options alone. An IDE analyses the same compilation again and again
/// (every keystroke, every open file, concurrently), and a build analyses it once: a rule that answers from what another
/// rule, or an earlier analysis, left in a cache flickers in the editor and differs from CI. Round 14's car-rental fleet
/// showed it: whether a fleet car was a person's record depended on whether its category, which lists the cars, had been
/// asked about first (33 or 47 reports on the same code).
/// </summary>
public class DeterminismTests
{
    /// <summary>
    /// A fleet whose car and car group refer to each other (the cycle whose cut depended on the order of questions), renters
    /// read with and without an audit and from a method nothing calls, and a log call that asks about the group before any
    /// query does — spread over several files, as a project is.
    /// </summary>
    private static readonly (string Path, string Text)[] Fleet =
    {
        ("Models.cs", """
            using System.Collections.Generic;
            namespace Fleet;
            public class Renter { public int Id { get; set; } public string FullName { get; set; } = ""; public string Email { get; set; } = ""; public ICollection<Hire> Hires { get; set; } = new List<Hire>(); }
            public class Hire { public int Id { get; set; } public int CarId { get; set; } public int RenterId { get; set; } public Renter? Renter { get; set; } public FleetCar? Car { get; set; } }
            public class FleetCar { public int Id { get; set; } public string Make { get; set; } = ""; public string LicensePlate { get; set; } = ""; public string? LocationAddress { get; set; } public ICollection<Hire> Hires { get; set; } = new List<Hire>(); public CarGroup? Group { get; set; } }
            public class CarGroup { public int Id { get; set; } public string Title { get; set; } = ""; public ICollection<FleetCar> Cars { get; set; } = new List<FleetCar>(); }
            """),
        ("FleetDb.cs", """
            using Microsoft.EntityFrameworkCore;
            namespace Fleet;
            public abstract class FleetDb { public abstract DbSet<FleetCar> Cars { get; } public abstract DbSet<CarGroup> Groups { get; } public abstract DbSet<Renter> Renters { get; } public abstract DbSet<Hire> Hires { get; } }
            public class AuditTrail { [DataGuard.AuditsPersonalDataAccess] public void Record(string officer, string purpose) { } }
            """),
        ("CarsPage.cs", """
            using System.Collections.Generic; using System.Linq;
            namespace Fleet;
            public class CarsPage
            {
                readonly FleetDb _db;
                public CarsPage(FleetDb db) { _db = db; }
                public List<FleetCar> Available() => _db.Cars.Where(c => c.Make != "").ToList();
                public FleetCar? One(int id) => _db.Cars.FirstOrDefault(c => c.Id == id);
                public List<Hire> HiresOf(int renterId) => _db.Hires.Where(h => h.RenterId == renterId).ToList();
            }
            """),
        ("GroupsPage.cs", """
            using System.Collections.Generic; using System.Linq; using Microsoft.Extensions.Logging;
            namespace Fleet;
            public class GroupsPage
            {
                readonly FleetDb _db; readonly ILogger<GroupsPage> _logger;
                public GroupsPage(FleetDb db, ILogger<GroupsPage> logger) { _db = db; _logger = logger; }
                public void Show(CarGroup group) => _logger.LogInformation("Showing {Group}", group);
                public List<CarGroup> All() => _db.Groups.ToList();
            }
            """),
        ("RentersPage.cs", """
            using System.Collections.Generic; using System.Linq; using Microsoft.Extensions.Logging;
            namespace Fleet;
            public class RentersPage
            {
                readonly FleetDb _db; readonly AuditTrail _audit; readonly ILogger<RentersPage> _logger;
                public RentersPage(FleetDb db, AuditTrail audit, ILogger<RentersPage> logger) { _db = db; _audit = audit; _logger = logger; }
                public void Greet(Renter renter) => _logger.LogInformation("Greeting {Email}", renter.Email);
                public List<Renter> Audited() { _audit.Record("desk", "listing"); return _db.Renters.ToList(); }
                public Renter? Unaudited(int id) => _db.Renters.FirstOrDefault(r => r.Id == id);
                private List<Renter> NeverCalled() => _db.Renters.ToList();
            }
            """),
    };

    /// <summary>The fleet as an application: a method nothing calls never runs, and what the entry point prints reaches a person.</summary>
    private static readonly (string Path, string Text)[] FleetApp = Fleet.Append(("Program.cs", """
            namespace Fleet;
            public static class Program
            {
                public static void Main()
                {
                    var db = (FleetDb)null!;
                    System.Console.WriteLine(new CarsPage(db).Available().Count);
                    System.Console.WriteLine(new CarsPage(db).HiresOf(3).Count);
                    var groups = new GroupsPage(db, null!);
                    groups.Show(groups.All()[0]);
                    var renters = new RentersPage(db, new AuditTrail(), null!);
                    System.Console.WriteLine(renters.Audited().Count);
                    var renter = renters.Unaudited(1);
                    System.Console.WriteLine(renter?.FullName);
                    renters.Greet(renter!);
                    System.Console.WriteLine(new CarsPage(db).One(2)?.LicensePlate);
                }
            }
            """)).ToArray();

    [Fact]
    public async Task Every_rule_reports_the_same_on_the_first_second_and_third_analysis()
    {
        var analyzers = ShapeAnalysis.AllAnalyzers();
        foreach (var sources in new[] { Fleet, FleetApp, PoliceService() })
        {
            var compilation = Compile(sources);

            var first = await Analyze(compilation, analyzers, concurrent: false);
            var second = await Analyze(compilation, analyzers, concurrent: false);
            var third = await Analyze(compilation, analyzers, concurrent: true);

            Assert.Contains(first, d => d.StartsWith("DG1001", StringComparison.Ordinal));
            Assert.Equal(first, second);
            Assert.Equal(first, third);
        }

        Assert.Contains(await Analyze(Compile(Fleet), analyzers, concurrent: false), d => d.StartsWith("DG1008", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_and_sequential_analysis_report_alike()
    {
        var analyzers = ShapeAnalysis.AllAnalyzers();
        for (var round = 0; round < 3; round++)
        {
            foreach (var sources in new[] { Fleet, FleetApp })
            {
                var sequential = await Analyze(Compile(sources), analyzers, concurrent: false);
                var concurrent = await Analyze(Compile(sources), analyzers, concurrent: true);
                Assert.Equal(sequential, concurrent);
            }
        }
    }

    /// <summary>
    /// Each rule alone on a fresh compilation, and again on one the other rules analysed first (in one go, and one by one in
    /// reverse order): the caches they filled must not change its reports.
    /// </summary>
    [Fact]
    public async Task A_rule_reports_the_same_whichever_rules_ran_before_it()
    {
        var analyzers = ShapeAnalysis.AllAnalyzers();
        foreach (var sources in new[] { Fleet, FleetApp, PoliceService() })
        {
            foreach (var rule in analyzers)
            {
                var others = analyzers.Remove(rule);
                var alone = await Analyze(Compile(sources), ImmutableArray.Create(rule), concurrent: false);

                var afterAll = Compile(sources);
                await Analyze(afterAll, others, concurrent: true);
                var afterOthers = await Analyze(afterAll, ImmutableArray.Create(rule), concurrent: false);

                var afterEach = Compile(sources);
                foreach (var other in others.Reverse())
                {
                    await Analyze(afterEach, ImmutableArray.Create(other), concurrent: false);
                }

                var afterOthersOneByOne = await Analyze(afterEach, ImmutableArray.Create(rule), concurrent: false);
                Assert.True(alone.SequenceEqual(afterOthers), $"{rule.GetType().Name} after the others: {Difference(alone, afterOthers)}");
                Assert.True(alone.SequenceEqual(afterOthersOneByOne), $"{rule.GetType().Name} after each other rule: {Difference(alone, afterOthersOneByOne)}");
            }
        }
    }

    /// <summary>
    /// Two compilations sharing sources and referenced symbols (a project edited in the IDE: a copy, and one with a file
    /// added): analysing one first changes nothing in the other's reports.
    /// </summary>
    [Fact]
    public async Task Compilations_sharing_sources_and_symbols_report_as_if_alone()
    {
        var analyzers = ShapeAnalysis.AllAnalyzers();
        var added = CSharpSyntaxTree.ParseText(
            "namespace Fleet; public class GroupsReport { public System.Collections.Generic.List<CarGroup> Top(FleetDb db) => System.Linq.Enumerable.ToList(db.Groups); }",
            ParseOptions, "GroupsReport.cs");
        var expectedCopy = await Analyze(Compile(Fleet), analyzers, concurrent: false);
        var expectedEdited = await Analyze(Compile(Fleet).AddSyntaxTrees(added), analyzers, concurrent: false);

        var original = Compile(Fleet);
        await Analyze(original, analyzers, concurrent: true);
        var copy = await Analyze(original.Clone(), analyzers, concurrent: false);
        var edited = await Analyze(original.AddSyntaxTrees(added), analyzers, concurrent: false);

        Assert.Equal(expectedCopy, copy);
        Assert.Equal(expectedEdited, edited);
    }

    /// <summary>The members that make a type a person's record do not depend on which type, in a cycle of types, was asked first.</summary>
    [Fact]
    public void Personal_members_do_not_depend_on_which_type_was_asked_first()
    {
        var compilation = Compile(Fleet);
        var types = new[] { "Fleet.FleetCar", "Fleet.CarGroup", "Fleet.Hire", "Fleet.Renter" }.Select(name => compilation.GetTypeByMetadataName(name)!).ToArray();
        var expected = types.Select(type => Members(new PersonalDataClassifier(DataGuardOptions.Empty), type)).ToArray();

        foreach (var order in Orders(types.Length))
        {
            var classifier = new PersonalDataClassifier(DataGuardOptions.Empty);
            var answers = new string[types.Length];
            foreach (var index in order)
            {
                answers[index] = Members(classifier, types[index]);
            }

            Assert.Equal(expected, answers);
        }
    }

    private static string Members(PersonalDataClassifier classifier, ITypeSymbol type)
        => string.Join(",", classifier.PersonalMembers(type).Select(m => m.Name).Order(StringComparer.Ordinal));

    /// <summary>Every order of asking about <paramref name="count"/> things.</summary>
    private static IEnumerable<int[]> Orders(int count)
    {
        if (count == 1)
        {
            yield return new[] { 0 };
            yield break;
        }

        foreach (var rest in Orders(count - 1))
        {
            for (var position = 0; position <= rest.Length; position++)
            {
                var order = rest.ToList();
                order.Insert(position, count - 1);
                yield return order.ToArray();
            }
        }
    }

    /// <summary>The police service of <see cref="PoliceAppScenarioTests"/>, with its markup taken out: every flow rule reports on it.</summary>
    private static (string Path, string Text)[] PoliceService()
        => new[] { ("Service.cs", Regex.Replace(PoliceAppScenarioTests.Service, @"\{\|DG\d+:", string.Empty).Replace("|}", string.Empty, StringComparison.Ordinal)) };

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    internal static Compilation Compile((string Path, string Text)[] sources)
    {
        var stubs = new[]
        {
            ("Stubs.Annotations.cs", Stubs.Annotations), ("Stubs.Logging.cs", Stubs.Logging), ("Stubs.OtherLoggers.cs", Stubs.OtherLoggers),
            ("Stubs.GenerativeAi.cs", Stubs.GenerativeAi), ("Stubs.Compliance.cs", Stubs.Compliance), ("Stubs.DataAccess.cs", Stubs.DataAccess),
        };
        var trees = sources.Concat(stubs).Select(file => CSharpSyntaxTree.ParseText(file.Item2, ParseOptions, file.Item1));
        var output = sources.Any(s => s.Path == "Program.cs") ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create("Determinism", trees, References.Net80,
            new CSharpCompilationOptions(output, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        return compilation;
    }

    /// <summary>The sorted DataGuard reports of one analysis; an analyzer exception fails the test.</summary>
    internal static async Task<string[]> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent)
    {
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => { lock (failures) failures.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}"); },
            concurrent,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(failures);
        return diagnostics
            .Where(d => d.Id.StartsWith("DG", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    internal static string Difference(string[] expected, string[] actual)
        => "missing [" + string.Join("; ", expected.Except(actual)) + "], extra [" + string.Join("; ", actual.Except(expected)) + "]";
}
