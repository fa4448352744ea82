using System.Collections.Generic;
using DataGuard.Analyzers.Sinks;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Rows the organisation keeps about itself rather than about a person it serves (DG1008): an organisation's contact card
/// (<see cref="OrganisationRecords"/>), a thing it keeps (<see cref="AssetRecords"/>), its own staff (<see cref="StaffRecords"/>)
/// and its audit trail. The names and contacts on them are personal data, but reading them looks no citizen up. One list, asked
/// both where a query runs (<see cref="PersonalRecordReads"/>) and where another project's query answers (<see cref="LibraryQueries"/>):
/// round 36's staff reads through a mediator were reported only because the second place knew the organisation card alone.
/// </summary>
internal static class KeptRecords
{
    /// <summary>True for such a row, given its personal columns (authorship stamps left out).</summary>
    public static bool Is(ITypeSymbol type, IReadOnlyCollection<ISymbol> personalColumns)
        => OrganisationRecords.Is(type, personalColumns) || AssetRecords.Is(type, personalColumns) || StaffRecords.Is(type) || IsAuditTrail(type);

    /// <summary>
    /// <c>AuditLog { UserEmail, IpAddress, Action }</c>, <c>AuditLogDto</c>: the trail the rule asks programs to keep names the actor on
    /// purpose; reading it is the review the guideline's audits are (稽核), not a look-up of a served person (round 36: 4 wrong
    /// reports). The name decides as it does for the trail's writes (<see cref="LogDestinations.NamesAuditTrail"/>): an error log
    /// in disguise (<c>AuditErrorLog</c>) is no trail.
    /// </summary>
    private static bool IsAuditTrail(ITypeSymbol type) => LogDestinations.NamesAuditTrail(IdentifierWords.Split(type.Name));
}
