namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Every recognizer the engine knows, in priority order (earlier wins a tie). Adding a type is one line here and one
/// file in this folder.
/// </summary>
internal static class RecognizerCatalog
{
    private static readonly ChainRecognizer[] AllChainRecognizers =
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

    private static readonly AnchoredRecognizer[] AllAnchoredRecognizers =
    {
        new EmailRecognizer(),
        new Anchored.DateOfBirthRecognizer(),
        new Anchored.PersonNameRecognizer(),
        new Anchored.AddressRecognizer(),
    };

    public static ChainRecognizer[] ChainRecognizers(ScannerOptions options) => Enabled(AllChainRecognizers, options, static r => r.Type);

    public static AnchoredRecognizer[] AnchoredRecognizers(ScannerOptions options) => Enabled(AllAnchoredRecognizers, options, static r => r.Type);

    private static T[] Enabled<T>(T[] all, ScannerOptions options, Func<T, string> typeOf)
    {
        var enabled = new List<T>(all.Length);
        foreach (var recognizer in all) if (options.IsEnabled(typeOf(recognizer))) enabled.Add(recognizer);
        return enabled.ToArray();
    }
}
