using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DataGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DataGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// The real libraries user code is compiled against in the leak tests: the .NET and ASP.NET Core reference packs installed with
/// the SDK, and MailKit, MimeKit, SendGrid, Newtonsoft.Json, NLog, log4net, Serilog and Application Insights restored with this project. Nothing is downloaded by a test.
/// FluentEmail is not on the package feed here: <see cref="FluentEmailLookAlike"/> declares its API under its real names.
/// </summary>
internal static class LibraryReferences
{
    public static ImmutableArray<MetadataReference> All { get; } = Build();

    /// <summary>FluentEmail.Core's fluent API as its users call it (From/To/Subject/Body/Send), declared in source.</summary>
    public const string FluentEmailLookAlike = """
        namespace FluentEmail.Core.Models { public class SendResponse { public bool Successful { get; set; } } }
        namespace FluentEmail.Core
        {
            public interface IFluentEmail
            {
                IFluentEmail To(string emailAddress, string? name = null);
                IFluentEmail CC(string emailAddress, string name = "");
                IFluentEmail Subject(string subject);
                IFluentEmail Body(string body, bool isHtml = false);
                FluentEmail.Core.Models.SendResponse Send(System.Threading.CancellationToken? token = null);
                System.Threading.Tasks.Task<FluentEmail.Core.Models.SendResponse> SendAsync(System.Threading.CancellationToken? token = null);
            }
            public class Email : IFluentEmail
            {
                public static IFluentEmail From(string emailAddress, string? name = null) => new Email();
                public IFluentEmail To(string emailAddress, string? name = null) => this;
                public IFluentEmail CC(string emailAddress, string name = "") => this;
                public IFluentEmail Subject(string subject) => this;
                public IFluentEmail Body(string body, bool isHtml = false) => this;
                public FluentEmail.Core.Models.SendResponse Send(System.Threading.CancellationToken? token = null) => new();
                public System.Threading.Tasks.Task<FluentEmail.Core.Models.SendResponse> SendAsync(System.Threading.CancellationToken? token = null) => System.Threading.Tasks.Task.FromResult(new FluentEmail.Core.Models.SendResponse());
            }
        }
        """;

    private static ImmutableArray<MetadataReference> Build()
    {
        // …/dotnet/shared/Microsoft.NETCore.App/10.0.x/ → …/dotnet/packs/<pack>/<version>/ref/net10.0/
        var dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var framework = "net" + Environment.Version.Major + ".0";
        var paths = new List<string>();
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var versions = Directory.GetDirectories(Path.Combine(dotnet, "packs", pack))
                .Where(v => Directory.Exists(Path.Combine(v, "ref", framework)))
                .OrderByDescending(v => Version.TryParse(Path.GetFileName(v).Split('-')[0], out var parsed) ? parsed : new Version())
                .ToList();
            if (versions.Count == 0)
            {
                throw new InvalidOperationException($"The SDK has no {pack} for {framework} under {dotnet}/packs.");
            }

            paths.AddRange(Directory.GetFiles(Path.Combine(versions[0], "ref", framework), "*.dll"));
        }

        paths.Add(typeof(MailKit.Net.Smtp.SmtpClient).Assembly.Location);
        paths.Add(typeof(MimeKit.MimeMessage).Assembly.Location);
        paths.Add(typeof(SendGrid.SendGridClient).Assembly.Location);
        paths.Add(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location);
        paths.Add(typeof(NLog.LogEventInfo).Assembly.Location);
        paths.Add(typeof(log4net.Core.LoggingEvent).Assembly.Location);
        paths.Add(typeof(Serilog.Events.LogEvent).Assembly.Location);
        paths.Add(typeof(Microsoft.ApplicationInsights.TelemetryClient).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}

/// <summary>Runs every DataGuard rule over user code compiled against <see cref="LibraryReferences"/>.</summary>
internal sealed class LibraryLeakTest : CSharpAnalyzerTest<PersonalDataLoggedAnalyzer, DefaultVerifier>
{
    private LibraryLeakTest(string source, string? editorConfig)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestCode = source;
        // DG1003 has two reporters (the send, and a mail transport's connection configured apart): one descriptor.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestState.AdditionalReferences.AddRange(LibraryReferences.All);
        TestState.Sources.Add(("Stubs.Annotations.cs", Stubs.Annotations));
        TestState.Sources.Add(("FluentEmail.LookAlike.cs", LibraryReferences.FluentEmailLookAlike));
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + (editorConfig ?? string.Empty) + "\n"));
    }

    /// <summary>The customer record the leak tests send around: three personal members and an order number that is not.</summary>
    public const string Buyer = """

        public class Buyer
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
            public string Phone { get; set; } = "";
            public string OrderNo { get; set; } = "";
        }
        """;

    public static Task Run(string source, string? editorConfig = null) => new LibraryLeakTest(source, editorConfig).RunAsync();

    /// <summary>Runs the source compiled as an executable, where code nothing runs is silent (reachability applies).</summary>
    public static Task RunAsApplication(string source, string? editorConfig = null)
    {
        var test = new LibraryLeakTest(source, editorConfig);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>
    /// Runs with <paramref name="library"/> compiled into an assembly of its own and referenced as metadata, as a project
    /// reference or a package is seen from the project being built: its members' bodies are not in the compilation.
    /// </summary>
    public static Task RunWithLibrary(string source, string library, string? editorConfig = null)
    {
        var test = new LibraryLeakTest(source, editorConfig);
        test.TestState.AdditionalReferences.Add(CompiledLibrary(library));
        return test.RunAsync();
    }

    /// <summary>Runs with several projects of the solution, each compiled apart under its own assembly name.</summary>
    public static Task RunWithLibraries(string source, params (string AssemblyName, string Text)[] libraries)
    {
        var test = new LibraryLeakTest(source, null);
        foreach (var (assemblyName, text) in libraries)
        {
            test.TestState.AdditionalReferences.Add(CompiledLibrary(text, assemblyName));
        }

        return test.RunAsync();
    }

    private static MetadataReference CompiledLibrary(string library, string assemblyName = "Contoso.Client")
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(assemblyName,
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(library) }, LibraryReferences.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The test's library does not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Runs with configuration files passed as the package passes them (<c>appsettings*.json</c> as additional files).</summary>
    public static Task RunWithFiles(string source, params (string Name, string Text)[] files)
    {
        var test = new LibraryLeakTest(source, null);
        foreach (var (name, text) in files)
        {
            test.TestState.AdditionalFiles.Add(("/app/" + name, text));
        }

        return test.RunAsync();
    }

    /// <summary>Runs with diagnostics given in full (message arguments, additional locations) beside the markup.</summary>
    public static Task RunExpecting(string source, params DiagnosticResult[] expected)
    {
        var test = new LibraryLeakTest(source, null);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
    {
        new PersonalDataLoggedAnalyzer(), new PersonalDataInUrlAnalyzer(), new PersonalDataOverUnencryptedChannelAnalyzer(),
        new PersonalDataSentToGenerativeAiAnalyzer(), new PersonalDataSentToExternalHostAnalyzer(), new PersonalDataInExceptionMessageAnalyzer(),
        new PersonalDataExposedByToStringAnalyzer(), new TransportChannelAnalyzer(),
    };
}
