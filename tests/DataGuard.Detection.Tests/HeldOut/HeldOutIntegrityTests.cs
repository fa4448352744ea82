using DataGuard.Detection.Tests.Corpus;
using PhoneNumbers;

namespace DataGuard.Detection.Tests.HeldOut;

/// <summary>Proves the held-out labels are real values, so that a miss is the engine's fault and not the set's.</summary>
public sealed class HeldOutIntegrityTests
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    [Fact]
    public void Held_out_set_has_the_promised_size()
    {
        Assert.True(HeldOutSet.Prompts.Count + HeldOutSet.Obfuscated.Count >= 300);
        Assert.True(HeldOutSet.Obfuscated.Count >= 100);
        Assert.True(HeldOutSet.Negatives.Count >= 120);
    }

    [Fact]
    public void Every_core_type_is_labelled_in_the_prompts() =>
        Assert.All(EntityTypes.Core, type => Assert.Contains(HeldOutSet.Prompts, e => e.Labelled.Spans.Any(s => s.Type == type)));

    [Fact]
    public void Every_obfuscated_line_hides_a_value() =>
        Assert.All(HeldOutSet.Obfuscated, e => Assert.NotEmpty(e.Labelled.Spans));

    [Fact]
    public void Hard_negatives_carry_no_labels() =>
        Assert.All(HeldOutSet.Negatives, e => Assert.Empty(e.Labelled.Spans));

    [Fact]
    public void Labelled_ids_pass_their_checksum_and_phones_are_valid_numbers()
    {
        var bad = new List<string>();
        foreach (var example in HeldOutSet.Prompts)
        {
            foreach (var span in example.Labelled.Spans)
            {
                string value = example.Labelled.Text.Substring(span.Start, span.Length);
                bool ok = span.Type switch
                {
                    EntityTypes.NationalId or EntityTypes.ResidentCertificate =>
                        ReferenceChecksums.IsValidTaiwanId(value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)),
                    EntityTypes.CreditCard => ReferenceChecksums.PassesLuhn(new string(value.Where(char.IsAsciiDigit).ToArray())),
                    EntityTypes.PhoneNumber => IsValidPhone(value),
                    _ => true,
                };
                if (!ok) bad.Add($"{example.Location} {span}");
            }
        }
        Assert.True(bad.Count == 0, "Invalid labels: " + string.Join("; ", bad));
    }

    // "886-912-…" without a plus is how some people write it; libphonenumber needs the plus to read the country code.
    // "00886…" is dialled from abroad (most countries use 00); from Taiwan the prefixes are 002/009/019, which region TW reads.
    private static bool IsValidPhone(string value)
    {
        string text = value.Replace("(0)", string.Empty, StringComparison.Ordinal);
        if (text.StartsWith("886", StringComparison.Ordinal)) text = "+" + text;
        return IsValid(text) || (text.StartsWith("00", StringComparison.Ordinal) && IsValid("+" + text[2..]));
    }

    private static bool IsValid(string text)
    {
        try
        {
            return Phones.IsValidNumber(Phones.Parse(text, "TW"));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
