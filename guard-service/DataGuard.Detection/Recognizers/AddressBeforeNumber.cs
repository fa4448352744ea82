using DataGuard.Detection.Normalization;
using DataGuard.Detection.Recognizers.Anchored;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 39: a local number right after an address that names its city, down to the house number or floor (臺北市大安區
/// 復興南路一段100號 2345 6789, 高雄市苓雅區四維三路43號，259-6860): the home's or the shop's line, written without its area
/// code because the city says it. The number must have the city's local length (eight digits in Taipei, New Taipei,
/// Keelung and Taichung; seven elsewhere), so a floor, a postcode or a count after the address is not read.
/// </summary>
internal static class AddressBeforeNumber
{
    /// <summary>Cities whose local numbers have eight digits (area codes 02 and 04's Taichung).</summary>
    private static readonly string[] EightDigitCities = { "臺北市", "台北市", "新北市", "基隆市", "臺中市", "台中市" };

    /// <summary>How far back on its line the address may start (a county name, district, road, lane and number).</summary>
    private const int Reach = 40;

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) follows an address naming a city of its local length.</summary>
    public static bool NamesLine(ReadOnlySpan<char> text, int start, int end)
    {
        int at = start - 1;
        while (at > 0 && start - at <= 3 && text[at] is ' ' or '\u3000' or '，' or ',' or '/' or '／' or '、' or '(' or '（' or '[' or '<' or '{' or '"' or '\'') at--;
        if (at < 3 || text[at] is not ('號' or '樓')) return false;
        int digits = 0, head = 0, tail = 0;
        for (int k = start; k < end; k++)
        {
            var folded = CharFolding.Fold(text[k]);
            if (folded.Kind != CharKind.Digit) continue;
            if (digits++ < 4) head = head * 10 + folded.Value - '0';
            else tail = tail * 10 + folded.Value - '0';
        }
        if (digits == 8 && LocalNumberShape.IsDateOrTimeSpan(head, tail)) return false; // 100號 20261207 遷入: a date
        for (int k = at - 1; k >= 2 && at - k <= Reach && text[k] is not ('\n' or '。' or '；'); k--)
        {
            if (text[k] is not ('市' or '縣') || !AddressRecognizer.IsCounty(text.Slice(k - 2, 3))) continue;
            return digits == (IsEightDigitCity(text.Slice(k - 2, 3)) ? 8 : 7);
        }
        return false;
    }

    private static bool IsEightDigitCity(ReadOnlySpan<char> county) => WordLists.IsAny(county, EightDigitCities);
}
