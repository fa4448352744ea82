using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// An uploaded file (<c>IFormFile</c>) that is a person's: a photo, signature, fingerprint, passport scan, CV or prescription.
/// The type decides that it holds content; what it holds is said by its member or parameter, by the request model that
/// carries it (a model with personal members: an employee's, a nominee's record) or by the action that receives it
/// (<c>UpdatePrescription(id, model, file)</c>, <c>UploadAvatar(file)</c>). A site's logo, a banner or a product's image is not.
/// An upload filed under a person's key in the record its method creates (<c>new PatientDocument { PatientId = patientId }</c>)
/// is that person's document.
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
                return IsPersonFile(property.Name) ?? IsPersonFile(property.ContainingType.Name) ?? HasPersonalMembers(property.ContainingType, classifier)
                    ? property : null;
            case IParameterReferenceOperation { Parameter: var parameter } when IsFormFileOrList(parameter.Type):
                return IsPersonFile(parameter.Name) ?? (parameter.ContainingSymbol is IMethodSymbol method
                                                        && (ReceivedWithPerson(method, parameter, classifier) || FiledUnderPerson(file, method, classifier)))
                    ? parameter : null;
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

    /// <summary>An action's upload bound beside a person's model, or in an action named for a person's file (<c>UpdatePrescription</c>).</summary>
    private static bool ReceivedWithPerson(IMethodSymbol method, IParameterSymbol file, PersonalDataClassifier classifier)
    {
        if (IsPersonFile(method.Name) is { } named)
        {
            return named;
        }

        foreach (var other in method.Parameters)
        {
            if (!SymbolEqualityComparer.Default.Equals(other, file) && HasPersonalMembers(other.Type, classifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The upload's method files it under a person: it stores one of its own parameters as the key of a person in the record it
    /// creates — <c>UploadAsync(string patientId, …, IFormFile file)</c> with <c>new PatientDocument { PatientId = patientId }</c>,
    /// where <c>PatientDocument.Patient</c> is a person's record (round 22's hospital). The document is that person's, whatever
    /// the upload is called; a record keyed to a product or an organisation is not.
    /// </summary>
    private static bool FiledUnderPerson(IOperation reference, IMethodSymbol method, PersonalDataClassifier classifier)
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
                && IsPersonsKey(key, classifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A record's <c>…Id</c> member beside a navigation of that name to a person's record (<c>PatientId</c> and <c>Patient</c>).</summary>
    private static bool IsPersonsKey(IPropertySymbol key, PersonalDataClassifier classifier)
    {
        if (key.Name.Length <= 2 || !key.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var navigation in key.ContainingType.GetMembers(key.Name.Substring(0, key.Name.Length - 2)))
        {
            if (navigation is IPropertySymbol { Type: INamedTypeSymbol person } && HasPersonalMembers(person, classifier) && !classifier.IsOrganisationRecord(person))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPersonalMembers(ITypeSymbol type, PersonalDataClassifier classifier)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } && !IsFormFile(type) && classifier.PersonalMembers(type).Length > 0;

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
