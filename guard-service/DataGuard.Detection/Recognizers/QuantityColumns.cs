using DataGuard.Detection.Normalization;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Round 30 (categories of sets U21, U22): columns whose header names amounts, counts, periods or scores (一月 | 二月 | …,
/// 金額, 數量, 分數). A value typed one group per cell (<see cref="SpelledDown"/>) is read across cells with no label; four
/// amounts of four digits in a row pass a card's issuer range and Luhn one time in fifty, so under such a header the cells
/// stay what the header says they are.
/// </summary>
internal static class QuantityColumns
{
    private static readonly ContextWord[] Words = ContextWord.All(new[]
    {
        "金額", "數量", "單價", "小計", "合計", "總計", "總額", "營收", "營業額", "銷售", "業績", "收入", "支出", "費用", "價格", "預算", "餘額", "元",
        "月", "季", "年度", "日期", "時間", "週", "人數", "次數", "件數", "筆數", "分數", "成績", "得分", "排名", "庫存", "重量", "里程",
        "amount", "qty", "quantity", "total", "price", "sales", "revenue", "count", "score", "Q1", "Q2", "Q3", "Q4", "Jan", "Feb", "Mar", "Apr",
    });

    /// <summary>Whether the first <paramref name="count"/> characters of the chain run across a cell break under such a header.</summary>
    public static bool Hold(ReadOnlySpan<char> text, in Chain chain, int count)
    {
        int end = chain.EndOf(count);
        if (text.Slice(chain.Start, end - chain.Start).IndexOfAny(CellBreaks.All) < 0) return false;
        int first = 1;
        while (first < count && chain.Gaps[first] == 0) first++;
        var header = TableCell.Header(text, chain.Start, chain.EndOf(first), out _);
        return !header.IsEmpty && ContextWord.AnyIn(Words, header);
    }
}
