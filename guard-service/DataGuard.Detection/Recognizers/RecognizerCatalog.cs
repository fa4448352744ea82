namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Every built-in recognizer, in priority order (earlier wins a tie). Adding a type is one line here and one file in
/// this folder; <see cref="RecognizerRegistry"/> derives the list of known entity types from these.
/// </summary>
internal static class RecognizerCatalog
{
    public static readonly ChainRecognizer[] AllChainRecognizers =
    {
        new NationalIdRecognizer(),
        new ResidentCertificateRecognizer(),
        new PhoneNumberRecognizer(),
        new CreditCardRecognizer(),
        new LicensePlateRecognizer(),
        LabelledNumberRecognizer.Declared[0],
        LabelledNumberRecognizer.Declared[1],
        LabelledNumberRecognizer.Declared[2],
    };

    public static readonly AnchoredRecognizer[] AllAnchoredRecognizers =
    {
        new EmailRecognizer(),
        new Anchored.DateOfBirthRecognizer(),
        new Anchored.PersonNameRecognizer(),
        new Anchored.AddressRecognizer(),
        new Parts.StatedLetterRecognizer(),
        new Parts.ValueAcrossCellsRecognizer(),
        new Parts.TailFirstRecognizer(),
    };
}
