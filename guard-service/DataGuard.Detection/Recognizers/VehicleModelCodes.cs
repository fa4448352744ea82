namespace DataGuard.Detection.Recognizers;

/// <summary>
/// Well-known vehicle model families whose names are written in a plate's older shapes (two or three letters, a hyphen,
/// two or three digits): a scooter's or motorcycle's series and its engine size, a car's series and its number. A deny
/// list in Presidio's sense — it only lowers a reading's score, and a plate label or a plate column right before the
/// value still names it a plate (a real plate may share the letters and digits of a model).
/// Source: the makers' Taiwan line-ups (SYM, KYMCO, Yamaha, Suzuki, Honda, Kawasaki, KTM, Vespa, Aprilia, Benelli, PGO,
/// Hartford) and the model names of car makers sold in Taiwan (Mazda, Volvo, Lexus, Mercedes-Benz, Infiniti, Audi,
/// Hyundai, Toyota); the numbers are the models' own (engine sizes, series numbers), not ranges.
/// </summary>
internal static class VehicleModelCodes
{
    /// <summary>(series letters, its model numbers separated by spaces). Only series of two or three letters take a plate's shape.</summary>
    private static readonly (string Series, string Numbers)[] Families =
    {
        // two-wheelers: SYM
        ("DRG", "158"), ("SL", "125 158"), ("SR", "125 400"), ("FNX", "125"), ("WOO", "100 115"), ("GT", "125"),
        ("TL", "500 508"), ("RV", "250 270"), ("MIO", "50 100 115"),
        // KYMCO
        ("KRV", "180"), ("AK", "550"), ("VJR", "50 110 125"), ("KRN", "125 160"), ("RCS", "125 150"), ("CT", "125 250 300"), ("DTX", "360"),
        ("GP", "125"), ("KXR", "250"),
        // Yamaha
        ("BWS", "50 100 125 150"), ("MT", "03 07 09 10 15 25 125"), ("XSR", "125 155 700 900"), ("JOG", "50 90 100 125"), ("GTR", "125"),
        ("RS", "50 125 250 457 660"), ("FZ", "1 6 8 16 150"), ("WR", "125 155 250 450"), ("YZ", "65 85 125 250 450"),
        ("TW", "200 225"), ("NVX", "125 155"),
        // Suzuki
        ("GSX", "125 150 250 400 600 750"), ("GSR", "125 150 250 400 600 750"), ("SV", "400 650"), ("DL", "250 650 800"), ("GN", "125 250"),
        ("GZ", "125 150 250"), ("DR", "125 200 350 650"), ("RM", "85 125 250"), ("UY", "125"), ("NEX", "110 115"), ("RG", "125 250"),
        ("VZ", "800"), ("GS", "125 150 500 750"),
        // Honda
        ("CBR", "125 150 250 300 400 500 600 650 900"), ("CB", "125 150 190 250 300 350 400 500 650 750 900"), ("CRF", "110 125 150 230 250 300 450"),
        ("XR", "100 125 150 190 230 250 400 600 650"), ("NSS", "250 300 350"), ("PCX", "125 150 160"), ("ADV", "150 160 350"), ("NC", "700 750"),
        ("CMX", "250 300 500"), ("NSR", "150 250"), ("CRM", "250"), ("MSX", "125"), ("VFR", "400 750 800"), ("CBF", "125 150 190 600"),
        ("SH", "125 150 300 350"), ("DIO", "50 110"), ("CTX", "700"), ("VT", "250 600 750"),
        // Kawasaki
        ("ZX", "4 6 10 14 25 400 600 636"), ("ER", "5 6"), ("KLX", "110 140 150 230 250 300 450"), ("KX", "65 85 100 125 250 450"),
        ("EX", "250 300 400 500"), ("VN", "650 750 800 900"), ("KSR", "110"), ("ZZR", "250 400 600"), ("KLE", "250 400 500"), ("EN", "500 650"),
        ("ZRX", "400"),
        // KTM, Vespa, Aprilia, Benelli, PGO, Hartford
        ("RC", "125 200 250 390"), ("EXC", "125 250 300 350 450 500"), ("SX", "50 65 85 125 150 250 350 450"), ("GTS", "125 150 250 300"),
        ("GTV", "250 300"), ("LX", "50 125 150"), ("LXV", "125 150"), ("ET", "4 8"), ("TRK", "251 502 702"), ("BN", "125 251 302 600"),
        ("TNT", "125 135 300 600 899"), ("BON", "125"), ("PMX", "110"), ("VR", "125 150"),
        // cars: Mazda, Volvo, Lexus, Mercedes-Benz, Infiniti, Audi, Hyundai, Toyota
        ("CX", "3 5 7 9 30 50 60 70 80 90"), ("MX", "3 5 6 30"), ("RX", "7 8 200 270 300 330 350 400 450 500"), ("XC", "40 60 70 90"),
        ("ES", "200 240 250 300 330 350"), ("IS", "200 250 300 350 500"), ("LS", "400 430 460 500 600"), ("NX", "200 250 300 350 400 450"),
        ("UX", "200 250 300"), ("LX", "450 470 500 570 600"), ("LM", "300 350 500"), ("HS", "250"), ("GX", "460 470 550"), ("RZ", "300 450"),
        ("GLA", "180 200 250 35 45"), ("GLB", "180 200 250 35"), ("GLC", "200 220 250 300 350 43 63"), ("GLE", "300 350 400 450 53 63"),
        ("GLS", "350 400 450 500 580 600"), ("CLA", "180 200 250 35 45"), ("CLS", "300 350 400 450 500 53 63"), ("SLK", "200 230 250 280 350"),
        ("SLC", "180 200 300"), ("SL", "280 350 400 500 55 63"), ("ML", "320 350 400 500"), ("GL", "350 450 500"), ("EQA", "250"),
        ("EQB", "250 300 350"), ("EQC", "400"), ("EQE", "300 350 500"), ("EQS", "450 500 580"), ("QX", "30 50 55 56 60 70 80"),
        ("FX", "35 37 45 50"), ("JX", "35"), ("SQ", "5 7 8"), ("IX", "35 55"), ("GR", "86"), ("GT", "86"),
    };

