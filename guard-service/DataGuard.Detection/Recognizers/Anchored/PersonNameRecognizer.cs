using DataGuard.Detection.Pipeline;

namespace DataGuard.Detection.Recognizers.Anchored;

/// <summary>
/// Chinese personal names right after a role label in a police record (姓名：王小明, 嫌疑人陳大文於…): a known
/// surname (<see cref="Surnames"/>) and one or two given-name characters. Names elsewhere are not guessed at.
/// </summary>
internal sealed class PersonNameRecognizer : AnchoredRecognizer
{
    private const double Score = 0.8;
    private const string Fillers = " \u3000:：為是係「『";

    private static readonly string[] Labels =
    {
        "姓名", "嫌疑人", "犯嫌", "嫌犯", "被害人", "報案人", "證人", "被告", "關係人", "當事人", "申請人", "聯絡人", "駕駛人",
        "車主", "受刑人", "通緝犯", "受害人", "告訴人", "告發人", "行為人", "戶名", "失蹤人", "死者", "配偶", "監護人",
        "法定代理人", "承辦人", "持有人",
    };

    /// <summary>Characters that end a name: function words and verbs that follow a name in a record, and masks (王某, 王○明).</summary>
    private const string Stops =
        "於在的向與和及因涉等均遭被持駕騎前至到是為之並以說指供坦當自所已曾將把對即亦也則就才又再都還稱表報先後男女君姓"
        + "某○〇Ｏ＊等人即竟乃卻而則且另仍經由從用去來打拿帶開要想看見知告訴提出入回返住居現年歲籍";

    public override string Type => EntityTypes.PersonName;

    public override string[] Anchors => Labels;

    public override void OnAnchor(ReadOnlySpan<char> text, int labelStart, int labelEnd, ref CandidateSink sink, int priority)
    {
        int start = LabelSearch.SkipFiller(text, labelEnd, Fillers, 4);
        int end = NameEnd(text, start);
        if (end > start && sink.TryScore(text, Type, start, end, Scoring.ContextProfile.None, Score, out double score))
            sink.Add(new Candidate(Type, start, end, score, Evasions.None, text.Slice(start, end - start).ToString(), priority));
    }

    /// <summary>End of a name starting at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    private static int NameEnd(ReadOnlySpan<char> text, int start)
    {
        int surname = Surnames.Match(text.Slice(start));
        if (surname == 0) return start;
        int i = start + surname;
        int given = 0;
        while (given < 2 && i < text.Length && LabelSearch.IsIdeograph(text[i]) && Stops.IndexOf(text[i]) < 0)
        {
            given++;
            i++;
        }
        if (given == 0) return start;
        // A mask right after the name (王小○) means the record already hides it.
        if (i < text.Length && "○〇Ｏ＊*某".IndexOf(text[i]) >= 0) return start;
        return i;
    }
}
