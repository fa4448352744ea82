using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataGuard.Audit.Insights;
using DataGuard.Audit.Insights.Reading;
using DataGuard.Audit.Insights.Rendering;
using DataGuard.Audit.Storage;
using DataGuard.Cli.Resources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace DataGuard.Cli.Audit;

/// <summary>
/// <c>dataguard audit report --db &lt;path|connection&gt; [--from] [--to] [--format html|csv|json]</c>: the same indicators as
/// the guard's dashboard over an audit store (a SQLite file or connection string; a PostgreSQL connection string with
/// <c>--provider PostgreSQL</c>), as a printable HTML file, the ranked list as CSV, or the report as JSON. It reads only:
/// the file is not migrated (a trail written before the insights indexes existed is read without them, more slowly).
/// </summary>
internal sealed class AuditReportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Option<string> _db = new("--db") { Description = Messages.AuditDbDescription, Required = true, HelpName = "path|connection" };
    private readonly Option<string> _provider = new("--provider") { Description = Messages.AuditProviderDescription, DefaultValueFactory = _ => AuditStores.Sqlite };
    private readonly Option<string> _from = new("--from") { Description = Messages.AuditFromDescription, HelpName = "date" };
    private readonly Option<string> _to = new("--to") { Description = Messages.AuditToDescription, HelpName = "date" };
    private readonly Option<string> _format = new("--format") { Description = Messages.AuditFormatDescription, DefaultValueFactory = _ => "html", HelpName = "html|csv|json" };
    private readonly Option<string> _unit = new("--unit") { Description = Messages.AuditUnitDescription };
    private readonly Option<FileInfo> _config = new("--config") { Description = Messages.AuditConfigDescription, HelpName = "appsettings.json" };
    private readonly Option<FileInfo> _output = new("--output", "-o") { Description = Messages.AuditOutputDescription, HelpName = "file" };
    private readonly Option<string> _language = new("--language") { Description = Messages.AuditLanguageDescription, DefaultValueFactory = _ => "zh-TW" };

    /// <summary>The <c>report</c> subcommand of <c>dataguard audit</c>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var definition = new AuditReportCommand();
        var report = new Command("report", Messages.AuditReportDescription)
        {
            definition._db, definition._provider, definition._from, definition._to, definition._format, definition._unit, definition._config, definition._output, definition._language,
        };
        report.SetAction(parseResult => definition.Execute(parseResult, environment));
        return report;
    }

    private int Execute(ParseResult parseResult, CliEnvironment environment)
    {
        var format = parseResult.GetValue(_format)!.ToLowerInvariant();
        if (format is not ("html" or "csv" or "json")) throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorAuditFormat, format));
        var (options, units) = ReadConfiguration(parseResult.GetValue(_config), environment);
        var culture = CultureInfo.GetCultureInfo(parseResult.GetValue(_language)!.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-TW");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(options.UtcOffset).DateTime);
        var to = Time(parseResult.GetValue(_to), "--to", options.UtcOffset) ?? new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), options.UtcOffset);
        var from = Time(parseResult.GetValue(_from), "--from", options.UtcOffset) ?? to.AddDays(-30);
        var unit = parseResult.GetValue(_unit);

        InsightsReport report;
        try
        {
            var window = new InsightsWindow(from, to, options.UtcOffset, string.IsNullOrWhiteSpace(unit) ? null : unit).Validated();
            report = ComputeAsync(OpenStore(parseResult.GetValue(_provider), parseResult.GetValue(_db)!, environment), options, units, window).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or SqliteException or NpgsqlException)
        {
            throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorAuditDatabase, ex.Message));
        }

        var text = format switch
        {
            "json" => JsonSerializer.Serialize(report, Json),
            "csv" => ReportTables.People(report, culture).ToCsv(),
            _ => HtmlReport.Render(report, culture, DateTimeOffset.UtcNow),
        };
        if (parseResult.GetValue(_output) is { } output) File.WriteAllText(Path.GetFullPath(output.ToString(), environment.WorkingDirectory), text);
        else environment.Out.Write(text);
        return ExitCodes.Clean;
    }

    private static async Task<InsightsReport> ComputeAsync(IAuditStore store, InsightsOptions options, Dictionary<string, string> units, InsightsWindow window)
    {
        await using (store)
        {
            var reader = new AuditStoreEventReader(store, options.FingerprintKeyRotations);
            return await new InsightsEngine(options, u => units.GetValueOrDefault(u)).ComputeAsync(reader, window);
        }
    }

    // A SQLite file must exist (opening a store would create an empty one); its connection-string form names the file too.
    private static IAuditStore OpenStore(string? provider, string db, CliEnvironment environment)
    {
        if (string.Equals(provider, AuditStores.PostgreSql, StringComparison.OrdinalIgnoreCase)) return AuditStores.Open(provider, db);
        var path = db.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(db).DataSource : db;
        path = Path.GetFullPath(path, environment.WorkingDirectory);
        if (!File.Exists(path)) throw new InvalidOperationException($"The audit database '{path}' does not exist.");
        return AuditStores.Open(provider, path);
    }

    private static DateTimeOffset? Time(string? text, string name, TimeSpan offset)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)) return time;
        throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorAuditTime, name, text));
    }

    // The guard's own settings file: thresholds and units exactly as the dashboard sees them.
    private (InsightsOptions Options, Dictionary<string, string> Units) ReadConfiguration(FileInfo? file, CliEnvironment environment)
    {
        var options = new InsightsOptions();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file is null) return (options, units);
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(file.ToString(), environment.WorkingDirectory), optional: false).Build();
            configuration.GetSection(InsightsOptions.SectionName).Bind(options);
            foreach (var key in configuration.GetSection("DataGuard:Access:Keys").GetChildren())
            {
                if (key["UserId"] is { Length: > 0 } user && key["Unit"] is { Length: > 0 } keyUnit) units.TryAdd(user, keyUnit);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException or System.Text.Json.JsonException)
        {
            throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorAuditConfig, ex.Message));
        }
        var errors = options.Errors();
        if (errors.Count > 0) throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorAuditConfig, string.Join(" ", errors)));
        return (options, units);
    }
}
