using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// A mailbox name broken by a line end (det-breaks45, issue 9 round 45): "chien.yuch⏎en@yahoo.co.jp", "lin.hs-⏎inyi@…",
/// "hsuyuf⏎⏎9576@qq.com" — a log, mail client or PDF wrapped the address inside its name, so the at sign's line holds only
/// the name's tail. The head is the run of mailbox characters that ends the line above (past blank lines and page
/// furniture, <see cref="BreakFurniture"/>); it is taken only where the chain reader's own wrap rule
/// (<see cref="ChainReader.LineWrapEnd"/>) leads from its end to the tail's start — both pieces sit at the break's two
/// sides — and where it is no word or value of its own: it holds a small letter (IDs, plates and model codes are typed in
/// capitals) and is no word that names or introduces the address (email, mail, to, at…).
/// </summary>
internal static class WrappedMailbox
{
    /// <summary>Longest head of a mailbox name read on the line above.</summary>
    private const int MaxHead = 40;

    /// <summary>Most lines walked back over to the head's line (the break's own and the furniture's).</summary>
    private const int MaxLinesBack = 5;

    // Words a line ends with before an address on the next line: they name or introduce it, they are not its head.
    private static readonly string[] NotHeads =
    {
        "email", "e-mail", "mail", "mailto", "to", "at", "is", "cc", "bcc", "from", "reply", "contact", "address", "addr", "user",
        "login", "account", "id", "me", "us", "or", "and", "via", "send", "write", "the", "my", "his", "her",
    };

    /// <summary>
    /// Where the head of the mailbox name whose tail starts at <paramref name="tailStart"/> starts on a line above, with
    /// <paramref name="headEnd"/> where it ends (before a wrapping hyphen); -1 where the name was not wrapped.
    /// </summary>
    public static int HeadStart(ReadOnlySpan<char> text, int tailStart, out int headEnd)
    {
        headEnd = -1;
        // The tail opens its line (past blanks and quote marks): asked first, so an address inside a line costs nothing more.
        int i = tailStart;
        while (i > 0 && text[i - 1] is ' ' or '\u3000' or '\t' or '>' or '＞') i--;
        if (i == 0 || text[i - 1] is not ('\n' or '\r')) return -1;
        i = tailStart;
        for (int lines = 0; lines < MaxLinesBack && i > 0; lines++)
        {
            int lineBreak = text.Slice(0, i).LastIndexOfAny('\n', '\r');
            if (lineBreak < 0) return -1;
            int end = lineBreak;
            if (end > 0 && text[end] == '\n' && text[end - 1] == '\r') end--;
            int contentEnd = end;
            while (contentEnd > 0 && text[contentEnd - 1] is ' ' or '\u3000' or '\t') contentEnd--;
            if (contentEnd > 0 && CharFolding.IsHyphen(text[contentEnd - 1])) contentEnd--;
            int start = contentEnd;
            while (start > 0 && contentEnd - start < MaxHead && EmailRecognizer.IsLocal(text[start - 1])) start--;
            if (start < contentEnd && ChainReader.LineWrapEnd(text, contentEnd) == tailStart)
                return IsHead(text, start, contentEnd) && (start == 0 || !EmailRecognizer.IsLocal(text[start - 1])) ? Found(start, contentEnd, out headEnd) : -1;
            i = end; // a line of furniture or a blank line: the head stands higher up
        }
        return -1;
    }

    private static int Found(int start, int end, out int headEnd)
    {
        headEnd = end;
        return start;
    }

    private static bool IsHead(ReadOnlySpan<char> text, int start, int end)
    {
        var head = text.Slice(start, end - start);
        if (head.Length < 2 || head[0] is '.' or '-' or '+') return false;
        bool small = false;
        foreach (char c in head) small |= c is >= 'a' and <= 'z';
        if (!small) return false;
        foreach (var word in NotHeads)
            if (head.Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) return false;
        return !MailWords.StartAt(text, start);
    }
}
