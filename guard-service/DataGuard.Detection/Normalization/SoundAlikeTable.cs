using System.Text;

namespace DataGuard.Detection.Normalization;

/// <summary>
/// The characters read for a digit because they sound like it (諧音), built once from the committed reading list
/// <c>Normalization/SoundAlikeDigits.txt</c> (characters filed by Mandarin syllable) into one byte per CJK ideograph.
/// A character rare in prose is read anywhere inside a run shaped like a whole value, and the ones staff type most
/// (<see cref="SearchedCharacters"/>) are where the search for such a run stops; one common in prose (是, 路, 氣, 就…) is
/// <see cref="IsCommonInProse"/>, read only between other digits (<see cref="HomophoneDigits"/> decides).
/// </summary>
internal static class SoundAlikeTable
{
    private const string ResourceName = "DataGuard.Detection.SoundAlikeDigits.txt";

    // Per CJK unified ideograph: 0, or 1 + the digit, with CommonFlag set for a character common in prose.
    private const byte CommonFlag = 0x80;

    private static readonly byte[] Entries = new byte[0x9FFF - 0x4E00 + 1];

    /// <summary>
    /// The characters staff type most: the only ones a search for a sound-alike run stops at. Kept to a few dozen, so the
    /// search stays vectorised over Chinese text (a set of a few hundred Han characters lets most of them through its
    /// first filter: det-speed35, <see cref="Pipeline.CharSearch.FilterPassesMostHan"/>).
    /// </summary>
    public static string SearchedCharacters { get; } = Load();

    /// <summary>The digit <paramref name="c"/> sounds like, or null; rare and common characters alike.</summary>
    public static char? DigitOf(char c)
    {
        if (c < '\u4E00' || c > '\u9FFF') return null;
        int entry = Entries[c - '\u4E00'] & ~CommonFlag;
        return entry == 0 ? null : (char)('0' + entry - 1);
    }

    /// <summary>Whether <paramref name="c"/> is a sound-alike common in prose, read only between other digits.</summary>
    public static bool IsCommonInProse(char c) =>
        c >= '\u4E00' && c <= '\u9FFF' && (Entries[c - '\u4E00'] & CommonFlag) != 0;

    // Reads the list: "digit syllable searched / rare | common" per line, '#' comments. A character filed twice or a numeral the
    // fold already reads is a mistake in the list, so it throws (a test loads the table).
    private static string Load()
    {
        using var stream = typeof(SoundAlikeTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var searched = new StringBuilder();
        while (reader.ReadLine() is string line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split(new[] { ' ' }, 3, StringSplitOptions.RemoveEmptyEntries);
            byte digit = (byte)(fields[0][0] - '0' + 1);
            bool common = false, unsearched = false;
            foreach (char c in fields.Length > 2 ? fields[2] : "")
            {
                if (c == '|') common = true;
                else if (c == '/') unsearched = true;
                else if (c != ' ') File(c, common ? (byte)(digit | CommonFlag) : digit, common || unsearched ? null : searched);
            }
        }
        return searched.ToString();
    }

    private static void File(char c, byte entry, StringBuilder? searched)
    {
        if (!CharFolding.IsHan(c) || Entries[c - '\u4E00'] != 0 || CharFolding.Fold(c).Kind == CharKind.Digit)
            throw new InvalidOperationException($"Sound-alike list: U+{(int)c:X4} is no new ideograph or is a numeral already.");
        Entries[c - '\u4E00'] = entry;
        searched?.Append(c);
    }
}
