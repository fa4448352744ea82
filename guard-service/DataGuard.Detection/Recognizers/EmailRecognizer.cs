using DataGuard.Detection.Normalization;
using DataGuard.Detection.Pipeline;
using DataGuard.Detection.Scoring;

namespace DataGuard.Detection.Recognizers;

/// <summary>
/// E-mail addresses, anchored on '@' (or full-width '＠', or the small '﹫' of CJK compatibility forms): a local part of
/// letters, digits and . _ % + -, and a domain of at least two labels ending in an alphabetic top-level domain.
/// Full-width and invisible characters are undone.
/// </summary>
internal sealed partial class EmailRecognizer : AnchoredRecognizer
{
    private const double Score = 0.95;

    public override string Type => EntityTypes.EmailAddress;

    /// <summary>Written-out at signs ("name [at] example [dot] com", "name 小老鼠 example.com"); the dots may be written out too.</summary>
    private static readonly string[] SpelledAt =
    {
        "[at]", "(at)", "{at}", "<at>", "［at］", "（at）", "【at】", "〔at〕", "[AT]", "(AT)", "{AT}", "<AT>", "［AT］", "（AT）", "【AT】",
        "[@]", "(@)", "{@}", "<@>", "（@）", "【@】", // the at sign itself in brackets: laitzuhan49[@]naver(dot)com
        "小老鼠", "（小老鼠）", "(小老鼠)", Hash, Mouse, AtSpokenAsChinese,
        In, MouseEmoji, "ㄟˋ特", "ㄟ特", // det-email41: 在 (at, "in"), 🐭, ㄟˋ特 (注音 for the sound of "at"); quotes or brackets around any at word are read too
        "(a)", "[a]", "（a）", "(A)", "[A]", "(#)", "[#]", "（#）", "★", "☆",
        CircleA, "圈A", "圈圈a", "圈圈A", "(圈a)", "（圈a）",
        "at符號", "AT符號", "at 符號", "＠符號", "@符號", "小老鼠符號", "at符号",
        DomainWord, "網域：", "網域:", "後面是", // det-pieces39: 帳號是 lin.mh，網域是 gmail.com; 前面是 lin.mh 後面是 gmail.com
        // typed with a Chinese input method in full width: ａｔ, （ａｔ）
        "ａｔ", "ＡＴ", "Ａｔ", "（ａｔ）", "［ａｔ］", "（ＡＴ）", "［ＡＴ］", "【ａｔ】",
    };

    /// <summary>
    /// Round 44 (det-turns44, set U46): the at sign as other scripts and symbols write it — the circled letter (ⓐ Ⓐ), the
    /// Korean 골뱅이 ("whelk"), the Japanese あっと / アット, the Vietnamese a còng, 網域為 before the domain. Each is a word or
    /// decoration of ordinary text too, so like the bare word it anchors an address only before a known domain.
    /// Round 45 (det-turns45, set U50): the Thai แอท (and แอ็ท), the Japanese アットマーク / あっとまーく / ＠マーク ("at mark", as
    /// Japanese names the sign), the Korean 앳, the Vietnamese a móc beside a còng.
    /// </summary>
    private static readonly string[] OtherScriptAt =
    {
        "ⓐ", "Ⓐ", "골뱅이", "あっと", "アット", "a còng", "網域為",
        "แอท", "แอ็ท", "アットマーク", "あっとまーく", "＠マーク", "@マーク", "앳", "a móc",
    };

    /// <summary>
    /// Round 44 (det-turns44): animals drawn for the at sign as 🐭 is (🦆, 🐌, 🐒 — the at sign's nickname differs by
    /// language: snail, monkey, duck); the emoji blocks of animals, U+1F400–U+1F43C and U+1F980–U+1F9AE. Only before a
    /// known domain, as the mouse.
    /// </summary>
    /// (Anchored on the two high surrogates of those blocks, not on each emoji: a hundred anchors in one bucket of the anchor
    /// search cost every character filed with them; OnAnchor reads the low surrogate.)
    private static readonly string[] AnimalAt = { "\uD83D", "\uD83E" };

    private static bool IsAnimalAt(ReadOnlySpan<char> anchor) =>
        anchor.Length == 2 && char.IsSurrogatePair(anchor[0], anchor[1]) && char.ConvertToUtf32(anchor[0], anchor[1]) is >= 0x1F400 and <= 0x1F43C or >= 0x1F980 and <= 0x1F9AE;

    private static bool IsOtherScriptAt(ReadOnlySpan<char> anchor)
    {
        foreach (var word in OtherScriptAt) if (EqualsWritten(anchor, word)) return true;
        return false;
    }

    /// <summary>
    /// "lin_mei圈agmail點com": 圈a ("circle a", also 圈圈a) is how the at sign is said in Taiwan; 圈 before a letter is an
    /// ordinary word too (圈A區, 圈a選項), so like the bare word it anchors an address only when a domain with a known
    /// top-level domain follows.
    /// </summary>
    private const string CircleA = "圈a";

    /// <summary>
    /// "帳號是lin.mh77，網域是gmail.com", "前面是 lin.mh77 後面是 yahoo.com.tw" (det-pieces39): an address given as its two
    /// parts, the second named by a word instead of an at sign. 後面是 is an ordinary phrase, so like the bare word these
    /// anchor an address only when a domain with a known top-level domain follows and a mailbox name stands before.
    /// </summary>
    private const string DomainWord = "網域是";

    /// <summary>
    /// Symbols typed for the at sign ("name (a) gmail.com", "name★yahoo.co.jp", "name(#)mail.gov.tw"): a bracketed letter
    /// or hash and a star are list markers and decoration too, so like the hash they anchor an address only when a domain with
    /// a known top-level domain follows.
    /// </summary>
    private static readonly string[] SymbolAt = { "(a)", "[a]", "（a）", "(A)", "[A]", "(#)", "[#]", "（#）", "★", "☆" };

    /// <summary>
    /// "zhang0302.94 老鼠 gmail 點 com", "ahsin8 艾特 gmail.com": 老鼠 (mouse, without 小) and 艾特 (the sound of "at") are
    /// ordinary words too, so like the bare word they anchor an address only when a domain with a known top-level domain follows.
    /// </summary>
    private const string Mouse = "老鼠";

    private const string AtSpokenAsChinese = "艾特";

    /// <summary>
    /// Round 41 (det-email41, set U42): "chiu46 在 nkust 點 edu 點 tw", "amy 點 tsai 九零 在 gmail" — 在 ("at", "in") said for
    /// the at sign. It is one of the commonest characters of Chinese, so it anchors an address only between a Latin mailbox
    /// name and a Latin domain whose dots are written out (or a known provider), never on the word alone; "Kevin 在
    /// google.com 工作" names a workplace and stays clean.
    /// </summary>
    private const string In = "在";

