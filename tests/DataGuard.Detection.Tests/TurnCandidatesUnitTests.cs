using DataGuard.Detection.Normalization;
using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 45 (det-turns45): the marks <see cref="TurnCandidates"/> lets <see cref="TurnPieces"/> read at — a line break whose
/// next line a continuing phrase or a speaker prefix may open, a clause mark before an own phrase — and none in prose; and
/// e-mail said with the at and dot words of Thai, Japanese, Korean, Vietnamese and Tagalog. Values are invented.
/// </summary>
public sealed class TurnCandidatesUnitTests
{
    private static List<int> Candidates(string text)
    {
        var marks = new List<int>();
        var candidates = new TurnCandidates(text.AsSpan());
        for (int i = candidates.Next(0); i >= 0; i = candidates.Next(i + 1)) marks.Add(i);
        return marks;
    }

    [Theory]
    [InlineData("本分局為加強轄區治安，於本月起增派巡邏警力。\n承辦人員應於受理報案後即時登錄系統，不得延誤。\n經查被害人所述情節與現場跡證大致相符。\nThe officer filed the report, and the case was closed.")]
    [InlineData("詐騙集團常以假冒公務機關名義來電，然而民眾應提高警覺。\n最近案件增加，其中多數為網路詐騙。")]
    public void Prose_holds_no_candidate(string text) => Assert.Empty(Candidates(text));

    [Theory]
    [InlineData("民眾：手機前半段：洞九三五\n員警：嗯，請繼續\n民眾：後面接兩兩拐四幺八", 2)] // both line breaks: speaker lines
    [InlineData("前面是 M190694\n好的\n接下來是 975", 1)] // no speaker: only the line a phrase opens
    [InlineData("[08:28] 阿明: 前面0935\n[08:29] 小美: OK\n[08:30] 阿明: the rest is 227418", 2)]
    public void Lines_a_turn_may_continue_on_are_candidates(string text, int count) => Assert.Equal(count, Candidates(text).Count);

    [Theory]
    [InlineData("她身分證號碼是N2753。後面我再打：81603", "。")]
    [InlineData("卡號 4539，然後是 1782", "，")]
    public void A_clause_mark_before_an_own_phrase_is_a_candidate(string text, string mark) =>
        Assert.Equal(new[] { text.IndexOf(mark, StringComparison.Ordinal) }, Candidates(text));

    [Theory]
    [InlineData("學校信箱 ploy_k7 แอท hotmail ดอท co ดอท th。", "ploy_k7 แอท hotmail ดอท co ดอท th")]
    [InlineData("信箱 takeda.rin88アットマークgmailドットcom，日本手機", "takeda.rin88アットマークgmailドットcom")]
    [InlineData("信箱 takeda.rin88あっとまーくyahooどっとcoどっとjp", "takeda.rin88あっとまーくyahooどっとcoどっとjp")]
    [InlineData("email jisoo.park 앳 naver 점 com", "jisoo.park 앳 naver 점 com")]
    [InlineData("email thu.ha a móc gmail chấm com", "thu.ha a móc gmail chấm com")]
    [InlineData("email ana.reyes at yahoo tuldok com", "ana.reyes at yahoo tuldok com")]
    public void An_address_with_other_languages_at_and_dot_words_is_found(string text, string address) =>
        FindsAmongOthers(text, address, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("평가 3점 만점에 2.5점, 앳된 얼굴, naver 점수 com 기록")]
    [InlineData("アットマーク（@）の入力は shift と 2 です。ドットは句点と違います。")]
    [InlineData("ร้าน แอท โฮม จุด นัดพบ ตรงข้าม gmail ดอท คอม")]
    public void Prose_with_those_words_holds_no_address(string text) =>
        Assert.DoesNotContain(Scanner.Scan(text), f => f.Type == EntityTypes.EmailAddress);
}
