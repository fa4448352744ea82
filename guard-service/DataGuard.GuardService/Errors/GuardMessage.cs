using System.Globalization;
using System.Resources;
using DataGuard.Screening;

namespace DataGuard.GuardService.Errors;

/// <summary>
/// A staff-facing error message, kept as a resource name and arguments until the response's language is known.
/// Arguments are never request content (only limits, status codes and the guard's own explanations).
/// </summary>
public sealed class GuardMessage
{
    private static readonly ResourceManager Resources = new("DataGuard.GuardService.Resources.GuardMessages", typeof(GuardMessage).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly string? name;
    private readonly object[] arguments;

    /// <summary>A message from <c>Resources/GuardMessages.resx</c>, formatted with <paramref name="arguments"/>.</summary>
    public GuardMessage(string name, params object[] arguments)
    {
        this.name = name;
        this.arguments = arguments;
    }

    private GuardMessage(string text) => arguments = [text];

    /// <summary>A message already written in the request's language (the blocked explanation).</summary>
    public static GuardMessage Literal(string text) => new(text);

    /// <summary>The message in <paramref name="culture"/>: zh-TW by default, English for English cultures.</summary>
    public string Format(CultureInfo culture)
    {
        if (name is null) return (string)arguments[0];
        var template = Resources.GetString(name, culture) ?? throw new InvalidOperationException($"Resource {name} is missing.");
        return string.Format(culture, template, arguments);
    }

    /// <summary>The English text, for developer diagnostics (exception messages).</summary>
    public override string ToString() => Format(English);
}
