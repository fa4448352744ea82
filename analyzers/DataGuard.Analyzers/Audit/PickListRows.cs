using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// A query projected to a pick list: <c>Select(d => new { d.DoctorId, FullName = d.User.FullName, d.ConsultationFee })</c>
/// for a booking form's drop-down, <c>new { u.Id, u.FullName }</c> for a <c>SelectList</c>. The rows are shaped inline
/// (an anonymous type) to a key and the name shown beside it, with plain values that describe the choice; no
/// contact, number, date or record of the person comes with them. Choosing a doctor or an account from a list looks
/// nobody up (DG1008; round 18: booking and create forms). A projection that carries anything else of the person
/// (<c>new { p.Id, p.FullName, p.Phone }</c>), or only names with no key (a roster), is judged as any query.
/// </summary>
internal static class PickListRows
{
    public static bool Is(ITypeSymbol row, PersonalDataClassifier classifier)
    {
        if (!row.IsAnonymousType) return false;

        var members = row.GetMembers().OfType<IPropertySymbol>().ToList();
        var personal = classifier.PersonalMembers(row);
        return members.Any(IsKey) && !personal.IsEmpty && personal.All(IsName)
               && members.All(m => PersonalDataClassifier.MemberType(m) is { } type && PersonalDataClassifier.IsPlainValue(type));
    }

    /// <summary><c>Id</c>, <c>DoctorId</c>, <c>Value</c>: what the form posts back.</summary>
    private static bool IsKey(ISymbol member) => IdentifierWords.LastWord(member.Name) is "id" or "key" or "value";

    /// <summary><c>FullName</c>, <c>DisplayName</c>, <c>FirstName</c>: what the list shows.</summary>
    private static bool IsName(ISymbol member) => !PersonalAttributes.IsMarked(member) && IdentifierWords.LastWord(member.Name) == "name";
}
