#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace DataGuard.Detection.Normalization;

/// <summary>
/// Round 45 (det-turns45, issue 9 §3): the marks <see cref="TurnPieces"/> reads at, found in one pass — a line break whose
/// next line may open with continuing wording, and a clause mark that may end a first part within a message. Prose has a
/// line break every forty characters and a comma every fifteen: reading each line's speaker prefix in full and stopping a
/// search at every comma cost the prose benchmark 14 %. Here the text is looked at sixteen characters at a time for a line
/// break, or a clause mark before a character one of <see cref="ContinuingWords"/>' own phrases starts with (or a blank);
/// a line is then a candidate only where its first character may start a continuing phrase or a mark a speaker prefix
/// closes with (<c>: ： tab ] -</c>) stands within a prefix's reach of its start — those marks are found by a search of
/// their own that moves on only as the lines do (prose holds few).
/// </summary>
internal ref struct TurnCandidates
{
    /// <summary>The marks every speaker prefix holds: its colon, tab, " - ", a bracket's end, or a time's colon.</summary>
    private static readonly char[] SpeakerMarks = { ':', '：', '\t', ']', '-' };

    /// <summary>
    /// Characters after a line's start (past its blanks) within which a speaker prefix shows its mark: a bracketed time with
    /// 上午 (<c>[上午08:28]</c>), a name of <see cref="ChatLine"/>'s, or a Latin speaker word of twelve letters.
    /// </summary>
    private const int SpeakerReach = 16;

    private readonly ReadOnlySpan<char> _text;

    // The next speaker mark at or after the line last looked at (-1: none left), found again only once lines pass it.
    private int _speakerMark;

    public TurnCandidates(ReadOnlySpan<char> text)
    {
        _text = text;
        _speakerMark = text.IndexOfAny(SpeakerMarks);
    }

    /// <summary>The first candidate mark at or after <paramref name="from"/>, or -1.</summary>
    public int Next(int from)
    {
        int i = from;
#if NET
        if (Vector256.IsHardwareAccelerated)
        {
            var text = _text;
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (int width = Vector256<ushort>.Count; i + width + 1 <= text.Length; i += width)
            {
                uint bits = MayBeMarks(Vector256.LoadUnsafe(ref chars, (nuint)i), Vector256.LoadUnsafe(ref chars, (nuint)(i + 1))).ExtractMostSignificantBits();
                for (; bits != 0; bits &= bits - 1)
                {
                    int at = i + BitOperations.TrailingZeroCount(bits);
                    // most lines of prose: opened by no phrase's first character, and no speaker mark ahead
                    if (text[at] == '\n' && _speakerMark < 0 && !IsOpener(text[at + 1])) continue;
                    if (IsCandidate(at)) return at;
                }
            }
        }
#endif
        for (; i < _text.Length; i++)
            if ((_text[i] == '\n' || IsClauseMark(_text[i])) && IsCandidate(i)) return i;
        return -1;
    }

#if NET
    // Sixteen places at once: a line break, or a clause mark before an own phrase's first character or a blank — the
    // vector form of the first tests of IsCandidate, which still decides each place found.
    private static Vector256<ushort> MayBeMarks(Vector256<ushort> here, Vector256<ushort> next)
    {
        var clause = Vector256.Equals(here, Vector256.Create((ushort)'。')) | Vector256.Equals(here, Vector256.Create((ushort)'，'))
                     | Vector256.Equals(here, Vector256.Create((ushort)'；')) | Vector256.Equals(here, Vector256.Create((ushort)';'));
        // ContinuingWords.MayStartOwn's characters, written out: a loop over them here costs more than the test saves
        var own = Vector256.Equals(next, Vector256.Create((ushort)' ')) | Vector256.Equals(next, Vector256.Create((ushort)'接'))
                  | Vector256.Equals(next, Vector256.Create((ushort)'剩')) | Vector256.Equals(next, Vector256.Create((ushort)'後'))
                  | Vector256.Equals(next, Vector256.Create((ushort)'然')) | Vector256.Equals(next, Vector256.Create((ushort)'再'))
                  | Vector256.Equals(next, Vector256.Create((ushort)'最')) | Vector256.Equals(next, Vector256.Create((ushort)'其'));
        return Vector256.Equals(here, Vector256.Create((ushort)'\n')) | (clause & own);
    }
#endif

    /// <summary>
    /// The characters a line may open with where continuing wording follows at once: every character
    /// <see cref="ContinuingWords.MayStart"/> takes, and the blanks and marks read past before it — one bit test a line.
    /// </summary>
    private static readonly ulong[] Openers = OpenersOf();

    private static ulong[] OpenersOf()
    {
        var bits = new ulong[0x10000 / 64];
        for (int c = 0; c < 0x10000; c++)
            if (IsPassedAtLineStart((char)c) || ContinuingWords.MayStart((char)c)) bits[c >> 6] |= 1UL << c;
        return bits;
    }

    private static bool IsOpener(char c) => (Openers[c >> 6] & (1UL << c)) != 0;

    private static bool IsPassedAtLineStart(char c) => c is ' ' or '\u3000' or '\t' or ':' or '：' or '>' or '＞';

    private static bool IsClauseMark(char c) => c is '。' or '，' or '；' or ';';

    private bool IsCandidate(int at) =>
        _text[at] == '\n' ? MayOpenContinuation(at + 1) : IsClauseMark(_text[at]) && TurnPieces.MayContinueAfterClause(_text, at);

    // Whether the line at lineStart may open with continuing wording: at its first character, or past a speaker prefix.
    private bool MayOpenContinuation(int lineStart)
    {
        if (lineStart >= _text.Length) return false;
        int i = lineStart;
        char first = _text[i];
        if (IsOpener(first))
        {
            while (i < _text.Length && IsPassedAtLineStart(_text[i])) i++;
            if (i >= _text.Length) return false;
            // no speaker prefix before it: the phrase itself decides (prose's "The officer…" and 我們 pass here)
            if (ContinuingWords.MayStart(_text[i]) && ContinuingWords.LengthAt(_text, i) > 0) return true;
        }
        if (_speakerMark >= 0 && _speakerMark < lineStart)
        {
            int hit = _text.Slice(lineStart).IndexOfAny(SpeakerMarks);
            _speakerMark = hit < 0 ? -1 : lineStart + hit;
        }
        return _speakerMark >= 0 && _speakerMark < i + SpeakerReach;
    }
}
