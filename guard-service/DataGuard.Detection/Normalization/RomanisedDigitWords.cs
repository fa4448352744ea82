namespace DataGuard.Detection.Normalization;

/// <summary>The tongues whose digit words <see cref="RomanisedDigitWords"/> lists: each is one language of a run.</summary>
internal enum SpokenTongue
{
    Hokkien,
    Hakka,
    Cantonese,
    ThaiRomanised,
    Romaji,
    KoreanRomanised,
    Spanish,
    VietnameseBare,
    Tagalog,
}

/// <summary>
/// det-spoken44 (issue 9, sets U46/U48): digits read aloud in romanisations and in languages the first word list left out —
/// Taiwanese Hokkien in Tâi-lô and Pe̍h-ōe-jī (khòng it jī sann sì gōo la̍k tshit pat káu), Hakka in the Taiwan Ministry of
/// Education's spelling and its older forms (lìn yit ngi sam si ńg liuk tshit pat kiú), Cantonese in Jyutping and Yale
/// (ling yat yi saam sei ng luk chat baat gau), Thai romanised, Japanese romaji, Korean romanised (Revised and
/// McCune–Reischauer), Spanish, Vietnamese typed without its diacritics, and Tagalog's "wala" said for 0. Data only: one
/// row a word; <see cref="NumberWords"/> files them with its own words and reads them as one reader, only in a run of seven
/// words of one tongue (a value's length) — every one of these is also a syllable of ordinary romanised prose or a name
/// (it, go, sa, Lin, Ng, chat, song), and no shorter run tells a number from a sentence.
/// </summary>
internal static class RomanisedDigitWords
{
    /// <summary>
    /// Each word with its digit and tongue, with and without tone marks (combining marks and ⁿ kept as written: la̍k, saⁿ).
    /// Hokkien: the colloquial and literary readings people say digits in (sann/sam, gōo/ngóo, pat/peh, káu/kiú) and 空
    /// khòng for 0 as phone numbers are said. Hakka (Sixian): lìn for 0, ńg/ng for 5. Cantonese: ng and m for 5.
    /// </summary>
    public static readonly (string Word, char Digit, SpokenTongue Tongue)[] Words =
    {
        ("khòng", '0', SpokenTongue.Hokkien), ("khong", '0', SpokenTongue.Hokkien), ("lîng", '0', SpokenTongue.Hokkien), ("ling", '0', SpokenTongue.Hokkien),
        ("it", '1', SpokenTongue.Hokkien), ("tsi̍t", '1', SpokenTongue.Hokkien), ("chi̍t", '1', SpokenTongue.Hokkien),
        ("jī", '2', SpokenTongue.Hokkien), ("ji", '2', SpokenTongue.Hokkien), ("lī", '2', SpokenTongue.Hokkien), ("li", '2', SpokenTongue.Hokkien),
        ("gī", '2', SpokenTongue.Hokkien), ("gi", '2', SpokenTongue.Hokkien), ("nn̄g", '2', SpokenTongue.Hokkien), ("nng", '2', SpokenTongue.Hokkien),
        ("sann", '3', SpokenTongue.Hokkien), ("saⁿ", '3', SpokenTongue.Hokkien), ("sa", '3', SpokenTongue.Hokkien), ("sam", '3', SpokenTongue.Hokkien),
        ("sì", '4', SpokenTongue.Hokkien), ("si", '4', SpokenTongue.Hokkien), ("sù", '4', SpokenTongue.Hokkien), ("su", '4', SpokenTongue.Hokkien),
        ("gōo", '5', SpokenTongue.Hokkien), ("goo", '5', SpokenTongue.Hokkien), ("gō͘", '5', SpokenTongue.Hokkien), ("gō", '5', SpokenTongue.Hokkien),
        ("go", '5', SpokenTongue.Hokkien), ("ngóo", '5', SpokenTongue.Hokkien), ("ngoo", '5', SpokenTongue.Hokkien), ("ngó͘", '5', SpokenTongue.Hokkien),
        ("la̍k", '6', SpokenTongue.Hokkien), ("lak", '6', SpokenTongue.Hokkien), ("lio̍k", '6', SpokenTongue.Hokkien), ("liok", '6', SpokenTongue.Hokkien),
        ("tshit", '7', SpokenTongue.Hokkien), ("chhit", '7', SpokenTongue.Hokkien),
        ("pat", '8', SpokenTongue.Hokkien), ("peh", '8', SpokenTongue.Hokkien), ("peeh", '8', SpokenTongue.Hokkien), ("poeh", '8', SpokenTongue.Hokkien),
        ("káu", '9', SpokenTongue.Hokkien), ("kau", '9', SpokenTongue.Hokkien), ("kiú", '9', SpokenTongue.Hokkien), ("kiu", '9', SpokenTongue.Hokkien),

        ("lìn", '0', SpokenTongue.Hakka), ("lin", '0', SpokenTongue.Hakka), ("liang", '0', SpokenTongue.Hakka), ("lang", '0', SpokenTongue.Hakka),
        ("yit", '1', SpokenTongue.Hakka), ("jit", '1', SpokenTongue.Hakka), ("it", '1', SpokenTongue.Hakka),
        ("ngi", '2', SpokenTongue.Hakka), ("ngì", '2', SpokenTongue.Hakka), ("ngí", '2', SpokenTongue.Hakka), ("ni", '2', SpokenTongue.Hakka),
        ("sam", '3', SpokenTongue.Hakka), ("sâm", '3', SpokenTongue.Hakka), ("si", '4', SpokenTongue.Hakka), ("sì", '4', SpokenTongue.Hakka),
        ("ńg", '5', SpokenTongue.Hakka), ("ng", '5', SpokenTongue.Hakka), ("ǹg", '5', SpokenTongue.Hakka),
        ("liuk", '6', SpokenTongue.Hakka), ("liu̍k", '6', SpokenTongue.Hakka), ("tshit", '7', SpokenTongue.Hakka), ("chhit", '7', SpokenTongue.Hakka),
        ("cit", '7', SpokenTongue.Hakka), ("pat", '8', SpokenTongue.Hakka), ("bat", '8', SpokenTongue.Hakka),
        ("kiú", '9', SpokenTongue.Hakka), ("kiu", '9', SpokenTongue.Hakka), ("giu", '9', SpokenTongue.Hakka),

        ("ling", '0', SpokenTongue.Cantonese), ("lìhng", '0', SpokenTongue.Cantonese), ("leng", '0', SpokenTongue.Cantonese),
        ("yat", '1', SpokenTongue.Cantonese), ("jat", '1', SpokenTongue.Cantonese), ("yāt", '1', SpokenTongue.Cantonese),
        ("yi", '2', SpokenTongue.Cantonese), ("ji", '2', SpokenTongue.Cantonese), ("yih", '2', SpokenTongue.Cantonese),
        ("saam", '3', SpokenTongue.Cantonese), ("sāam", '3', SpokenTongue.Cantonese), ("sei", '4', SpokenTongue.Cantonese), ("sey", '4', SpokenTongue.Cantonese),
        ("ng", '5', SpokenTongue.Cantonese), ("m", '5', SpokenTongue.Cantonese), ("ńgh", '5', SpokenTongue.Cantonese),
        ("luk", '6', SpokenTongue.Cantonese), ("luhk", '6', SpokenTongue.Cantonese), ("chat", '7', SpokenTongue.Cantonese), ("cat", '7', SpokenTongue.Cantonese),
        ("baat", '8', SpokenTongue.Cantonese), ("bat", '8', SpokenTongue.Cantonese), ("gau", '9', SpokenTongue.Cantonese), ("gáu", '9', SpokenTongue.Cantonese),

        ("sun", '0', SpokenTongue.ThaiRomanised), ("soon", '0', SpokenTongue.ThaiRomanised), ("suun", '0', SpokenTongue.ThaiRomanised),
        ("nueng", '1', SpokenTongue.ThaiRomanised), ("neung", '1', SpokenTongue.ThaiRomanised), ("nung", '1', SpokenTongue.ThaiRomanised),
        ("song", '2', SpokenTongue.ThaiRomanised), ("sawng", '2', SpokenTongue.ThaiRomanised), ("sam", '3', SpokenTongue.ThaiRomanised), ("saam", '3', SpokenTongue.ThaiRomanised),
        ("si", '4', SpokenTongue.ThaiRomanised), ("see", '4', SpokenTongue.ThaiRomanised), ("ha", '5', SpokenTongue.ThaiRomanised), ("haa", '5', SpokenTongue.ThaiRomanised),
        ("hok", '6', SpokenTongue.ThaiRomanised), ("chet", '7', SpokenTongue.ThaiRomanised), ("jet", '7', SpokenTongue.ThaiRomanised),
        ("paet", '8', SpokenTongue.ThaiRomanised), ("baet", '8', SpokenTongue.ThaiRomanised), ("kao", '9', SpokenTongue.ThaiRomanised), ("gao", '9', SpokenTongue.ThaiRomanised),

        ("zero", '0', SpokenTongue.Romaji), ("rei", '0', SpokenTongue.Romaji), ("maru", '0', SpokenTongue.Romaji), ("ichi", '1', SpokenTongue.Romaji),
        ("ni", '2', SpokenTongue.Romaji), ("nii", '2', SpokenTongue.Romaji), ("san", '3', SpokenTongue.Romaji), ("yon", '4', SpokenTongue.Romaji),
        ("shi", '4', SpokenTongue.Romaji), ("go", '5', SpokenTongue.Romaji), ("goo", '5', SpokenTongue.Romaji), ("roku", '6', SpokenTongue.Romaji),
        ("nana", '7', SpokenTongue.Romaji), ("shichi", '7', SpokenTongue.Romaji), ("hachi", '8', SpokenTongue.Romaji),
        ("kyu", '9', SpokenTongue.Romaji), ("kyuu", '9', SpokenTongue.Romaji), ("kyū", '9', SpokenTongue.Romaji), ("ku", '9', SpokenTongue.Romaji),

        ("gong", '0', SpokenTongue.KoreanRomanised), ("kong", '0', SpokenTongue.KoreanRomanised), ("yeong", '0', SpokenTongue.KoreanRomanised),
        ("young", '0', SpokenTongue.KoreanRomanised), ("il", '1', SpokenTongue.KoreanRomanised), ("i", '2', SpokenTongue.KoreanRomanised),
        ("ee", '2', SpokenTongue.KoreanRomanised), ("sam", '3', SpokenTongue.KoreanRomanised), ("sa", '4', SpokenTongue.KoreanRomanised),
        ("o", '5', SpokenTongue.KoreanRomanised), ("yuk", '6', SpokenTongue.KoreanRomanised),
        ("ryuk", '6', SpokenTongue.KoreanRomanised), ("chil", '7', SpokenTongue.KoreanRomanised), ("pal", '8', SpokenTongue.KoreanRomanised),
        ("gu", '9', SpokenTongue.KoreanRomanised), ("ku", '9', SpokenTongue.KoreanRomanised),

        ("cero", '0', SpokenTongue.Spanish), ("uno", '1', SpokenTongue.Spanish), ("dos", '2', SpokenTongue.Spanish), ("tres", '3', SpokenTongue.Spanish),
        ("cuatro", '4', SpokenTongue.Spanish), ("cinco", '5', SpokenTongue.Spanish), ("seis", '6', SpokenTongue.Spanish), ("siete", '7', SpokenTongue.Spanish),
        ("ocho", '8', SpokenTongue.Spanish), ("nueve", '9', SpokenTongue.Spanish),

        ("khong", '0', SpokenTongue.VietnameseBare), ("linh", '0', SpokenTongue.VietnameseBare), ("lẻ", '0', SpokenTongue.VietnameseBare),
        ("le", '0', SpokenTongue.VietnameseBare), ("mot", '1', SpokenTongue.VietnameseBare), ("hai", '2', SpokenTongue.VietnameseBare),
        ("ba", '3', SpokenTongue.VietnameseBare), ("bon", '4', SpokenTongue.VietnameseBare), ("nam", '5', SpokenTongue.VietnameseBare),
        ("lam", '5', SpokenTongue.VietnameseBare), ("sau", '6', SpokenTongue.VietnameseBare), ("bay", '7', SpokenTongue.VietnameseBare),
        ("tam", '8', SpokenTongue.VietnameseBare), ("chin", '9', SpokenTongue.VietnameseBare),

        // Tagalog's own words read in a run of three already (NumberWords); "wala" (none) is said for 0 only in a long run.
        ("wala", '0', SpokenTongue.Tagalog),
    };
}
