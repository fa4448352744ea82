namespace DataGuard.Analyzers.Literals;

/// <summary>A checksum-valid personal number inside a piece of source text: where it is and what it is.</summary>
internal readonly struct PersonalNumberMatch
{
    public PersonalNumberMatch(int start, int length, PersonalNumberKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    /// <summary>Offset in the scanned text.</summary>
    public int Start { get; }

    /// <summary>Length in the scanned text, separators included.</summary>
    public int Length { get; }

    public PersonalNumberKind Kind { get; }

    /// <summary>How the kind is named in the diagnostic message.</summary>
    public string Description => Kind switch
    {
        PersonalNumberKind.NationalId => "national ID",
        PersonalNumberKind.ResidentCertificate => "resident certificate number",
        _ => "payment card number",
    };
}
