using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// det-lists46 (issue 9, set U51): a traffic ticket's number — two or three capitals and seven or eight digits (QZB7750843,
/// TB08263224) — after a ticket label (罰單, 單號, 舉發單號) or in a ticket-number column (序|單號|條款|車牌…, rows cut any way).
/// Its letters read as digits (Z for 2, B for 8) or its two letters and eight digits make an ID's or an old certificate's
/// shape, and one in ten passes the checksum; the label or column says what it is.
/// </summary>
internal static class TicketNumbers
{
    /// <summary>Labels and column headers of a ticket's number.</summary>
    private static readonly ContextWord[] Labels = ContextWord.All(new[] { "罰單", "單號", "罰單號碼", "舉發單號", "告發單號", "通知單號", "ticket", "ticket_no", "ticketNo" });

    private static readonly HeaderWordColumns.WordTest TicketHeader = static word => ContextWord.AnyIn(Labels, word);

    /// <summary>
    /// Whether the value at [<paramref name="start"/>, <paramref name="end"/>), opening with two letters, is a ticket's number:
    /// a ticket label right before it, or a ticket column's header over it.
    /// </summary>
    public static bool Names(ReadOnlySpan<char> text, int start, int end)
    {
        if (ContextScorer.IsLabelledImmediately(text, start, Labels)) return true;
        // (a row cut by tabs under a barred header finds a row above for its header: the row's own cells are counted then)
        var header = TableCell.Header(text, start, end, out bool wholeCell);
        return !header.IsEmpty && wholeCell && ContextWord.AnyIn(Labels, header) || OwnCutRows.Names(text, start, end, TicketHeader);
    }
}
