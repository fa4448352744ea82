using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// The message template of a log call: the holes it names, and whether the values after it are written at all.
/// </summary>
internal static class MessageTemplates
{
    // Interpreted, not Compiled: it reads a few short templates per compilation, and Compiled emits and JITs IL again in
    // every compiler process (each csc call loads the analyzer afresh; no ReadyToRun image holds emitted code).
    private static readonly Regex Hole = new(@"(?<!\{)\{([^{}]+)\}", RegexOptions.None);

    /// <summary>The holes of <paramref name="template"/> in order (<c>{Email}</c>, <c>{@Order}</c>, <c>{0}</c>), trimmed; none for null.</summary>
    public static List<string> Holes(string? template)
        => template is null ? new List<string>() : Hole.Matches(template).Cast<Match>().Select(m => m.Groups[1].Value.Trim()).ToList();

    /// <summary>
    /// True when <paramref name="template"/> is a constant with no hole (<c>"account.banned"</c>, a <c>const string</c> message
    /// key): the values after it are dropped. Microsoft.Extensions.Logging enumerates only the values its holes name;
    /// Serilog binds no property at all for a template without one (its <c>PropertyBinder</c>; a template with some holes keeps
    /// the surplus as <c>__N</c> properties, so only the hole-less template counts); a composite format
    /// (<c>Console.WriteLine(format, args)</c>) prints only the indexes it names.
    /// </summary>
    public static bool DropsValues(IOperation? template)
        => template?.ConstantValue is { HasValue: true, Value: string text } && !Hole.IsMatch(text);
}
