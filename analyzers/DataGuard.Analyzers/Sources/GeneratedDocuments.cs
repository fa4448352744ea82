using System.Collections.Generic;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Binary content (bytes, a stream) made by a call that is handed a person's record — an invoice, prescription or contract
/// PDF rendered from it (<c>var bytes = await RenderPdfAsync(invoice)</c>): the document shows the record, however the
/// rendering library lays it out, so the taint walk, which cannot follow a layout engine's lambdas, is not asked.
/// </summary>
internal static class GeneratedDocuments
{
    private const int MaxDepth = 4;

    /// <summary>The record argument the content was generated from, or null.</summary>
    public static IOperation? Source(IOperation content, PersonalDataClassifier classifier)
        => IsBinary(content.Type) ? Source(content, classifier, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0) : null;

    private static IOperation? Source(IOperation? content, PersonalDataClassifier classifier, HashSet<ISymbol> visited, int depth)
    {
        if (content is null || depth > MaxDepth)
        {
            return null;
        }

        switch (OperationShapes.Unconverted(content))
        {
            case IAwaitOperation awaited:
                return Source(awaited.Operation, classifier, visited, depth + 1);
            case ILocalReferenceOperation local when visited.Add(local.Local):
                return StoredValues.FirstAssigned(local.Local, content, value => Source(value, classifier, visited, depth + 1));
            case IInvocationOperation generation:
                // RenderAsync(invoice), or a renderer built from the record first: new ViewAsPdf("Contract", model).BuildFile(context).
                return RecordArgument(generation.Arguments, classifier) ?? Source(generation.Instance, classifier, visited, depth + 1);
            case IObjectCreationOperation renderer:
                return RecordArgument(renderer.Arguments, classifier);
            default:
                return null;
        }
    }

    private static IOperation? RecordArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, PersonalDataClassifier classifier)
    {
        foreach (var argument in arguments)
        {
            if (IsRecord(argument.Value, classifier))
            {
                // The record itself, not its conversion to the renderer's object parameter: the report names it.
                return OperationShapes.Unconverted(argument.Value);
            }
        }

        return null;
    }

    private static bool IsRecord(IOperation argument, PersonalDataClassifier classifier)
        => OperationShapes.Unconverted(argument).Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
           && !PersonalDataClassifier.IsFramework(type) && !classifier.PersonalMembers(type).IsEmpty;

    private static bool IsBinary(ITypeSymbol? type)
        => type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
           || type is INamedTypeSymbol named && PersonalAttributes.MetadataName(named.OriginalDefinition) is "System.IO.Stream" or "System.IO.MemoryStream" or "System.ReadOnlyMemory`1";
}
