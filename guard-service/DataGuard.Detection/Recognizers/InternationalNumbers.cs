using PhoneNumbers;

namespace DataGuard.Detection.Recognizers;

/// <summary>Validates international numbers with libphonenumber (Google's numbering-plan metadata for every country).</summary>
internal static class InternationalNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Whether "+<paramref name="digits"/>" is a valid number in some country's plan.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        try
        {
            var number = Util.Parse("+" + digits.ToString(), null);
            return Util.IsValidNumber(number);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>Whether libphonenumber accepts a Taiwan national number (used to cross-check <see cref="TaiwanNumberingPlan"/>).</summary>
    public static bool IsValidTaiwanNational(ReadOnlySpan<char> nationalDigits)
    {
        try
        {
            return Util.IsValidNumber(Util.Parse(nationalDigits.ToString(), "TW"));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
