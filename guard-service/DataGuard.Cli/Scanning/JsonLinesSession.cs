using DataGuard.Cli.Output;
using DataGuard.Detection;

namespace DataGuard.Cli.Scanning;

/// <summary>
/// <c>scan --jsonl</c>: a co-process protocol. Reads one JSON request per line and writes exactly one answer line per
/// input line, in order, flushed at once: <c>{"id": …, "findings": [{"type", "start", "length", "score"}]}</c>
/// or <c>{"id": …, "error": "…"}</c>. Blank and malformed lines get an error answer (id null when unreadable) so the
/// caller's line count stays in step; nothing else is ever written to standard output.
/// </summary>
internal static class JsonLinesSession
{
    /// <summary>Answers every line of <paramref name="input"/>. Exit code: 2 if any line was malformed, else 1 if anything was found, else 0.</summary>
    public static int Run(TextReader input, TextWriter output, PersonalDataScanner scanner, double minScore)
    {
        using var json = new JsonOutput(output, indented: false);
        var writer = json.Writer;
        bool anyFinding = false, anyError = false;

        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            var request = JsonLinesRequest.Parse(line);
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            if (request.RawId is null) writer.WriteNullValue();
            else writer.WriteRawValue(request.RawId, skipInputValidation: true);

            string? error = request.Error;
            IReadOnlyList<Finding>? findings = null;
            if (error is null) findings = TryScan(scanner, request.Text!, out error);
            if (error is not null)
            {
                anyError = true;
                writer.WriteString("error", error);
            }
            else
            {
                writer.WriteStartArray("findings");
                foreach (var finding in findings!)
                {
                    if (finding.Score < minScore) continue;
                    anyFinding = true;
                    writer.WriteStartObject();
                    writer.WriteString("type", finding.Type);
                    writer.WriteNumber("start", finding.Start);
                    writer.WriteNumber("length", finding.Length);
                    writer.WriteNumber("score", Math.Round(finding.Score, 3, MidpointRounding.AwayFromZero));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            json.EndLine();
            output.Flush();
        }

        return anyError ? ExitCodes.Failure : anyFinding ? ExitCodes.FindingsReported : ExitCodes.Clean;
    }

    // Fail closed per line: a text the engine could not scan gets an error answer, never an empty "findings" list.
    private static IReadOnlyList<Finding>? TryScan(PersonalDataScanner scanner, string text, out string? failure)
    {
        try
        {
            failure = null;
            return scanner.Scan(text);
        }
        catch (Exception ex) // one bad text must not end the session; the caller gets an error line instead
        {
            failure = "scan failed: " + ex.GetType().Name; // the message could quote the text
            return null;
        }
    }
}
