using DataGuard.Detection.Normalization;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Text shaped like an e-mail address that names no mailbox (det-pieces39, issue 9 §3 precision): a file at a pixel
/// density (logo@2x.png), an SSH remote (git@github.com:org/repo.git), and the English word "at" after a verb or pronoun
/// before a web site (look at example.com, we met at Google.com). <see cref="EmailRecognizer"/> asks these before reporting.
/// </summary>
internal static class MailLookalikes
{
    /// <summary>
    /// Extensions of files written after an at sign (icon@2x.png, chart@3x.webp) that are no top-level domain. Country codes
    /// that look like extensions (.md Moldova, .py Paraguay, .so Somalia, .ai, .io) are left out: they end real addresses.
    /// </summary>
    private static readonly string[] FileExtensions =
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "heic", "pdf", "js", "mjs", "css", "scss",
        "json", "xml", "html", "htm", "txt", "csv", "zip", "gz", "tgz", "exe", "dll", "mp3", "mp4", "mov", "wav",
    };

    /// <summary>
    /// English words that stand before "at" in prose and are no mailbox name (look at example.com, we met at Google.com,
    /// contact us at gov.tw): verbs of looking, meeting, staying and working, and object pronouns.
    /// </summary>
    private static readonly HashSet<string> WordsBeforeAt = new(StringComparer.OrdinalIgnoreCase)
    {
        "look", "looks", "looked", "looking", "check", "checked", "see", "seen", "details", "info", "more", "read", "found",
        "meet", "met", "meeting", "stay", "stayed", "staying", "work", "works", "worked", "working", "live", "lives", "lived",
        "based", "available", "hosted", "posted", "published", "listed", "online", "arrive", "arrived", "study", "studied",
        "visit", "apply", "register", "download", "shop", "buy", "bought", "sold", "job", "us", "me", "him", "her", "them",
        "it", "is", "are", "was", "were", "be", "been", "here", "there", "now", "today", "else", "anyone", "someone",
    };

    /// <summary>Whether <paramref name="domain"/> ends in a file's extension rather than a top-level domain.</summary>
    public static bool IsFileName(ReadOnlySpan<char> domain)
    {
        int dot = domain.LastIndexOf('.');
        if (dot < 0) return false;
        // Compared in place: asked for every address found, so no string is built (dense prompts hold many addresses).
        return WordLists.IsAny(domain.Slice(dot + 1), FileExtensions, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a colon glued after the domain ending at <paramref name="end"/> opens a repository path with a slash before
    /// the next blank (git@github.com:org/repo.git): an SSH remote, user@host:path.
    /// </summary>
    public static bool IsSshRemote(ReadOnlySpan<char> text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ':' || !Normalization.AsciiChars.IsLetterOrDigit(text[end + 1])) return false;
        for (int i = end + 1; i < text.Length && i - end < 80; i++)
        {
            if (text[i] == '/') return true;
            if (text[i] is ' ' or '\t' or '\n' or '\r' || text[i] > '\u007F') return false;
        }
        return false;
    }

    /// <summary>Whether a mailbox name of one word before the bare word "at" is an English word of prose.</summary>
    public static bool IsEnglishWordBeforeAt(string local) => local.IndexOf('.') < 0 && WordsBeforeAt.Contains(local);
}
