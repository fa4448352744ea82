using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A file, directory or stream object, whose <c>FullName</c> and <c>Name</c> are a path, not a person's name (round 26: an SFTP
/// file's <c>ISftpFile.FullName</c> logged on download of hearing recordings). A value made from one is a path too as far as
/// the flow carries it (<see cref="Flow.MemberTaint"/> sanitizes it); a local named <c>fileFullName</c> is still judged by
/// its name (round 26's HearingRecordingTransferService.cs:187, not fixed). Told by the type: it derives from
/// <c>FileSystemInfo</c> or <c>Stream</c>, or its name ends with File, Directory, Folder or Stream (<c>ISftpFile</c>, <c>SftpFile</c>) and it holds no other text a person's
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
