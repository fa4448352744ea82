namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The kinds of mark that part the fields or cells of a row typed by hand or exported (round 39: five readers kept a set
/// each). <see cref="TableCell.DelimiterOf"/> chooses a table's one delimiter among them; a reader that walks a row asks
/// <see cref="RowDelimiters.Is"/> with the kinds it takes. The ASCII form and the form a Chinese input method types
/// (／ ｜ ， ；) are always one kind.
/// </summary>
[Flags]
internal enum FieldMarks
{
    None = 0,

    /// <summary>/ and ／ (孫○柏／T2…／ZT-…).</summary>
    Slash = 1,

    /// <summary>| and ｜, a Markdown or hand-typed table's bar.</summary>
    Bar = 2,

    /// <summary>, and ，.</summary>
    Comma = 4,

    /// <summary>; and ；, as a spreadsheet in a European locale exports CSV.</summary>
    Semicolon = 8,

    /// <summary>A tab, as a spreadsheet copies its cells.</summary>
    Tab = 16,

    /// <summary>The enumeration comma 、, a hand-typed roster's (吳○芳、TB…、0896-…).</summary>
    ListMark = 32,

    /// <summary>A line break: the record's last field ends with its line.</summary>
    LineBreak = 64,

    /// <summary>( and （, opening an aside beside a name (吳宗翰（男）…).</summary>
    OpeningBracket = 128,

    /// <summary>The ideographic space, a fixed-width roll's gap typed with a Chinese input method.</summary>
    WideGap = 256,

    /// <summary>The middle dot, as a signature parts its contact details (0771 234 567 · name@…).</summary>
    MiddleDot = 512,

    /// <summary>The marks every row reader takes: slashes, bars, commas, semicolons and tabs.</summary>
    Row = Slash | Bar | Comma | Semicolon | Tab,

    /// <summary>
    /// The cells of a roster (<see cref="NationalityCell"/>): a row's marks and the enumeration comma.
    /// </summary>
    RosterCells = Row | ListMark,

    /// <summary>
    /// The fields of a person's record (<see cref="PersonRecord"/>): a row's marks, and the line's end. The enumeration comma
    /// is kept out as it was written: beside a record's first field it closes a list item's number (2、), which
    /// PersonRecord reads on its own.
    /// </summary>
    RecordFields = Row | LineBreak,

    /// <summary>
    /// The fields around a person's name (<see cref="NamedHolder"/>): a roster's cells, and a bracket opening an aside after
    /// the name (sex, age, role).
    /// </summary>
    NameFields = RosterCells | OpeningBracket,

    /// <summary>
    /// Where a Latin name's first field ends (<see cref="ForeignPersonRow"/>): the name's fields, and a fixed-width roll's
    /// ideographic space.
    /// </summary>
    LatinNameEnd = NameFields | WideGap,

    /// <summary>
    /// What parts a number from an e-mail address on a contact line (<see cref="ForeignNumberContext.SharesLineWithAddress"/>):
    /// a signature's marks — slashes, bars, commas and the middle dot. A tab or a semicolon parts an export's cells, where an
    /// address column says nothing of whose the number beside it is; kept out as it was written.
    /// </summary>
    ContactLine = Slash | Bar | Comma | MiddleDot,
}

/// <summary>The one table of <see cref="FieldMarks"/>: which kind of mark a character is.</summary>
internal static class RowDelimiters
{
    /// <summary>Whether <paramref name="c"/> is a mark of one of <paramref name="kinds"/>.</summary>
    public static bool Is(char c, FieldMarks kinds) => (KindOf(c) & kinds) != 0;

    /// <summary>The kind of mark <paramref name="c"/> is, or <see cref="FieldMarks.None"/>.</summary>
    public static FieldMarks KindOf(char c) => c switch
    {
        '/' or '／' => FieldMarks.Slash,
        '|' or '｜' => FieldMarks.Bar,
        ',' or '，' => FieldMarks.Comma,
        ';' or '；' => FieldMarks.Semicolon,
        '\t' => FieldMarks.Tab,
        '、' => FieldMarks.ListMark,
        '\n' or '\r' => FieldMarks.LineBreak,
        '(' or '（' => FieldMarks.OpeningBracket,
        '\u3000' => FieldMarks.WideGap,
        '·' => FieldMarks.MiddleDot,
        _ => FieldMarks.None,
    };
}
