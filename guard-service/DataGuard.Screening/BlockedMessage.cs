using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using DataGuard.Detection;

namespace DataGuard.Screening;

/// <summary>
/// The explanation a staff member sees when a request is blocked: which kinds of data, where, and what to do instead.
/// Traditional Chinese by default, English for English cultures. Never contains a value.
/// </summary>
public static partial class BlockedMessage
{
    private static readonly ResourceManager Resources = new("DataGuard.Screening.Resources.Messages", typeof(BlockedMessage).Assembly);
    private static readonly CultureInfo Default = CultureInfo.GetCultureInfo("zh-TW");
    private const int MaxLocations = 3;

    /// <summary>The culture for an HTTP <c>Accept-Language</c> value: English when English is preferred, otherwise zh-TW.</summary>
    public static CultureInfo CultureFor(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)) return Default;
        // The first language listed decides (clients list their preference first); quality values are not worth more here.
        var first = acceptLanguage.Split(',')[0].Split(';')[0].Trim();
        return first.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("en") : Default;
    }

    /// <summary>
    /// Builds the message for a blocked decision. Configured entity types are named as <paramref name="recognizers"/>
    /// configures them (<c>DisplayName</c>, <c>DisplayNames</c>), otherwise by their type.
    /// </summary>
    public static string Create(ScreeningDecision decision, CultureInfo? culture = null, RecognizerRegistry? recognizers = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        culture ??= Default;
        var paths = new List<string>();
        foreach (var finding in decision.Findings)
        {
            if (finding.Action == PolicyAction.Block && !paths.Contains(finding.Path)) paths.Add(finding.Path);
        }
        bool unreadable = decision.BlockingCounts.Any(c => c.Type == ScreeningPolicy.UnreadableContentType);
        if (unreadable)
        {
            foreach (var part in decision.Unreadable)
            {
                if (!paths.Contains(part.Path)) paths.Add(part.Path);
            }
        }
        return Create(decision.BlockingCounts, paths, culture, recognizers);
    }

    /// <summary>Builds the message from counts per type and the paths where they were found (see <see cref="Create(ScreeningDecision, CultureInfo?, RecognizerRegistry?)"/>).</summary>
    public static string Create(IReadOnlyList<FindingCount> counts, IReadOnlyList<string> paths, CultureInfo? culture = null, RecognizerRegistry? recognizers = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(paths);
        culture ??= Default;
        var separator = Text("Blocked_ListSeparator", culture);
        var kinds = string.Join(separator, counts.Select(c => string.Format(culture, Text("Blocked_Count", culture), TypeName(c.Type, culture, recognizers), c.Count)));
        var where = string.Join(separator, paths.Take(MaxLocations).Select(p => Location(p, culture)));
        if (paths.Count > MaxLocations) where += Text("Blocked_AndMore", culture);
        if (where.Length == 0) where = Text("Location_Text", culture);

        // One space between sentences in both languages: the in-process clients' documented message has the same text.
        const char gap = ' ';
        var message = new StringBuilder()
            .Append(Text("Blocked_Header", culture)).Append(gap)
            .Append(string.Format(culture, Text("Blocked_Found", culture), where, kinds)).Append(gap)
            .Append(Text("Blocked_Advice", culture));
        if (counts.Any(c => c.Type == ScreeningPolicy.UnreadableContentType))
            message.Append(gap).Append(Text("Blocked_UnreadableAdvice", culture));
        return message.ToString();
    }

    /// <summary>
    /// The plain-words name of an entity type (身分證統一編號, 電話號碼…): built-in types from the resources, configured ones
    /// as <paramref name="recognizers"/> names them; the type name itself when nobody named it.
    /// </summary>
    public static string TypeName(string type, CultureInfo? culture = null, RecognizerRegistry? recognizers = null)
    {
        culture ??= Default;
        return Resources.GetString("Type_" + type, culture) ?? recognizers?.DisplayName(type, culture) ?? type;
    }

    /// <summary>Where a path is, in plain words: 第 2 則訊息（messages[1].content）.</summary>
    public static string Location(string path, CultureInfo? culture = null)
    {
        culture ??= Default;
        var match = FirstStep().Match(path);
        var root = match.Groups["root"].Value;
        var index = match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1 : 0;
        var key = (root, index > 0) switch
        {
            ("messages", true) => "Location_Message",
            ("input", true) => "Location_Input",
            ("prompt", _) => "Location_Prompt",
            ("input", false) => "Location_Prompt",
            ("instructions", _) => "Location_Instructions",
            ("text", false) => "Location_Text",
            _ => "Location_Other",
        };
        return string.Format(culture, Text(key, culture), index, path);
    }

    private static string Text(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) ?? throw new InvalidOperationException($"Resource {name} is missing.");

    [GeneratedRegex(@"^(?<root>[A-Za-z_]+)(\[(?<index>\d+)\])?")]
    private static partial Regex FirstStep();
}
