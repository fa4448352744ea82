using System;
using System.Collections.Generic;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The one list of nouns that name an organisation rather than a person (<c>Company</c>, <c>Agency</c>, <c>Clinic</c>).
/// Two questions read it: whose contact a phrase is (<c>CompanyEmail</c> is the company's, in <see cref="PersonalNames"/>)
/// and whether a row type is a contact card (<c>Organization</c>, in <c>Audit.OrganisationRecords</c>); each adds only
/// the words that are right for its own question.
/// </summary>
internal static class OrganisationNouns
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "company", "organisation", "organization", "business", "firm", "corporation", "corporate", "enterprise", "agency",
        "ministry", "branch", "department", "institution", "school", "clinic", "hospital", "bank", "hotel", "shop", "store",
        "vendor", "supplier", "employer", "merchant",
        // Round 20: a diagnostic lab that signs up beside clinics (LabName, LabSignup), a CRM's customer organisations (OrgDto).
        "lab", "laboratory", "pharmacy", "org",
        // Round 35: an education agent's CRM uploads an institute's prospectus and logo (CrmInstituteDto); the places applicants
        // apply to are organisations as a school is.
        "institute", "university", "college", "academy",
    };

    /// <summary>Whether a singular, lower-case identifier word names an organisation.</summary>
    public static bool Contains(string word) => Nouns.Contains(word);
}
