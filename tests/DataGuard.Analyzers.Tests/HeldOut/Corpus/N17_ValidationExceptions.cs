using System;
using System.ComponentModel.DataAnnotations;

namespace Police.Registration;

public enum IdKind { National, Resident, Passport }

public static class IdentityDocumentValidator
{
    public static void Validate(IdKind kind, string idNo, string caseNo)
    {
        _ = kind switch
        {
            IdKind.National when idNo.Length != 10 => throw new ValidationException($"National ID {idNo} must have 10 characters"), // expect: DG1006
            IdKind.Resident when idNo.Length != 10 => throw new ValidationException("Resident certificate number must have 10 characters"),
            IdKind.Passport when idNo.Length != 9 => throw new ValidationException(string.Format("Passport {0} invalid for case {1}", idNo, caseNo)), // expect: DG1006
            _ => 0,
        };

        if (caseNo.Length == 0)
        {
            throw new ValidationException($"Case number missing (document type {kind})");
        }
    }
}