    /// <summary>"chunhung.wu🐭seed🔴net🔴tw": the mouse emoji for 小老鼠. Emoji decorate chats, so like 老鼠 it needs a known domain.</summary>
    private const string MouseEmoji = "\U0001F42D";

    /// <summary>Most characters between a mailbox name and a written-out at sign: a pause or a spoken word ("chen.yh 呃 @naver.com").</summary>
    private const int MaxGapBeforeAt = 8;

    /// <summary>"wang.ming#gmail.com": the hash typed for the at sign. Hashtags and headings are everywhere, so like the bare
    /// word it anchors an address only when a domain with a known top-level domain follows.</summary>
    private const string Hash = "#";

    /// <summary>
    /// The bare word "at" ("wang dot ming at gmail dot com", "name at example.com"). English is full of it, so it anchors
    /// an address only when a domain with a known top-level domain follows.
    /// </summary>
    private const string BareAt = "at";

    /// <summary>Written-out dots; "." and "．" stand here for a dot between spaces ("gmail . com").</summary>
    private static readonly string[] SpelledDot =
    {
        "[dot]", "(dot)", "{dot}", "<dot>", "［dot］", "（dot）", "【dot】", "點", ".", "．",
        "[.]", "(.)", "{.}", "［.］", "（.）", // the dot itself in brackets, as threat reports defang addresses: yahoo[.]com[.]tw
        "。", "｡", // an IME's full stop typed for the dot (name@ms1。hinet。net); the whole must still end in a known domain
        "句點", "句点", "点", // "full stop" said for the dot, and the simplified 点
        "[點]", "(點)", "（點）", "【點】", "［點］", "{點}", // 點 in brackets, as (dot) is
        // det-email41 (set U42): 點 in quotes, ㄉㄚˋ (注音 for the sound of "dot", with or without its tone), a red circle
        // or a black one drawn for the dot (seed🔴net🔴tw); the whole must still end in a known domain
        "「點」", "『點』", "ㄉㄚˋ", "ㄉㄚ", "\U0001F534", "●",
        // det-turns44 (set U46): the middle dots and bullets of text, drawn shapes (◉ ⚫ 🔸), and "dot" in Japanese, Korean,
        // Vietnamese and Indonesian (ドット 닷 chấm titik); the whole must still end in a known domain
        "·", "•", "∙", "・", "◉", "○", "◦", "⚫", "⚪", "\U0001F538", "\U0001F539", "\U0001F535", "ドット", "닷", "chấm", "titik",
        // det-turns45 (set U50): "dot" in Thai (ดอท, and จุด "point"), Japanese hiragana (どっと), Korean 점 ("point"), Tagalog
        // (tuldok); the whole must still end in a known domain
        "ดอท", "จุด", "どっと", "점", "tuldok",
    };

    /// <summary>
    /// The first characters of <see cref="SpelledDot"/>, narrowed: asked at the end of every address's first label, where
    /// usually none stands, one look-up rules out every written-out dot at once.
    /// </summary>
    private static readonly string SpelledDotFirstChars = new(Array.ConvertAll(SpelledDot, dot => Narrow(dot[0])));

    /// <summary>The last characters of <see cref="SpelledDot"/>, narrowed: the same test before a mailbox name's last word.</summary>
    private static readonly string SpelledDotLastChars = new(Array.ConvertAll(SpelledDot, dot => Narrow(dot[dot.Length - 1])));

    /// <summary>
    /// <see cref="SpelledDot"/>, longest first: read backwards, "chen 句點 lin" must end at 句點, not at its 點 (det-email41:
    /// every mailbox name dotted with 句點 lost its first word).
    /// </summary>
    private static readonly string[] SpelledDotLongestFirst = SpelledDot.OrderByDescending(dot => dot.Length).ToArray();

    /// <summary>The word "dot" between spaces ("gmail dot com").</summary>
    private const string BareDot = " dot ";

