using System.Text;

namespace DataGuard;

/// <summary>
/// Splits text into Unicode code points so that masking never cuts a surrogate pair in half
/// (rare CJK characters in names, such as 𡘙, are outside the BMP).
/// </summary>
internal static class CodePoints
{
    /// <summary>Returns the code points of <paramref name="value"/> as substrings, in order.</summary>
    public static List<string> Of(string value)
    {
        var result = new List<string>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                result.Add(value.Substring(i, 2));
                i++;
            }
            else
            {
                result.Add(value[i].ToString());
            }
        }

        return result;
    }

    /// <summary>Joins code points, replacing those whose index <paramref name="masked"/> selects with <paramref name="mask"/>.</summary>
    public static string Join(List<string> codePoints, Func<int, bool> masked, char mask)
    {
        var builder = new StringBuilder(codePoints.Count);
        for (var i = 0; i < codePoints.Count; i++)
        {
            if (masked(i))
            {
                builder.Append(mask);
            }
            else
            {
                builder.Append(codePoints[i]);
            }
        }

        return builder.ToString();
    }
}
