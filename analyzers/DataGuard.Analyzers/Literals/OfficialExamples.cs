using System;
using System.Collections.Generic;

namespace DataGuard.Analyzers.Literals;

/// <summary>
/// Numbers that are valid by checksum but belong to nobody: the worked examples and test vectors published with the
/// national ID and resident certificate rules (shared/docs/taiwan-formats.md), the Luhn example used there, and the test
/// card numbers payment providers publish for sandboxes. Code may quote them freely.
/// </summary>
internal static class OfficialExamples
{
    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        // National ID and resident certificate test vectors (taiwan-formats.md §(a)–(b)).
        "A123456789", "AA00000009", "AB00000001", "AC00000003", "AD00000005", "AC01234567",
        "A800000014", "A800000005", "A900000007",
        // Luhn worked example (taiwan-formats.md §(e)).
        "4539319503436467",
        // Sandbox card numbers published by payment providers (Stripe, Adyen, PayPal, Braintree test-card lists).
        "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222", "4000056655665556",
        "4000000000000002", "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222",
        "378282246310005", "371449635398431", "378734493671000", "6011111111111117", "6011000990139424",
        "3530111333300000", "3566002020360505", "30569309025904", "38520000023237", "36227206271667",
        "6200000000000005", "6250941006528599",
    };

    /// <summary>True when <paramref name="canonical"/> (upper-case letters and digits only) is a published example.</summary>
    public static bool Contains(string canonical) => Numbers.Contains(canonical);
}
