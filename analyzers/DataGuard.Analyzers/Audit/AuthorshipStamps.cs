using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Record-keeping stamps: <c>CreatedBy_FullName</c>, <c>LastModifiedBy</c>, <c>UpdatedByName</c> name the staff member who
/// wrote the row, on every row of a table — a catalogue's maker, a ticket, an exam paper. They say who keeps the data, not
/// whom it is about, so a row whose only personal columns are such stamps is nobody's record (DG1008; rounds 16 and 18:
/// catalogues and tickets on a base model stamped with the creator's name). A stamp marked personal by attribute counts.
/// </summary>
internal static class AuthorshipStamps
{
    /// <summary>The verbs of a stamp, before <c>By</c>: what the named person did to the row.</summary>
    private static readonly HashSet<string> WritingVerbs = new(StringComparer.Ordinal)
    {
        "created", "modified", "updated", "deleted", "changed", "edited", "inserted",
        // Round 29 (DentalManagement): the staff member who decided on the row (DoctorLeaveRequest.ApprovedByUser).
        "approved", "rejected", "reviewed", "verified",
    };

    /// <summary><paramref name="columns"/> without the stamps.</summary>
    public static List<ISymbol> Without(IEnumerable<ISymbol> columns) => columns.Where(c => !Is(c)).ToList();

    /// <summary>True for a stamp of who wrote the row: a column or a navigation named <c>CreatedBy…</c>, <c>UpdatedBy…</c>, not marked personal.</summary>
    public static bool Is(ISymbol column)
    {
        if (PersonalAttributes.IsMarked(column)) return false;
        var words = IdentifierWords.Split(column.Name);
        var by = words.IndexOf("by");
        return by > 0 && WritingVerbs.Contains(words[by - 1]);
    }
}
