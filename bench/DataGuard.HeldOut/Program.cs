using System.Text;
using DataGuard.HeldOut;

// dotnet DataGuard.HeldOut.dll <engine-folder> <set.jsonl> <out> [--no-misses]
// Writes the figures to <out> (and prints them); unless --no-misses, writes every miss and false finding with its context
// to <out>.misses.tsv. A sealed set is measured with --no-misses: its values must not be read before it is opened.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: DataGuard.HeldOut <engine-folder> <set.jsonl> <out> [--no-misses]");
    return 2;
}
var (engineFolder, setPath, outPath) = (args[0], args[1], args[2]);
var engine = new EngineUnderTest(engineFolder);
var scorecard = new Scorecard();
var misses = args.Contains("--no-misses") ? null : new MissLog();
misses?.Follow(scorecard);
var clock = System.Diagnostics.Stopwatch.StartNew();
foreach (var line in File.ReadLines(setPath).Where(l => !string.IsNullOrWhiteSpace(l)))
{
    var record = LabelledRecord.Parse(line);
    scorecard.Add(record, engine.Scan(record.Text));
}
var figures = scorecard.Render($"set={setPath} engine={engineFolder} seconds={clock.Elapsed.TotalSeconds:0.0}");
File.WriteAllText(outPath, figures);
Console.Write(figures);
misses?.Save(outPath + ".misses.tsv");
return 0;
