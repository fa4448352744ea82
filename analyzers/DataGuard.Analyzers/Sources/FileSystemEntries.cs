using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A file, directory or stream object, whose <c>FullName</c> and <c>Name</c> are a path, not a person's name (round 26: an SFTP
/// file's <c>ISftpFile.FullName</c> and a local <c>fileFullName</c> taken from <c>FileInfo.FullName</c>, logged on download
/// and conversion of hearing recordings). Told by the type: it derives from <c>FileSystemInfo</c> or <c>Stream</c>, or its
/// name ends with File, Directory, Folder or Stream (<c>ISftpFile</c>, <c>SftpFile</c>) and it holds no other text a person's
/// name or contact would be (a <c>UserFile</c> with an <c>OwnerEmail</c> stays a person's record).
/// </summary>
internal static class FileSystemEntries
{
    private static readonly string[] EntryBases = { "System.IO.FileSystemInfo", "System.IO.Stream" };

    private static readonly HashSet<string> EntryWords = new(StringComparer.Ordinal) { "file", "directory", "folder", "stream" };

    /// <summary>A text member of a file, directory or stream object: its path or file name.</summary>
    public static bool IsPathMember(ISymbol member, PersonalNames names)
        => member is IPropertySymbol { Type.SpecialType: SpecialType.System_String } or IFieldSymbol { Type.SpecialType: SpecialType.System_String }
           && member.ContainingType is { } owner && IsEntry(owner, member, names);

    /// <summary>Calls looked through from a value to the path it is made of: <c>Path.ChangeExtension(Path.Combine(…))</c>.</summary>
    private const int MaxDepth = 4;

    /// <summary>
    /// A local named like a person's name (<c>fileFullName</c>) every value of which the method makes from a path member:
    /// <c>Path.ChangeExtension(item.FullName, ".mp3")</c>. Its name says nothing of a person then.
    /// </summary>
    public static bool HoldsOnlyPaths(ILocalSymbol local, IOperation reference, PersonalNames names)
    {
        var any = false;
        foreach (var value in StoredValues.Assigned(local, reference))
        {
            if (!IsMadeFromPath(value, names, 0)) return false;
            any = true;
        }

        return any;
    }

    /// <summary>A path member, or a framework call (<c>Path.…</c>, <c>string.…</c>) that is given one.</summary>
    private static bool IsMadeFromPath(IOperation value, PersonalNames names, int depth)
        => OperationShapes.Unconverted(value) switch
        {
            IMemberReferenceOperation member => IsPathMember(member.Member, names),
            IInvocationOperation call when depth < MaxDepth && PersonalDataClassifier.IsFramework(call.TargetMethod.ContainingType)
                => call.Arguments.Any(a => IsMadeFromPath(a.Value, names, depth + 1)) || call.Instance is { } instance && IsMadeFromPath(instance, names, depth + 1),
            _ => false,
        };

    private static bool IsEntry(INamedTypeSymbol type, ISymbol member, PersonalNames names)
    {
        if (EntryBases.Any(b => PersonalAttributes.InheritsFrom(type, b))) return true;

        var words = IdentifierWords.Words(type.TypeKind == TypeKind.Interface && type.Name.Length > 1 && type.Name[0] == 'I' ? type.Name.Substring(1) : type.Name);
        return words.Count > 0 && EntryWords.Contains(words[words.Count - 1]) && !HoldsOtherPersonalText(type, member, names);
    }

    /// <summary>Another text member named like a person's data beside the names (<c>Name</c>, <c>FullName</c>) a path has.</summary>
    private static bool HoldsOtherPersonalText(INamedTypeSymbol type, ISymbol member, PersonalNames names)
        => type.GetMembers().Any(other => other is IPropertySymbol { Type.SpecialType: SpecialType.System_String } or IFieldSymbol { Type.SpecialType: SpecialType.System_String }
                                          && other.Name is not ("Name" or "FullName") && !SymbolEqualityComparer.Default.Equals(other, member)
                                          && names.IsPersonal(other.Name));
}
