using PhoneNumbers;

namespace DataGuard.Detection.Recognizers;

/// <summary>Validates international numbers with libphonenumber (Google's numbering-plan metadata for every country).</summary>
internal static class InternationalNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>How well libphonenumber knows a number.</summary>
    public enum Fit : byte
    {
        /// <summary>Not a number of that country (wrong length or no such country code).</summary>
        None,

        /// <summary>The right length for the country, but not in a range the metadata lists as allocated.</summary>
        Possible,

        /// <summary>In an allocated range.</summary>
        Valid,
    }

    /// <summary>Whether "+<paramref name="digits"/>" is a valid number in some country's plan.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) => Check(digits) == Fit.Valid;

    /// <summary>Whether the number is an assigned country calling code (852, 65, 1); codes are prefix-free, so 650 is not.</summary>
    public static bool IsCountryCode(int code) => Util.GetRegionCodeForCountryCode(code) != "ZZ";

    /// <summary>The main libphonenumber region of a country calling code (852: HK, 1: US), or null when none is assigned.</summary>
    public static string? RegionOfCallingCode(int code)
    {
        var region = Util.GetRegionCodeForCountryCode(code);
        return region == "ZZ" ? null : region;
    }

    /// <summary>The country calling code of a libphonenumber region (HK: 852, US: 1).</summary>
    public static int CallingCode(string region) => Util.GetCountryCodeForRegion(region);

    /// <summary>How "+<paramref name="digits"/>" fits its country's plan.</summary>
    public static Fit Check(ReadOnlySpan<char> digits) => Check("+" + digits.ToString(), null, out _, format: false);

    /// <summary>
    /// How <paramref name="nationalDigits"/>, written the way <paramref name="region"/> writes numbers at home (with its
    /// trunk prefix, if any), fits that country's plan; <paramref name="e164"/> is the number in +CC form.
    /// </summary>
    public static Fit CheckNational(ReadOnlySpan<char> nationalDigits, string region, out string e164) =>
        Check(nationalDigits.ToString(), region, out e164, format: true);

    /// <summary>How <paramref name="nationalDigits"/> fits <paramref name="region"/>'s plan (see <see cref="CheckNational(ReadOnlySpan{char}, string, out string)"/>).</summary>
    public static Fit CheckNational(ReadOnlySpan<char> nationalDigits, string region) =>
        Check(nationalDigits.ToString(), region, out _, format: false);

    /// <summary>
    /// Whether <paramref name="nationalDigits"/>, written as <paramref name="region"/> writes them at home, is a valid
    /// mobile number there (韓國 010-2345-6789, 香港 9123 4567, 美國 (2xx) xxx-xxxx): a shape dates and amounts do not take.
    /// </summary>
    public static bool IsMobile(ReadOnlySpan<char> nationalDigits, string region)
    {
        try
        {
            var parsed = Util.Parse(nationalDigits.ToString(), region);
            if (!Util.IsValidNumberForRegion(parsed, region)) return false;
            var type = Util.GetNumberType(parsed);
            // A plan that does not tell mobiles from fixed lines (North America) calls every valid number both.
            return type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    private static Fit Check(string number, string? region, out string e164, bool format)
    {
        e164 = "";
        try
        {
            var parsed = Util.Parse(number, region);
            if (region is not null && Util.GetRegionCodeForCountryCode(parsed.CountryCode) != region
                && parsed.CountryCode != Util.GetCountryCodeForRegion(region))
                return Fit.None; // "+…" typed in a national context belongs to another country
            var fit = Util.IsValidNumber(parsed) ? Fit.Valid : Util.IsPossibleNumber(parsed) ? Fit.Possible : Fit.None;
            if (format && fit != Fit.None) e164 = Util.Format(parsed, PhoneNumberFormat.E164);
            return fit;
        }
        catch (NumberParseException)
        {
            return Fit.None;
        }
    }
}
