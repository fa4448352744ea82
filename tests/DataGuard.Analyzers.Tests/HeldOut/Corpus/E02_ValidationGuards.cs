using System;
using DataGuard;

namespace Police.Traffic.Validation;

public static class PlateGuard
{
    public static string Normalise(string? plateNumber)
    {
        ArgumentNullException.ThrowIfNull(plateNumber);
        if (plateNumber.Length is < 5 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(plateNumber), plateNumber, "Plate must be 5-8 characters."); // expect: DG1006
        }

        if (plateNumber.Contains(' '))
        {
            throw new ArgumentException("Plate must not contain spaces.", nameof(plateNumber));
        }

        if (plateNumber.StartsWith("X", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Plate {plateNumber} is reserved.", nameof(plateNumber)); // expect: DG1006
        }

        if (plateNumber.StartsWith("Z", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Plate {Masking.Mask(plateNumber)} is reserved.", nameof(plateNumber));
        }

        return plateNumber.ToUpperInvariant();
    }

    public static int Age(DateTime birthDate, DateTime today)
    {
        if (birthDate > today)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), "Birth date is in the future.");
        }

        return today.Year - birthDate.Year;
    }

    public static void RequirePhone(string? mobilePhone, string caseNo)
    {
        _ = mobilePhone ?? throw new InvalidOperationException($"Case {caseNo} has no mobile number.");
        if (mobilePhone.Length != 10)
        {
            throw new FormatException("Mobile number " + mobilePhone + " is not 10 digits."); // expect: DG1006
        }
    }
}