    /// <summary>
    /// Top-level domains a bare "at" must lead to (generic ones and the countries of the region). Source: IANA root zone;
    /// the list is what people in Taiwan write, not the whole zone.
    /// </summary>
    private static readonly HashSet<string> KnownTopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "me", "app", "dev", "ai", "cc", "tv",
        "tw", "jp", "hk", "mo", "cn", "kr", "sg", "my", "ph", "vn", "th", "id", "us", "uk", "au", "ca", "de", "fr", "in",
    };

    public override string[] Anchors { get; } = Concat(new[] { "@", "\uFF20", BareAt }, SpelledAt, FullWidthForms(SpelledAt), OtherScriptAt, AnimalAt);

    // The written-out at signs as a Chinese input method types them in full width (圈ａ, ［ａｔ］, （ａ）), where that differs.
    private static string[] FullWidthForms(string[] anchors)
    {
        var forms = new List<string>();
        foreach (var anchor in anchors)
        {
            var chars = anchor.ToCharArray();
            for (int i = 0; i < chars.Length; i++) if (chars[i] is > ' ' and < '\u007F') chars[i] = (char)(chars[i] + 0xFEE0);
            var form = new string(chars);
            if (form != anchor && Array.IndexOf(anchors, form) < 0 && !forms.Contains(form)) forms.Add(form);
        }
        return forms.ToArray();
    }

    public override void OnAnchor(ReadOnlySpan<char> text, int at, int anchorEnd, ref CandidateSink sink, int priority)
    {
        // An animal drawn for the at sign: the anchor is its high surrogate (the mouse has its own anchor).
        if (anchorEnd - at == 1 && char.IsHighSurrogate(text[at]))
        {
            if (at + 1 >= text.Length || !IsAnimalAt(text.Slice(at, 2)) || text.Slice(at, 2).SequenceEqual(MouseEmoji.AsSpan())) return;
            anchorEnd = at + 2;
        }
        // 在 comes every few dozen characters of Chinese prose: its two character tests come before anything else.
        if (text[at] == In[0])
        {
            if (MayBeInAt(text, at, anchorEnd)) OnSpelledAt(text, at, anchorEnd, ref sink, priority);
            return;
        }
        // Written-out forms, an at sign with spaces around it ("wang @ gmail.com"), and an at sign whose dots are written
        // out ("wang.ming@gmail dot com", "mei dot lin@outlook dot com").
        // So does an at sign glued to the words naming it the second part ("lin.mh77，後半段是@gmail.com"): the mailbox lies
        // before them.
        if (anchorEnd - at > 1 || Narrow(text[at]) == Hash[0] || text[at] is 'ⓐ' or 'Ⓐ' || IsSpaced(text, at - 1) || IsSpaced(text, anchorEnd) && ChainReader.LineWrapEnd(text, anchorEnd) < 0
            || HasSpelledDots(text, at, anchorEnd) || at > 0 && PartWords.EndsAt(text, at) || HasSpacedDot(text, anchorEnd)
            || anchorEnd < text.Length && ConcatenationJoints.LengthAt(text, anchorEnd) > 0 || GluedDotDomain(text, anchorEnd, out _) is not null)
        {
            OnSpelledAt(text, at, anchorEnd, ref sink, priority);
            return;
        }
        // "weiting_huang⏎@gmail.com", "cheng.tsai@⏎outlook.com", "hungchiahao@⏎15:35<tab>值班台<tab>livemail.tw": an address
        // wrapped onto the next line (or chat line) at its at sign.
        int localEnd = LocalEndBeforeLineBreak(text, at);
        int domainStart = ChainReader.LineWrapEnd(text, anchorEnd);
        if (domainStart < 0) domainStart = anchorEnd;
        int start = localEnd;
        while (start > 0 && IsLocal(text[start - 1])) start--;
        while (start < localEnd && (Fold(text[start]) == '.' || CharFolding.KindOf(text[start]) == CharKind.Invisible)) start++;
        if (start == localEnd) return;
        // "UW-3985chen.hua10@…": a plate cell glued before the address is no part of its mailbox name (round 39).
        start = GluedCells.MailboxStartAfterPlate(text, start, localEnd);
        // "chien.yuch⏎⏎en@yahoo.co.jp": the name's head ends the line above (det-breaks45).
        int head = WrappedMailbox.HeadStart(text, start, out int headEnd);

        int end = DomainEnd(text, domainStart);
        string? wrappedDomain = WrappedDomain(text, domainStart, out int wrappedEnd);
        if (wrappedDomain is not null) end = wrappedEnd;
        else if (!HasTopLevelDomain(text.Slice(domainStart, end - domainStart))) return;
        if (MailLookalikes.IsFileName(text.Slice(domainStart, end - domainStart)) || MailLookalikes.IsSshRemote(text, end)) return;

        int spanStart = head >= 0 ? head : start;
        if (!sink.TryScore(text, Type, spanStart, end, ContextProfile.None, Score, out double score)) return;
        string normalized = head >= 0
            ? Normalize(text.Slice(head, headEnd - head)) + Normalize(text.Slice(start, localEnd - start)) + "@" + Normalize((wrappedDomain ?? text.Slice(domainStart, end - domainStart).ToString()).AsSpan()).ToLowerInvariant()
            : wrappedDomain is not null
            ? Normalize(text.Slice(start, localEnd - start)) + "@" + Normalize(wrappedDomain.AsSpan()).ToLowerInvariant()
            : localEnd == at && domainStart == anchorEnd
            ? Normalize(text.Slice(start, end - start))
            : Normalize(text.Slice(start, localEnd - start)) + "@" + Normalize(text.Slice(domainStart, end - domainStart)).ToLowerInvariant();
        sink.Add(new Candidate(Type, spanStart, end, score, EvasionsIn(text.Slice(spanStart, end - spanStart)), normalized, priority));
    }

    // Where the domain that starts at from ends, without a trailing dot, hyphen or invisible character.
    private static int DomainEnd(ReadOnlySpan<char> text, int from)
    {
        int end = RawDomainEnd(text, from);
        while (end > from && (Fold(text[end - 1]) is '.' or '-' || CharFolding.KindOf(text[end - 1]) == CharKind.Invisible)) end--;
        return end;
    }

    private static int RawDomainEnd(ReadOnlySpan<char> text, int from)
    {
        int end = from;
        while (end < text.Length && IsDomain(text[end])) end++;
        return end;
    }

    /// <summary>
    /// The domain starting at <paramref name="from"/> joined with the next line's, when it was wrapped inside it
    /// ("eric.tien_tw@gmail.c⏎om", "jason.lai88@outlook⏎.com", "lin_yuting60@g⏎  mail.com", "…@hinet.⏎hk"): the first line's
    /// part does not end in a known top-level domain (or the next line goes on with a dot), and the whole does; else null.
    /// </summary>
    private static string? WrappedDomain(ReadOnlySpan<char> text, int from, out int end)
    {
        end = -1;
        int rawEnd = RawDomainEnd(text, from);
        int next = rawEnd > from ? ChainReader.LineWrapEnd(text, rawEnd) : -1;
        if (next < 0) return null;
        int nextEnd = DomainEnd(text, next);
        if (nextEnd == next) return null;
        var first = text.Slice(from, rawEnd - from);
        if (Fold(text[next]) != '.' && Fold(first[first.Length - 1]) != '.' && EndsInKnownTopLevelDomain(first)) return null;
        var joined = string.Concat(first.ToString(), text.Slice(next, nextEnd - next).ToString());
        if (!EndsInKnownTopLevelDomain(joined.AsSpan()) || !HasTopLevelDomain(joined.AsSpan())) return null;
        end = nextEnd;
        return joined;
    }

    private static bool EndsInKnownTopLevelDomain(ReadOnlySpan<char> domain)
    {
        int dot = domain.LastIndexOf('.');
        return dot >= 0 && KnownTopLevelDomains.Contains(domain.Slice(dot + 1).ToString());
    }

    // "x@gmail. com" (round 37): the domain's labels go on after a dot and a space. "x@gmail.com. Then" ends a sentence: a
    // known top-level domain before the dot ends the address there.
    private static bool HasSpacedDot(ReadOnlySpan<char> text, int from)
    {
        int end = RawDomainEnd(text, from);
        return end > from + 1 && Fold(text[end - 1]) == '.' && SpaceBeforeLabel(text, end) && !EndsInKnownTopLevelDomain(text.Slice(from - 1, end - from));
    }

    // One space at i, and a domain label's letter or digit after it.
    private static bool SpaceBeforeLabel(ReadOnlySpan<char> text, int i) =>
        IsSpaced(text, i) && i + 1 < text.Length && CharFolding.KindOf(text[i + 1]) is CharKind.Letter or CharKind.Digit;

    // A written-out dot right after the first domain label or right before the mailbox name's last word.
    private static bool HasSpelledDots(ReadOnlySpan<char> text, int at, int anchorEnd)
    {
        if (SpelledDotAfterFirstLabel(text, DomainStartAfter(text, anchorEnd))) return true;
        int word = at;
        while (word > 0 && IsLocal(text[word - 1]) && Fold(text[word - 1]) != '.') word--;
        return word < at && word > 0 && Fold(text[word - 1]) != '.' && SpelledDotStart(text, word) >= 0;
    }

    // "gmail dot com": the first label of the domain at from is followed by a written-out dot, not by '.'.
    // "GMAIL.EXAMPLE DOT IDV 點 TW" too: after a later label, the labels before it joined by dots as written.
    private static bool SpelledDotAfterFirstLabel(ReadOnlySpan<char> text, int from)
    {
        int label = from;
        while (true)
        {
            int start = label;
            while (label < text.Length && IsDomain(text[label]) && Fold(text[label]) != '.') label++;
            if (label == start || label >= text.Length) return false;
            if (Fold(text[label]) != '.') return SpelledDotEnd(text, label) >= 0;
            label++;
        }
    }

    // Whether the mailbox name that ends at end holds a letter ("liao.76" does, the "4.6" of a version does not), its
    // words joined by written-out dots read as one name ("chen dot 52 at…", "lin . 308 @ …": the letters come first).
    private static bool NameHasLetter(ReadOnlySpan<char> text, int end)
    {
        int start = end;
        while (true)
        {
            int wordEnd = start;
            for (; start > 0 && IsLocal(text[start - 1]); start--)
                if (CharFolding.KindOf(text[start - 1]) == CharKind.Letter) return true;
            if (start == wordEnd) return false;
            int before = SpelledDotStart(text, start);
            if (before <= 0 || !IsLocal(text[before - 1])) return false;
            start = before;
        }
    }

    // Where the mailbox name ends when only a line break (and spaces) stands between it and the at sign, else at.
    private static int LocalEndBeforeLineBreak(ReadOnlySpan<char> text, int at)
    {
        int i = Spaces.StartBefore(text, at);
        if (i == 0 || text[i - 1] != '\n') return at;
        i--;
        if (i > 0 && text[i - 1] == '\r') i--;
        i = Spaces.StartBefore(text, i);
        return i > 0 && IsLocal(text[i - 1]) ? i : at;
    }

    private static bool IsSymbolAt(ReadOnlySpan<char> anchor)
    {
        foreach (var symbol in SymbolAt) if (EqualsWritten(anchor, symbol)) return true;
        return false;
    }

    // jerry.cheng [at] pchome [dot] com.tw, jerry.cheng(at)pchome.com.tw, wang dot ming at gmail dot com
    private void OnSpelledAt(ReadOnlySpan<char> text, int at, int anchorEnd, ref CandidateSink sink, int priority)
    {
        var anchor = text.Slice(at, anchorEnd - at);
        bool bare = EqualsWritten(anchor, BareAt);
        bool zai = anchor.SequenceEqual(In.AsSpan());
        // 在 is everywhere in Chinese: turned down at once unless a Latin mailbox character stands before it and a Latin
        // letter after it (past blanks, a quote or bracket), so prose pays one or two character tests per 在.
        bool needsKnownDomain = bare || zai || Narrow(text[at]) == Hash[0] || anchor.SequenceEqual(Mouse.AsSpan()) || anchor.SequenceEqual(AtSpokenAsChinese.AsSpan())
            || anchor.SequenceEqual(MouseEmoji.AsSpan()) || text[at] == 'ㄟ' || IsAnimalAt(anchor) || IsOtherScriptAt(anchor)
            || IsSymbolAt(anchor) || text[at] == '圈' || text[at] is '(' or '（' && text[at + 1] == '圈' || text[at] is '網' or '後';
        // The bare word needs a space on each side ("wang at gmail dot com") or the same joiner on each side
        // ("wang-at-gmail dot com", "wang_at_gmail.com"); written-out forms may be glued ("wang(at)gmail.com").
        bool joined = bare && IsJoinedAt(text, at, anchorEnd);
        // det-a47 (set U55): "name，at，gmail，點，com" — the word between two full-width pauses, as its dots are.
        if (bare && !joined && (!(IsSpaced(text, at - 1) || IsFullWidthPause(text, at - 1)) || !(IsSpaced(text, anchorEnd) || IsFullWidthPause(text, at - 1) && IsFullWidthPause(text, anchorEnd))
                                || !DomainOrProviderFollows(text, anchorEnd + 1))) return;
        if (joined && !DomainFollows(text, anchorEnd + 1)) return;
        int localEnd = MailboxEnd(text, joined ? at - 1 : at);
        // "amy 點 tsai 九零 在 gmail": the mailbox name's last digits said as numerals; its name ends before them.
        int nameEnd = SpokenDigitsStart(text, localEnd);
        // Cheap tests before building anything (headings and hashtags are ordinary clean text): a domain label and a dot
        // (or a known provider) after, then a mailbox character before.
        int domainStart = joined ? anchorEnd + 1 : DomainStartAfter(text, anchorEnd);
        if (!DomainOrProviderFollows(text, domainStart) && !MailProviders.IsDescribedAt(text, domainStart) && GluedDotDomain(text, domainStart, out _) is null) return;
        // "o l d m a n 點 k a o 八 八 小老鼠 …": a mailbox spelt one character at a time (det-turns44).
        int speltStart = SpeltMailboxStart(text, joined ? at - 1 : at, out int speltEnd);
        bool spelt = speltStart >= 0;
        if (!spelt && (nameEnd == 0 || !IsLocal(text[nameEnd - 1]))) return;
        // "v4.6 @ release dot notes": no letter before a domain whose dots are written out; rejected before anything is
        // built, so such text allocates nothing.
        if (!spelt && !NameHasLetter(text, nameEnd) && SpelledDotAfterFirstLabel(text, domainStart)) return;
        // "meet at 3 dot 30": a domain must end in a label of letters; tested before anything is built.
        if (!EndsInLetters(text, domainStart) && !MailProviders.IsDescribedAt(text, domainStart) && GluedDotDomain(text, domainStart, out _) is null) return;
        int start = nameEnd;
        var local = new System.Text.StringBuilder();
        if (spelt) (start, nameEnd) = (speltStart, AppendSpelt(local, text, speltStart, speltEnd));
        else if (nameEnd < localEnd) AppendFolded(local, text.Slice(nameEnd, localEnd - nameEnd).Trim());
        while (!spelt)
        {
            int wordEnd = start;
            while (start > 0 && IsLocal(text[start - 1])) start--;
            if (start == wordEnd) break;
            local.Insert(0, Folded(text.Slice(start, wordEnd - start)));
            int before = SpelledDotStart(text, start);
            if (before < 0 || before == 0 || !IsLocal(text[before - 1])) break;
            local.Insert(0, '.');
            start = before;
        }
        while (start < nameEnd && Fold(text[start]) == '.') start++;
        if (start == nameEnd || local.Length == 0) return;
        // "issue #1234 at github.com": a bare "at" or hash after a number is a reference, not a mailbox.
        if (needsKnownDomain && !HasLetter(local)) return;
        // "look at example.com", "we met at Google.com": the bare word after a verb or pronoun of prose names a site.
        if (bare && !joined && MailLookalikes.IsEnglishWordBeforeAt(local.ToString())) return;

        var domain = new System.Text.StringBuilder();
        bool spelledDomainDot = false;
        int i = domainStart;
        int end = i;
        // The domain and its end before its last label (…co点jp.Please, …com ＤＯＴ ｈｋ。Please).
        int lengthBefore = -1, endBefore = -1, lastLabelStart = i;
        while (true)
        {
            int labelStart = i;
            while (i < text.Length && (IsDomain(text[i]) && Fold(text[i]) != '.')) i++;
            if (i == labelStart) break;
            // (the domain before this label, kept only once a label follows the dot: "…com。 3. 對方" ends before "3")
            if (domain.Length > 0) (lengthBefore, endBefore) = (domain.Length, end);
            if (domain.Length > 0) domain.Append('.');
            AppendFolded(domain, text.Slice(labelStart, i - labelStart));
            (end, lastLabelStart) = (i, labelStart);
            if (i < text.Length && Fold(text[i]) == '.')
            {
                i++;
                // "mei @hotmail. com" (round 37, categories of set U32): a space typed after the dot, as after a full stop
                if (SpaceBeforeLabel(text, i))
                {
                    // "my wallet at Shilin. My phone…": after the bare word, a dot, a space and a capitalised word end a
                    // sentence; a typed address's labels go on in lower case (round 39, set U37).
                    if (needsKnownDomain && StartsCapitalisedWord(text, i + 1)) break;
                    i++;
                    spelledDomainDot = true;
                }
                else if (LabelOnNextLine(text, i, domain) is int wrapped and >= 0) (i, spelledDomainDot) = (wrapped, true);
                continue;
            }
            int next = SpelledDotEnd(text, i);
            // "hotmail 那家 點 com": a word about the provider said before its written-out dot
            if (next < 0 && domain.Length == i - labelStart) next = SpelledDotAfterFiller(text, i);
            if (next < 0) break;
            spelledDomainDot = true;
            i = LabelOnNextLine(text, next, domain) is int onNext and >= 0 ? onNext : next;
        }
        // One label read, with "dot" typed inside it (…圈圈Aoutlookdotcom。): its parts (GluedDotDomain).
        if (lengthBefore < 0 && GluedDotDomain(text, domainStart, out int gluedEnd) is string glued && gluedEnd == end)
        {
            domain.Clear().Append(glued);
            spelledDomainDot = true;
        }
        // A full stop glued to the next sentence ("…gmail 點 co 點 jp.Please", "…hk。Please"): the address ends at its known
        // top-level domain.
        if (spelledDomainDot && lengthBefore > 0 && !EndsInKnownTopLevelDomain(domain.ToString().AsSpan())
            && EndsInKnownTopLevelDomain(domain.ToString(0, lengthBefore).AsSpan()))
        {
            domain.Length = lengthBefore;
            end = endBefore;
        }
        else if (spelledDomainDot && TopLevelDomainBeforeGluedField(text, lastLabelStart, end) is int cut and > 0)
        {
            domain.Length -= end - cut;
            end = cut;
        }
        var domainText = domain.ToString();
        // "…，網域為谷歌的免費信箱": a provider described by its company and a mail word (det-turns44).
        // (asked before the Latin labels read: "Google 的信箱" starts with a word a label would take)
        string? described = MailProviders.DescribedDomain(text, domainStart, out int describedEnd);
        if (described is not null) (domainText, end) = (described, describedEnd);
        // "amy 點 tsai 九零 在 gmail", "wang77 小老鼠 hotmail 的": a known provider named alone implies its domain. After 在 or
        // the bare word a mailbox-shaped name is asked too ("PDF 在 gmail。" is a file, "me at gmail" a phrase).
        // A typed at sign glued to both sides keeps the older decision ("資料寄給 wang@gmail。謝謝": a sentence ends there).
        bool typedAt = anchorEnd - at == 1 && Narrow(text[at]) is '@' or '＠' && !IsSpaced(text, at - 1) && !IsSpaced(text, anchorEnd);
        bool implied = described is not null || !typedAt && domainText.IndexOf('.') < 0 && MailProviders.DomainOf(domainText.AsSpan()) is not null && MailProviders.EndsAfterProvider(text, end)
            && (!(zai || bare) || IsMailboxShaped(local));
        if (implied && described is null) domainText = MailProviders.DomainOf(domainText.AsSpan())!;
        else if (!HasTopLevelDomain(domainText.AsSpan())) return;
        // "Kevin 在 google.com 工作" names a workplace: after 在 (not in brackets) the domain's dots must be written out.
        if (zai && !implied && !spelledDomainDot && !IsBracketed(text, at, anchorEnd)) return;
        // …and the text must speak of mail ("iPhone 在 apple 點 com 買的" does not); a handle ("@wang_ming 在 twitter 點 com") is no mailbox.
        // The mailbox must be shaped as one too: four characters or more with a digit or a mark ("iPhone 在 apple 點 com 買的，收據寄到信箱").
        if (zai && (!MailWords.AreNear(text, start, end) && !IsDottedName(local) || start > 0 && Narrow(text[start - 1]) is '@' or '＠'
                    || local.Length < 4 || !IsMailboxShaped(local))) return;
        // "visit us at www.gov.tw" names a web site, not a mailbox; "v4.6 @ release dot notes" no address: a domain whose
        // dots are written out must end in a known top-level domain, and the mailbox name hold a letter.
        if (spelledDomainDot && !needsKnownDomain)
        {
            needsKnownDomain = true;
            if (!HasLetter(local)) return;
        }
        if (needsKnownDomain && (!KnownTopLevelDomains.Contains(domainText.Substring(domainText.LastIndexOf('.') + 1))
                     || domainText.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            return;
        if (!sink.TryScore(text, Type, start, end, ContextProfile.None, Score, out double score)) return;
        sink.Add(new Candidate(Type, start, end, score, Evasions.Separators, local.ToString().TrimStart('.') + "@" + domainText.ToLowerInvariant(), priority));
    }

    // Whether the last label of the domain at from (its dots as written or written out) is two letters or more, or the
    // label before it is and a full stop or written-out dot stands between them: "…@outlook.com。 3. 對方…", "…com.tw。- 吳…"
    // (the sentence's full stop, then the next list item) end at the label before, as OnSpelledAt then cuts them.
    private static bool EndsInLetters(ReadOnlySpan<char> text, int from)
    {
        int i = from, letters = 0, before = 0;
        bool spelled = false, spelledBefore = false; // whether a written-out dot or full stop led into this label, the last one
        while (true)
        {
            int start = i;
            while (i < text.Length && IsDomain(text[i]) && Fold(text[i]) != '.') i++;
            if (i == start) break;
            (before, spelledBefore) = (letters, spelled);
            letters = 0;
            for (int k = start; k < i; k++)
            {
                var kind = CharFolding.KindOf(text[k]);
                if (kind == CharKind.Letter) letters++;
                else if (kind != CharKind.Invisible) letters = int.MinValue;
            }
            spelled = false;
            if (i < text.Length && Fold(text[i]) == '.') i += SpaceBeforeLabel(text, i + 1) ? 2 : 1;
            else if (SpelledDotEnd(text, i) is int next and >= 0) (i, spelled) = (next, true);
            else break;
        }
        return letters >= 2 || (spelledBefore && before >= 2);
    }

    /// <summary>
    /// Round 38 (categories of sets U33, U34): "wang-at-gmail dot com", "wang_at_gmail.com" — the word "at" glued to the
    /// mailbox name and the domain by the same hyphen or underscore. Such names are ordinary (meet-at-noon), so like the
    /// bare word it anchors an address only when a domain with a known top-level domain follows.
    /// </summary>
    private static bool IsJoinedAt(ReadOnlySpan<char> text, int at, int anchorEnd) =>
        at > 1 && anchorEnd + 1 < text.Length && text[at - 1] is '-' or '_' && text[anchorEnd] == text[at - 1]
        && IsLocal(text[at - 2]) && CharFolding.KindOf(text[anchorEnd + 1]) == CharKind.Letter;

    /// <summary>
    /// Round 38 (categories of sets U33, U34): "name @ gmail . ⏎com", "name@hotmail點⏎com" — the address given in pieces, its
    /// last label on the next line. Read across only where the domain so far ends in no known top-level domain (so
    /// "…@gmail.com。⏎me too" stays at com); the caller then asks the whole to end in one. Else -1.
    /// </summary>
    private static int LabelOnNextLine(ReadOnlySpan<char> text, int i, System.Text.StringBuilder domain)
    {
        int next = ChainReader.LineWrapEnd(text, i);
        if (next < 0 || next >= text.Length || CharFolding.KindOf(text[next]) != CharKind.Letter) return -1;
        int dot = domain.ToString().LastIndexOf('.');
        return dot >= 0 && KnownTopLevelDomains.Contains(domain.ToString(dot + 1, domain.Length - dot - 1)) ? -1 : next;
    }

    /// <summary>
    /// Round 38 (categories of set U33): "…（小老鼠）hotmail點comK-123-…" — a fixed-width listing's next field glued to an
    /// address whose dots are written out. Where the last label, plain ASCII, is a known top-level domain in lower case with
    /// an upper-case letter glued after it, the address ends before that letter; else 0.
    /// </summary>
    private static int TopLevelDomainBeforeGluedField(ReadOnlySpan<char> text, int labelStart, int labelEnd)
    {
        int i = labelStart;
        while (i < labelEnd && text[i] is >= 'a' and <= 'z') i++;
        if (i == labelStart || i >= labelEnd || text[i] is not (>= 'A' and <= 'Z')) return 0;
        for (int k = i; k < labelEnd; k++) if (text[k] >= 128) return 0;
        return KnownTopLevelDomains.Contains(text.Slice(labelStart, i - labelStart).ToString()) ? i : 0;
    }

    // Where the domain after an at sign ending at anchorEnd starts: past one or two spaces, or a pause and a space
    // ("yu.chen31，然後小老鼠，ms1.hinet.net": the at sign said between pauses; Round 32, set U24), or on the next line
    // ("yu68@⏎pchome 句點 net": an address wrapped after its at sign).
    private static int DomainStartAfter(ReadOnlySpan<char> text, int anchorEnd)
    {
        int wrapped = ChainReader.LineWrapEnd(text, anchorEnd);
        if (wrapped >= 0) return wrapped;
        int start = anchorEnd;
        // "「yenchun.hung」接「@」接「hotmail.com」" (det-email41): the at sign quoted as a piece of its own
        if (start < text.Length && ConcatenationJoints.LengthAt(text, start) is int joint and > 0) return start + joint;
        // "wu.chenghan 「老鼠」 gmail", "jiaying【點】wu【在】nccu…" (det-email41): the at word in quotes or brackets
        if (start < text.Length && IsClosingMark(text[start])) start++;
        if (start < text.Length && text[start] is '，' or ',') start++;
        while (start < text.Length && start - anchorEnd < 3 && text[start] is ' ' or '\u3000') start++;
        return start;
    }

    // Where the mailbox name before a written-out at sign ends: right before it, across one or two spaces, or across a
    // pause or spoken words ("chiu.wenchi，小老鼠 yahoo.com.tw", "tsai.sh52，然後是 @icloud.com", "chen.yh 呃 @naver.com",
    // "yu51 uh @example.cn": the hesitation is no mailbox).
    private static int MailboxEnd(ReadOnlySpan<char> text, int at)
    {
        int spaced = at;
        while (spaced > 0 && at - spaced < 2 && text[spaced - 1] is ' ' or '\u3000') spaced--;
        // "lin 四二【在】gmail": the mailbox's last digits said as numerals end it, before the at word's bracket.
        int marked = spaced > 0 && IsOpeningMark(text[spaced - 1]) ? Spaces.StartBefore(text, spaced - 1) : spaced;
        if (SpokenDigitsStart(text, marked) < marked) return marked;
        int from = at;
        while (true)
        {
            int end = from;
            while (end > 0 && at - end < MaxGapBeforeAt && !IsLocal(text[end - 1]) && text[end - 1] is not ('\n' or '\r')) end--;
            if (end == 0 || !IsLocal(text[end - 1])) return spaced;
            int word = end;
            while (word > 0 && IsLocal(text[word - 1])) word--;
            bool hesitation = word > 0 && text[word - 1] is ' ' or '\u3000' or '，' or ',' && Hesitations.IsEnglish(text.Slice(word, end - word));
            if (!hesitation) return end == from || IsPause(text.Slice(end, from - end)) || SpokenFillers.IsSpokenGap(text, end, from) ? end : spaced;
            from = word;
        }
    }

    // Blanks and a pause between a mailbox name and its at word; det-email41: or a quote or bracket opening around the at
    // word ("wu.chenghan 「老鼠」…", "wu【在】nccu"), or a joint between quoted pieces ("「yenchun.hung」接「@」…").
    private static bool IsPause(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 0 && gap[0] is var c0 && ConcatenationJoints.IsClosingBracket(c0) && ConcatenationJoints.LengthAt(gap, 0) == gap.Length) return true;
        int marks = 0;
        foreach (char c in gap)
        {
            if (IsOpeningMark(c) && ++marks == 1) continue;
            if (c is not (' ' or '\u3000' or '，' or ',' or '、')) return false;
        }
        return gap.Length <= 3 + marks;
    }

    private static bool IsOpeningMark(char c) => c is '「' or '『' or '【' or '（' or '(' or '[' or '［' or '〔';

    private static bool IsClosingMark(char c) => c is '」' or '』' or '】' or '）' or ')' or ']' or '］' or '〕';

    // Whether the at word stands in brackets or quotes ("wu【在】nccu", "「在」").
    private static bool IsBracketed(ReadOnlySpan<char> text, int at, int anchorEnd) =>
        at > 0 && IsOpeningMark(text[at - 1]) && anchorEnd < text.Length && IsClosingMark(text[anchorEnd]);

    /// <summary>
    /// Whether 在 at <paramref name="at"/> may stand for an at sign: a mailbox character (or a numeral said as its last digit)
    /// before it past blanks or an opening bracket, and a Latin letter after it past blanks or a closing one.
    /// </summary>
    private static bool MayBeInAt(ReadOnlySpan<char> text, int at, int anchorEnd)
    {
        int after = anchorEnd < text.Length && IsClosingMark(text[anchorEnd]) ? anchorEnd + 1 : anchorEnd;
        after = Spaces.SkipForward(text, after);
        if (after >= text.Length || CharFolding.KindOf(text[after]) != CharKind.Letter || text[after] >= '\u3000' && text[after] < '\uFF00') return false;
        int before = at > 0 && IsOpeningMark(text[at - 1]) ? at - 1 : at;
        before = Spaces.StartBefore(text, before);
        if (before > 0 && text[before - 1] is '，' or ',') before = Spaces.StartBefore(text, before - 1);
        return before > 0 && (IsLocal(text[before - 1]) || IsSpokenDigit(text[before - 1]));
    }

    /// <summary>
    /// Where the mailbox name's last digits said as numerals start, with the blank before them ("amy 點 tsai 九零 在 gmail":
    /// tsai then 90), when a Latin mailbox character stands before them; else <paramref name="end"/>.
    /// </summary>
    private static int SpokenDigitsStart(ReadOnlySpan<char> text, int end)
    {
        int i = end;
        while (i > 0 && end - i < MaxSpokenDigits && IsSpokenDigit(text[i - 1])) i--;
        if (i == end || i > 0 && IsSpokenDigit(text[i - 1])) return end;
        int word = IsSpaced(text, i - 1) ? i - 1 : i;
        return word > 0 && IsLocal(text[word - 1]) && CharFolding.KindOf(text[word - 1]) != CharKind.Invisible ? word : end;
    }

    /// <summary>Most digits of a mailbox name said as numerals (a year: 一九八三).</summary>
    private const int MaxSpokenDigits = 4;

    private static bool IsSpokenDigit(char c) => (CharFolding.Fold(c).Evasions & Evasions.ChineseNumerals) != 0 && CharFolding.KindOf(c) == CharKind.Digit;

    // A domain label and a dot after it, or a known provider named alone (det-email41: "在 gmail", "小老鼠 hotmail 那家 點 com").
    private static bool DomainOrProviderFollows(ReadOnlySpan<char> text, int i)
    {
        if (DomainFollows(text, i)) return true;
        int end = i;
        while (end < text.Length && AsciiChars.IsLetter(text[end])) end++;
        return end > i && MailProviders.DomainOf(text.Slice(i, end - i)) is not null
            && (MailProviders.EndsAfterProvider(text, end) || SpelledDotAfterFiller(text, end) >= 0);
    }

    // End of a written-out dot after a word about the provider ("hotmail 那家 點 com"), or -1.
    private static int SpelledDotAfterFiller(ReadOnlySpan<char> text, int i)
    {
        int filler = Spaces.SkipForward(text, i);
        int length = filler < text.Length ? MailProviders.FillerLength(text, filler) : 0;
        return length > 0 ? SpelledDotEnd(text, filler + length) : -1;
    }

    // "kuanyu 點 lin92 在 icloud 點 com": a mailbox name of two words of letters or more joined by a dot, each of three
    // characters or more, is an address's even with no mail word near; "v1.2", "node.js" and "iPhone" are not such names.
    private static bool IsDottedName(System.Text.StringBuilder local)
    {
        int words = 0, run = 0;
        bool startsWithLetter = false;
        for (int i = 0; i <= local.Length; i++)
        {
            if (i == local.Length || local[i] == '.')
            {
                if (run < 3 || !startsWithLetter) return false;
                words++;
                run = 0;
                continue;
            }
            if (run++ == 0) startsWithLetter = char.IsLetter(local[i]);
        }
        return words >= 2;
    }

    // A mailbox name that is no word of prose: it holds a digit or a mark (amy.tsai90, lin_jh, chen-w).
    private static bool IsMailboxShaped(System.Text.StringBuilder local)
    {
        for (int i = 0; i < local.Length; i++) if (local[i] is (>= '0' and <= '9') or '.' or '_' or '-') return true;
        return false;
    }

    private static bool StartsCapitalisedWord(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] is >= 'A' and <= 'Z' && text[i + 1] is >= 'a' and <= 'z';

    /// <summary>
    /// det-a47 (set U55): "…圈圈Aoutlookdotcom", "ms45dothinetdotnet" — a domain typed with "dot" glued between its labels: its
    /// label at <paramref name="from"/> read as the parts between each "dot", where each part is written and the last is a
    /// known top-level domain (so "dotnet" or "anecdote" stay one word); else null. Nothing is built unless "dot" is there.
    /// </summary>
    private static string? GluedDotDomain(ReadOnlySpan<char> text, int from, out int end)
    {
        end = from;
        while (end < text.Length && IsDomain(text[end]) && Fold(text[end]) != '.') end++;
        var label = text.Slice(from, end - from);
        if (label.Length < 8 || label.IndexOf("dot".AsSpan(), StringComparison.OrdinalIgnoreCase) < 0) return null;
        var parts = Folded(label).ToLowerInvariant().Split(new[] { "dot" }, StringSplitOptions.None);
        foreach (var part in parts) if (part.Length == 0) return null;
        return parts.Length > 1 && KnownTopLevelDomains.Contains(parts[parts.Length - 1]) ? string.Join(".", parts) : null;
    }

    // Cheap test before reading a bare "at" (common in English): a word, then a dot or " dot ".
    private static bool DomainFollows(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        while (i < text.Length && IsDomain(text[i]) && Fold(text[i]) != '.') i++;
        return i > start && i < text.Length && (Fold(text[i]) == '.' || SpelledDotEnd(text, i) >= 0);
    }

    private static string Folded(ReadOnlySpan<char> value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        AppendFolded(builder, value);
        return builder.ToString();
    }

    // Start of a written-out dot that ends at i ("wang dot ming", "wang[dot]ming"), or -1.
    private static int SpelledDotStart(ReadOnlySpan<char> text, int i)
    {
        if (i >= BareDot.Length && EqualsWritten(text.Slice(i - BareDot.Length, BareDot.Length), BareDot))
            return i - BareDot.Length;
        int j = IsSpaced(text, i - 1) ? i - 1 : i;
        if (j == 0 || SpelledDotLastChars.IndexOf(Narrow(text[j - 1])) < 0) return -1;
        foreach (var dot in SpelledDotLongestFirst)
        {
            if (j >= dot.Length && EqualsWritten(text.Slice(j - dot.Length, dot.Length), dot))
                return IsSpaced(text, j - dot.Length - 1) && j - dot.Length > 0 ? j - dot.Length - 1 : j - dot.Length;
        }
        return -1;
    }

    // End of a written-out dot at i (optionally surrounded by one space, or det-a47 between two full-width commas:
    // "gmail，點，com"), or -1.
    private static int SpelledDotEnd(ReadOnlySpan<char> text, int i)
    {
        if (i + BareDot.Length <= text.Length && EqualsWritten(text.Slice(i, BareDot.Length), BareDot))
            return i + BareDot.Length;
        bool paused = i < text.Length && text[i] == '，';
        int j = IsSpaced(text, i) || paused ? i + 1 : i;
        if (paused && j + 4 <= text.Length && EqualsWritten(text.Slice(j, 3), "dot") && text[j + 3] == '，') return j + 4; // gmail，dot，com
        if (j >= text.Length || SpelledDotFirstChars.IndexOf(Narrow(text[j])) < 0) return -1;
        foreach (var dot in SpelledDot)
        {
            if (j + dot.Length <= text.Length && EqualsWritten(text.Slice(j, dot.Length), dot))
            {
                int after = j + dot.Length;
                if (paused) return after < text.Length && text[after] == '，' ? after + 1 : -1;
                return IsSpaced(text, after) ? after + 1 : after;
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether <paramref name="written"/> is <paramref name="word"/> ignoring case, width and the kind of space: a Chinese
    /// input method types the words of an address in full width (ａｔ, ｄｏｔ, （ｄｏｔ）, an ideographic space around them).
    /// </summary>
    private static bool EqualsWritten(ReadOnlySpan<char> written, string word)
    {
        if (written.Length != word.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (Narrow(written[i]) != Narrow(word[i])) return false;
        }
        return true;
    }

    // The ASCII form of a full-width character (U+FF01–FF5E) or an ideographic space, lower-cased. Asked for every
    // character compared, mostly ASCII and Han: those are answered here, since the invariant mapping of a character off
    // ASCII goes through ICU; CJK symbols, ideographs and the half-width forms have no case, so only other scripts ask it.
    private static char Narrow(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        else if (c == '\u3000') return ' ';
        if (c < 128) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        return c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF' ? c : char.ToLowerInvariant(c);
    }

    private static void AppendFolded(System.Text.StringBuilder builder, ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            var folded = CharFolding.Fold(c);
            if (folded.Kind == CharKind.Invisible) continue;
            builder.Append(folded.Kind == CharKind.Letter && (folded.Evasions & Evasions.LowerCase) != 0 ? char.ToLowerInvariant(folded.Value) : folded.Value);
        }
    }


    private static char Fold(char c) => CharFolding.Fold(c).Value;

    private static bool HasLetter(System.Text.StringBuilder text)
    {
        for (int i = 0; i < text.Length; i++) if (char.IsLetter(text[i])) return true;
        return false;
    }

    private static bool IsSpaced(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && text[i] is ' ' or '\u3000';

    // "user name wang.hao41，at gmail.com" (det-pieces39): a Chinese writer's pause before the spoken at word.
    private static bool IsFullWidthPause(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && text[i] is '，' or '、';

    // Cyrillic and Greek look-alikes count as the letters they imitate (wаng.ming@…); numerals and styled digits do not.
    internal static bool IsLocal(char c)
    {
        var folded = CharFolding.Fold(c);
        if (folded.Kind == CharKind.Invisible) return true;
        if ((folded.Evasions & Evasions.ChineseNumerals) != 0 || IsListMarker(c)) return false;
        return folded.Kind is CharKind.Digit or CharKind.Letter || folded.Value is '.' or '_' or '%' or '+' or '-';
    }

    /// <summary>
    /// Round 29 (categories of sets U17, U18): styled digits (๔, ۷, ⒍, superscripts) are read in an address as the
    /// digits they stand for, but an enclosed or negative circled digit (①, ⑴, ⒈, ❶, ➀) is how a list numbers its items
    /// and ends the address before it.
    /// </summary>
    private static bool IsListMarker(char c) => c is (>= '\u2460' and <= '\u249B') or (>= '\u2776' and <= '\u2793') or '\u24EA' or (>= '\u24F5' and <= '\u24FF');

    private static bool IsDomain(char c)
    {
        var folded = CharFolding.Fold(c);
        if (folded.Kind == CharKind.Invisible) return true;
        if ((folded.Evasions & Evasions.ChineseNumerals) != 0 || IsListMarker(c)) return false;
        return folded.Kind is CharKind.Digit or CharKind.Letter || folded.Value is '.' or '-';
    }

    private static bool HasTopLevelDomain(ReadOnlySpan<char> domain)
    {
        int dot = -1;
        for (int i = domain.Length - 1; i >= 0; i--) if (Fold(domain[i]) == '.') { dot = i; break; }
        if (dot <= 0 || domain.Length - dot - 1 < 2) return false;
        for (int i = dot + 1; i < domain.Length; i++)
        {
            var folded = CharFolding.Fold(domain[i]);
            if (folded.Kind != CharKind.Letter && folded.Kind != CharKind.Invisible) return false;
        }
        return true;
    }

    private static Evasions EvasionsIn(ReadOnlySpan<char> value)
    {
        var evasions = Evasions.None;
        foreach (char c in value)
        {
            evasions |= CharFolding.Fold(c).Evasions & (Evasions.FullWidth | Evasions.ZeroWidth | Evasions.Homoglyph);
            if (c == '\uFF20') evasions |= Evasions.FullWidth;
        }
        return evasions;
    }

    // Canonical form: full-width folded to ASCII, invisible characters dropped, domain lower-cased.
    private static string Normalize(ReadOnlySpan<char> value)
    {
        var result = new System.Text.StringBuilder(value.Length);
        bool domain = false;
        foreach (char c in value)
        {
            var folded = CharFolding.Fold(c);
            if (folded.Kind == CharKind.Invisible) continue;
            char ascii = folded.Kind == CharKind.Letter ? (folded.Evasions.HasFlag(Evasions.LowerCase) ? char.ToLowerInvariant(folded.Value) : folded.Value) : folded.Value;
            if (c is '@' or '\uFF20')
            {
                ascii = '@';
                domain = true;
            }
            result.Append(domain ? char.ToLowerInvariant(ascii) : ascii);
        }
        return result.ToString();
    }
}
