using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A request body taken as untyped JSON (round 30: a page handler's <c>[FromBody] JsonElement requestBody</c> logged with
/// <c>ToString()</c>), and JSON parsed from request content (<c>JsonDocument.ParseAsync(Request.Body)</c>,
/// <c>JObject.Parse(body)</c>): the request in another form, personal unless shown otherwise, as the body itself is. A typed
/// body (<c>[FromBody] SubscribeRequest</c>) is decided by its members; a read by a constant key that names nothing personal
/// (<c>GetProperty("tier")</c>) stays shown otherwise.
/// </summary>
internal static class ParsedBodies
{
    /// <summary>Types that hold JSON as it came, with no members of their own that say what it is.</summary>
    private static readonly ImmutableHashSet<string> UntypedJson = ImmutableHashSet.Create(StringComparer.Ordinal,
        "System.Text.Json.JsonElement", "System.Text.Json.JsonDocument", "System.Text.Json.Nodes.JsonNode", "System.Text.Json.Nodes.JsonObject",
        "Newtonsoft.Json.Linq.JToken", "Newtonsoft.Json.Linq.JObject");

    /// <summary>Types whose static Parse/Deserialize methods turn text or a stream into JSON objects.</summary>
    private static readonly ImmutableHashSet<string> Parsers = ImmutableHashSet.Create(StringComparer.Ordinal,
        "System.Text.Json.JsonSerializer", "System.Text.Json.JsonDocument", "System.Text.Json.Nodes.JsonNode",
        "Newtonsoft.Json.Linq.JObject", "Newtonsoft.Json.Linq.JToken", "Newtonsoft.Json.Linq.JArray", "Newtonsoft.Json.JsonConvert");

    /// <summary>Methods that read one value of untyped JSON by its name: <c>GetProperty("tier")</c>, <c>SelectToken("tier")</c>.</summary>
    private static readonly ImmutableHashSet<string> KeyedReads = ImmutableHashSet.Create(StringComparer.Ordinal,
        "GetProperty", "TryGetProperty", "SelectToken", "GetValue", "TryGetValue", "Value");

    /// <summary>Methods that print untyped JSON whole: <c>GetRawText()</c>, <c>ToJsonString()</c>.</summary>
    private static readonly ImmutableHashSet<string> WholeTexts = ImmutableHashSet.Create(StringComparer.Ordinal, "GetRawText", "ToJsonString");

    /// <summary>True for a parameter bound from the request body as untyped JSON.</summary>
    public static bool IsBoundBody(IParameterSymbol parameter)
        => IsUntypedJson(parameter.Type) && parameter.GetAttributes().Any(a => a.AttributeClass?.Name == "FromBodyAttribute");

    /// <summary>True for a JSON type that says nothing of what it holds (<c>JsonElement</c>, <c>JObject</c>).</summary>
    public static bool IsUntypedJson(ITypeSymbol? type)
        => type is INamedTypeSymbol named && UntypedJson.Contains(PersonalAttributes.MetadataName(named.OriginalDefinition));

    /// <summary>True for a read of one named value of untyped JSON: what it reads is that value, not the whole document.</summary>
    public static bool IsKeyedRead(IMethodSymbol method, ITypeSymbol? instance, ImmutableArray<Microsoft.CodeAnalysis.Operations.IArgumentOperation> arguments)
        => KeyedReads.Contains(method.Name) && IsUntypedJson(instance) && arguments.Length > 0 && arguments[0].Value.ConstantValue is { HasValue: true, Value: string };

    /// <summary>True for a method that prints untyped JSON whole.</summary>
    public static bool PrintsWhole(IMethodSymbol method, ITypeSymbol? instance) => WholeTexts.Contains(method.Name) && IsUntypedJson(instance);

    /// <summary>True for a library's static JSON parse: what it returns is what it was given, also when awaited.</summary>
    public static bool IsParse(IMethodSymbol method)
        => method.IsStatic && (method.Name.StartsWith("Parse", StringComparison.Ordinal) || method.Name.StartsWith("Deserialize", StringComparison.Ordinal))
           && method.ContainingType is { } parser && Parsers.Contains(PersonalAttributes.MetadataName(parser.OriginalDefinition));
}
