using System.Text;

namespace DataGuard.HeldOut;

/// <summary>Misses and false findings with 30 characters of context each side, one per line, for an opened set only.</summary>
public sealed class MissLog
{
    private readonly StringBuilder _lines = new();

    public void Follow(Scorecard scorecard)
    {
        scorecard.Missed += (record, value) =>
            Line("MISS", record, Scorecard.CoreTypes[value.Type], string.Join(",", value.Tags), value.Start, value.End);
        scorecard.FalseFinding += (record, finding) =>
            Line("FALSE", record, Scorecard.CoreTypes[finding.Type], "", finding.Start, finding.End);
    }

    public void Save(string path) => File.WriteAllText(path, _lines.ToString(), new UTF8Encoding(false));

    private void Line(string kind, LabelledRecord record, string type, string tags, int start, int end)
    {
        var text = record.Text;
        int from = Math.Max(0, start - 30), to = Math.Min(text.Length, end + 30);
        var context = text[from..start] + "⟦" + text[start..end] + "⟧" + text[end..to];
        _lines.Append(kind).Append('\t').Append(record.Id).Append('\t').Append(type).Append('\t').Append(tags).Append('\t')
            .AppendLine(context.Replace("\n", "⏎").Replace("\t", "⇥"));
    }
}
