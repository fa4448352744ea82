using System;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sinks;

/// <summary>
/// What a <c>[LoggerMessage]</c> method's attribute says: its message template and its level, given as a named property
/// (<c>Message = "…"</c>, <c>Level = LogLevel.Debug</c>) or as the constructor parameter of the same name.
/// </summary>
internal static class LoggerMessageMethods
{
    public const string AttributeName = "Microsoft.Extensions.Logging.LoggerMessageAttribute";

    /// <summary>The value the method's attribute gives <paramref name="property"/> (an enum as its number); null when it gives none.</summary>
    public static object? Argument(IMethodSymbol method, string property)
    {
        foreach (var attribute in (method.PartialDefinitionPart ?? method).GetAttributes())
        {
            if (attribute.AttributeClass is not { } type || PersonalAttributes.MetadataName(type) != AttributeName)
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == property && named.Value.Value is { } value)
                {
                    return value;
                }
            }

            var parameters = attribute.AttributeConstructor?.Parameters ?? default;
            for (var i = 0; !parameters.IsDefault && i < attribute.ConstructorArguments.Length && i < parameters.Length; i++)
            {
                if (string.Equals(parameters[i].Name, property, StringComparison.OrdinalIgnoreCase) && attribute.ConstructorArguments[i].Value is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }
}