    private static readonly HashSet<long> Known = Build();

    /// <summary>The list itself, for the tests that generate its codes in every context.</summary>
    internal static IReadOnlyList<(string Series, string Numbers)> Entries => Families;

    /// <summary>
    /// Whether <paramref name="letters"/> (upper case, as a chain folds them) and <paramref name="digits"/> name a model of
    /// the list: a series and one of its own numbers.
    /// </summary>
    public static bool IsKnownModel(ReadOnlySpan<char> letters, ReadOnlySpan<char> digits) =>
        letters.Length is 2 or 3 && digits.Length is >= 1 and <= 3 && Key(letters, digits) is long key && Known.Contains(key);

    private static HashSet<long> Build()
    {
        var known = new HashSet<long>();
        foreach (var (series, numbers) in Families)
        {
            foreach (var number in numbers.Split(' '))
            {
                if (Key(series.AsSpan(), number.AsSpan()) is long key) known.Add(key);
            }
        }
        return known;
    }

    // The letters in base 27 (A=1…Z=26), then the digits with their count (MT-03 is not MT-3): no allocation per lookup.
    private static long? Key(ReadOnlySpan<char> letters, ReadOnlySpan<char> digits)
    {
        long key = 0;
        foreach (char c in letters)
        {
            if (c is < 'A' or > 'Z') return null;
            key = key * 27 + (c - 'A' + 1);
        }
        foreach (char d in digits)
        {
            if (d is < '0' or > '9') return null;
            key = key * 10 + (d - '0');
        }
        return key * 4 + digits.Length;
    }
}
