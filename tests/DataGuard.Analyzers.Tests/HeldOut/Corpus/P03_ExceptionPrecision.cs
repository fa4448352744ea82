using System;

namespace Police.Guards;

public static class CitizenGuards
{
    public static void RequireId(string? nationalId)
    {
        if (nationalId is null)
        {
            throw new ArgumentNullException(nameof(nationalId));
        }

        if (nationalId.Length != 10)
        {
            throw new ArgumentOutOfRangeException(nameof(nationalId), nationalId.Length, "National ID must have 10 characters.");
        }

        if (!char.IsLetter(nationalId[0]))
        {
            throw new ArgumentException("National ID must start with a letter.", nameof(nationalId));
        }
    }

    public static void RequirePhone(string? phone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        if (phone.Length > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(phone), phone, "Phone number too long."); // expect: DG1006
        }
    }

    public static void RequireAdult(DateOnly birthDate, DateOnly today)
    {
        if (birthDate.AddYears(18) > today)
        {
            throw new InvalidOperationException("Applicant is under 18.");
        }
    }
}
