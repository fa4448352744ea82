namespace DataGuard.Detection.Tests;

/// <summary>Clean text costs no allocation beyond the shared empty result.</summary>
/// <remarks>
/// Measured alone (<see cref="AllocationMeasurement"/>): a recognizer registry built on another thread registers its
/// context-word lists in the process-wide vocabulary, and the next scan on this thread then widens its word index once to
/// the new list numbers, which a measurement taken at that moment counts (3,144 B once, then 0, when reproduced).
/// </remarks>
[Collection(AllocationMeasurement.Name)]
public class AllocationTests
{
    private const string CleanChinese =
        "本案於113年11月5日下午3時許，在臺北市中正區發生，承辦員警到場後依規定製作筆錄並拍照存證。"
        + "依刑法第339條第1項詐欺取財罪嫌移送臺灣臺北地方檢察署偵辦，本件另案併辦112年度偵字第12345號。"
        + "現場監視器畫面顯示行為人騎乘機車離去，警方持續追查中，一二三四五六七八九十。版本 v2.10.3，型號 XR500。"
        + "### 會議紀錄 #重要 #待辦，we met at noon；中國大陸與香港的民眾．駕車離去，停在路邊。";

    private static readonly System.Text.RegularExpressions.Regex DialsAbroad = new("(?<![0-9０-９])[0０][0０][1-9１-９]");

    [Fact]
    public void Scanning_clean_chinese_text_allocates_nothing()
    {
        var scanner = new PersonalDataScanner();
        var text = string.Concat(Enumerable.Repeat(CleanChinese, 20));
        Assert.Empty(scanner.Scan(text)); // warm-up: static tables, JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        var findings = scanner.Scan(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(findings);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Clean_text_returns_the_shared_empty_result()
    {
        var scanner = new PersonalDataScanner();
        Assert.Same(scanner.Scan("沒有個資的句子。"), scanner.Scan("另一個沒有個資的句子。"));
    }

    [Fact]
    public void Scanning_hard_negatives_without_findings_allocates_nothing()
    {
        // Case numbers, ROC dates, amounts, invoice numbers and nationalities next to dates: the text where recognizers
        // reach deepest without reporting anything (a foreign-number check once formatted an E.164 string here per scan).
        // The generated hard negatives too: a bare ten-digit number starting 02 (物流單號, 北市警刑字第０２…號) is checked
        // against the numbering plan's assigned ranges, which once went through libphonenumber and allocated 536–1,336 B.
        // Still allowed to allocate: numbers dialled abroad (００２９ ４５７６…: Taiwan's prefix 002 and a foreign number), which
        // libphonenumber checks in the foreign country's plan; and text with an escape that may hide a value's character
        // (%40, \u002D, &#64;, a form's '+'), which is read from one decoded copy (escapes of paths, commas, Chinese words or
        // markup alone are not copied, and stay in the test). Round 29: likewise text with a run of sound-alike digits of a
        // value's length (訂單 醫山寺舞…), read from one rewritten copy; 山, 午, 期 in prose beside numbers are not copied.
        // Round 46: likewise text with a place-by-place description (第一碼…) or a continuation marker between two parts
        // (續：, （下一則）), whose joined parts are read as one piece.
        var texts = Corpus.LabelledCorpus.HardNegatives.Select(e => e.Labelled.Text)
            .Concat(Generated.HardNegativeGenerator.All().Select(n => n.Text).Where(t => !DialsAbroad.IsMatch(t)))
            .Where(t => Normalization.TransportEscapes.Decode(t) is null && Normalization.HomophoneDigits.Read(t) is null
                && !FramesDescribedOrContinuedPieces(t));
        var scanner = new PersonalDataScanner();
        int clean = 0;
        var allocating = new List<string>();
        foreach (var text in texts)
        {
            if (scanner.Scan(text).Count > 0) continue; // warm-up, and lines with a finding allocate their result
            long before = GC.GetAllocatedBytesForCurrentThread();
            scanner.Scan(text);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            clean++;
            if (allocated != 0) allocating.Add($"{text.Length} chars: {allocated} B"); // sizes only, never the text
        }
        Assert.True(clean > 100, $"only {clean} hard negatives were clean");
        Assert.Empty(allocating);
    }

    private static bool FramesDescribedOrContinuedPieces(string text)
    {
        List<Normalization.GivenPieces>? found = null;
        Normalization.OrdinalDescriptions.AddFrames(text, ref found);
        Normalization.ContinuationMarkers.AddFrames(text, ref found);
        return found is not null;
    }
}

/// <summary>Tests that count this thread's allocations, run when no other test builds recognizers or scans.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class AllocationMeasurement
{
    public const string Name = "Allocation measurement";
}
