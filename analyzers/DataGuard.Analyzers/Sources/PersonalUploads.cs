using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// An uploaded file (<c>IFormFile</c>) that is a person's. An upload is request content, so it is a person's unless shown
/// otherwise (round 32: tenants' ID documents under a parameter named <c>file</c>): by its name or its action's (a site's logo, a
/// banner, a product's image), or by the category of what owns it — a model or page named for an organisation or a catalogue
/// (<c>AdminCreateClinicDto.ProfilePicture</c>, <c>ClinicsModel</c>), a model of that kind received beside it, or the record
/// its method files it under (<c>new ProductPicture { ProductId = productId }</c>). Those files are meant to be public.
/// A file taken from a list of uploads (<c>entry.ReportFiles[i]</c>, <c>foreach (var f in request.Files)</c>) is judged as the
/// list's member is, and the bytes of an upload copied into a <c>MemoryStream</c> (<c>ms.ToArray()</c>) are still the upload.
/// </summary>
internal static class PersonalUploads
{
    private const string FormFile = "Microsoft.AspNetCore.Http.IFormFile";
    private const int MaxDepth = 4;

    /// <summary>Words that name a person's image or document.</summary>
    private static readonly HashSet<string> PersonFileWords = new(StringComparer.Ordinal)
    {
        "photo", "photos", "picture", "pictures", "pic", "avatar", "portrait", "selfie", "headshot", "signature", "signatures",
        "fingerprint", "fingerprints", "finger", "fingers", "biometric", "biometrics", "passport", "prescription", "prescriptions",
        "resume", "cv", "licence", "license", "profile", "nid", "identity",
    };

    /// <summary>Words that name the site's own or a catalogue's images: never a person's file, whatever else the model carries.</summary>
    private static readonly HashSet<string> NonPersonFileWords = new(StringComparer.Ordinal)
    {
        "logo", "logos", "banner", "banners", "icon", "icons", "favicon", "brand", "product", "products", "slider", "background", "template", "catalog", "catalogue",
    };

    /// <summary>The member or parameter holding a person's uploaded file that <paramref name="file"/> reads, or null.</summary>
    public static ISymbol? Owner(IOperation? file, PersonalDataClassifier classifier) => Owner(file, classifier, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0);

    private static ISymbol? Owner(IOperation? file, PersonalDataClassifier classifier, HashSet<ISymbol> visited, int depth)
    {
        if (file is null || depth > MaxDepth)
        {
            return null;
        }

        switch (OperationShapes.Unconverted(file))
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: var list } when IsFormFile(file.Type):
                return Owner(list, classifier, visited, depth + 1);
            case IArrayElementReferenceOperation { ArrayReference: var array }:
                return Owner(array, classifier, visited, depth + 1);
            case IPropertyReferenceOperation { Property: var property } when IsFormFileOrList(property.Type):
                return IsPersonFile(property.Name) == false || IsPublicOwner(property.ContainingType, classifier) ? null : property;
            case IParameterReferenceOperation { Parameter: var parameter } when IsFormFileOrList(parameter.Type):
                return IsPersonFile(parameter.Name) == false || parameter.ContainingSymbol is IMethodSymbol method && IsPublicUpload(file, method, parameter, classifier)
                    ? null : parameter;
            case ILocalReferenceOperation local when visited.Add(local.Local):
                return StoredValues.FirstAssigned(local.Local, file, value => Owner(value, classifier, visited, depth + 1))
                       ?? CopiedInto(local.Local, file, classifier, visited, depth + 1);
            case IInvocationOperation read:
                // What is read from the upload: file.OpenReadStream(), Image.Load(file.OpenReadStream()).
                if (Owner(read.Instance, classifier, visited, depth + 1) is { } reader)
                {
                    return reader;
                }

