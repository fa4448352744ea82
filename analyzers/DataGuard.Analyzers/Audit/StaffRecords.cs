using System;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Records of the organisation's own staff: a clinic's doctors, their leave, schedules and treatment assignments, a
/// company's employees, a school's instructors, staff invitations (DG1008; rounds 16, 23 and 29: 21 of round 29's 46 wrong
/// reports). The staff member's name and phone on them are personal data, but reading them for a roster, a drop-down, a
/// leave approval or an edit form looks up a colleague through the organisation's own directory, not a citizen's record,
/// so such a row's own columns, and the login account it points at (<c>Doctor.User</c>), load nobody. What is loaded with it
/// from the people the organisation serves (<c>Include(d =&gt; d.Appointments).ThenInclude(a =&gt; a.Patient)</c>) still counts.
/// </summary>
internal static class StaffRecords
{
    /// <summary>Words of a type's name that name a member of staff.</summary>
    private static readonly HashSet<string> StaffNouns = new(StringComparer.Ordinal)
    {
        "doctor", "dentist", "physician", "surgeon", "nurse", "clinician", "practitioner", "therapist", "pharmacist", "receptionist",
        "staff", "employee", "instructor", "lecturer", "tutor", "trainer",
        // Round 36 (SchoolManagement): a school's teachers are its staff; its pupils are whom it serves.
        "teacher",
    };

    /// <summary>Words of a type's name that name whom the organisation serves: such a row is theirs, whoever else it names.</summary>
    private static readonly HashSet<string> ServedNouns = new(StringComparer.Ordinal)
    {
        "patient", "customer", "client", "student", "pupil", "learner", "candidate", "applicant", "guest", "visitor", "member",
        "citizen", "suspect", "victim", "contact", "lead", "buyer", "attendee", "participant", "booking", "appointment",
    };

    /// <summary>True for a record of the organisation's staff (see the class summary), named so and naming no one it serves.</summary>
    public static bool Is(ITypeSymbol type)
    {
        var words = IdentifierWords.Words(type.Name).Select(IdentifierWords.Singular).ToList();
        return words.Any(StaffNouns.Contains) && !NamesServed(words);
    }

    /// <summary>True when singular <paramref name="words"/> of a name name someone the organisation serves (<c>PatientUser</c>).</summary>
    public static bool NamesServed(IEnumerable<string> words) => words.Any(ServedNouns.Contains);

    /// <summary>True for the login account a staff record points at: <c>Doctor.User</c>, <c>Employee.Account</c>.</summary>
    public static bool IsAccountOf(ITypeSymbol owner, ITypeSymbol target)
        => Is(owner) && AccountRecords.IsNamed(target.Name);
}
