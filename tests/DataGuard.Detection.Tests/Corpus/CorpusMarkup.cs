using System.Text;

namespace DataGuard.Detection.Tests.Corpus;

/// <summary>
/// Reads the corpus markup: <c>[[TYPE:value]]</c> marks personal data of a core entity type, and the two characters
/// <c>\n</c> stand for a line feed so that tables and forms fit on one line. Everything else is literal text.
/// </summary>
internal static class CorpusMarkup
{
    private const string Open = "[[";
    private const string Close = "]]";

    public static LabelledText Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = new StringBuilder(line.Length);
        var spans = new List<LabelledSpan>();
        int i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == 'n')
            {
                text.Append('\n');
                i += 2;
            }
            else if (string.CompareOrdinal(line, i, Open, 0, Open.Length) == 0)
            {
                i = ReadLabel(line, i, text, spans);
            }
            else
            {
                text.Append(line[i]);
                i++;
            }
        }
        return new LabelledText(text.ToString(), spans);
    }

    // Messages name the column and the type, never the value: the corpus is personal-data shaped.
    private static int ReadLabel(string line, int open, StringBuilder text, List<LabelledSpan> spans)
    {
        int close = line.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
        int colon = line.IndexOf(':', open + Open.Length);
        if (close < 0 || colon < 0 || colon > close)
            throw new FormatException($"Label opened at column {open + 1} is not closed as [[TYPE:value]].");
        string type = line.Substring(open + Open.Length, colon - open - Open.Length);
        if (!EntityTypes.Core.Contains(type))
            throw new FormatException($"Label at column {open + 1} has unknown entity type '{type}'.");
        if (close == colon + 1)
            throw new FormatException($"Label at column {open + 1} ({type}) is empty.");
        spans.Add(new LabelledSpan(type, text.Length, close - colon - 1));
        text.Append(line, colon + 1, close - colon - 1);
        return close + Close.Length;
    }
}