                foreach (var argument in read.Arguments)
                {
                    if (Owner(argument.Value, classifier, visited, depth + 1) is { } passed)
                    {
                        return passed;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The upload the method copies into the local stream (<c>await photo.CopyToAsync(ms)</c>), whose bytes are then written or
    /// sent from the stream (<c>ms.ToArray()</c>): the copy is the person's file as much as the upload is.
    /// </summary>
    private static ISymbol? CopiedInto(ILocalSymbol stream, IOperation reference, PersonalDataClassifier classifier, HashSet<ISymbol> visited, int depth)
    {
        var root = reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "CopyTo" or "CopyToAsync" } copy
                && copy.Arguments.Any(a => OperationShapes.Unconverted(a.Value) is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, stream))
                && Owner(WalkShapes.Receiver(copy), classifier, visited, depth) is { } upload)
            {
                return upload;
            }
        }

        return null;
    }

    /// <summary>True when a name says a person's file, false when it says the site's or a product's, null when it says neither.</summary>
    private static bool? IsPersonFile(string name)
    {
        var words = IdentifierWords.Split(name);
        if (words.Exists(NonPersonFileWords.Contains))
        {
            return false;
        }

        return words.Exists(PersonFileWords.Contains) ? true : null;
    }

    /// <summary>
    /// An upload whose action is named for a public file (<c>UploadLogo</c>), or whose owner is an organisation or a catalogue:
    /// a model received beside it or the record it is filed under (not the class receiving it: a <c>SignatureStore</c> stores files).
    /// </summary>
    private static bool IsPublicUpload(IOperation reference, IMethodSymbol method, IParameterSymbol file, PersonalDataClassifier classifier)
    {
        if (IsPersonFile(method.Name) == false || FiledUnder(reference, method) is { } record && IsPublicOwner(record, classifier))
        {
            return true;
        }

        foreach (var other in method.Parameters)
        {
            if (!SymbolEqualityComparer.Default.Equals(other, file) && other.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } model
                && !PersonalDataClassifier.IsFramework(model) && IsPublicOwner(model, classifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A type of an organisation or a catalogue: named for one (<c>CatalogueItem</c>, <c>ProductPicture</c>, <c>ClinicsModel</c>) or
    /// classified as an organisation's record. What it carries is meant to be seen (a clinic's picture, a product's image).
    /// </summary>
    private static bool IsPublicOwner(INamedTypeSymbol? owner, PersonalDataClassifier classifier)
        => owner is not null && (IsPersonFile(owner.Name) == false || NonPersonRecords.IsNamedForOrganisation(owner) || classifier.IsOrganisationRecord(owner));

    /// <summary>
    /// The record the upload's method files it under: it stores one of its own parameters as the key of a navigation in the
    /// record it creates — <c>UploadAsync(string patientId, …, IFormFile file)</c> with <c>new PatientDocument { PatientId = patientId }</c>
    /// files it under <c>PatientDocument.Patient</c>'s type (round 22's hospital), <c>new ProductPicture { ProductId = productId }</c> under a product.
    /// </summary>
    private static INamedTypeSymbol? FiledUnder(IOperation reference, IMethodSymbol method)
    {
        var root = reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var key } } assignment
                && OperationShapes.Unconverted(assignment.Value) is IParameterReferenceOperation stored
                && SymbolEqualityComparer.Default.Equals(stored.Parameter.ContainingSymbol.OriginalDefinition, method.OriginalDefinition)
                && KeyedRecord(key) is { } record)
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>The type of a record's navigation named as its <c>…Id</c> key is (<c>PatientId</c> and <c>Patient</c>).</summary>
    private static INamedTypeSymbol? KeyedRecord(IPropertySymbol key)
    {
        if (key.Name.Length <= 2 || !key.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var navigation in key.ContainingType.GetMembers(key.Name.Substring(0, key.Name.Length - 2)))
        {
            if (navigation is IPropertySymbol { Type: INamedTypeSymbol record })
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>An upload or a list of them (<c>IFormFileCollection</c>, <c>List&lt;IFormFile&gt;</c>, <c>IFormFile[]</c>).</summary>
    private static bool IsFormFileOrList(ITypeSymbol? type)
        => IsFormFile(type) || type is not null && PersonalDataClassifier.ElementType(type) is { } element && IsFormFile(element);

    private static bool IsFormFile(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        if (PersonalAttributes.MetadataName(named.OriginalDefinition) == FormFile)
        {
            return true;
        }

        foreach (var contract in named.AllInterfaces)
        {
            if (PersonalAttributes.MetadataName(contract.OriginalDefinition) == FormFile)
            {
                return true;
            }
        }

        return false;
    }
}
