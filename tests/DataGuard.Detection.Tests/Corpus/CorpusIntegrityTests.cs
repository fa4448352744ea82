using System.Globalization;
using System.Text;

namespace DataGuard.Detection.Tests.Corpus;

/// <summary>The corpus itself is what it claims to be: big enough, validly labelled, and covering every disguise.</summary>
public sealed class CorpusIntegrityTests
{
    [Fact]
    public void Corpus_has_the_promised_size()
    {
        Assert.True(LabelledCorpus.Realistic.Count >= 400, $"{LabelledCorpus.Realistic.Count} realistic lines; 400 promised.");
        Assert.True(LabelledCorpus.Obfuscated.Count >= 60, $"{LabelledCorpus.Obfuscated.Count} obfuscated lines; 60 promised.");
        Assert.True(LabelledCorpus.HardNegatives.Count >= 150, $"{LabelledCorpus.HardNegatives.Count} hard negatives; 150 promised.");
    }

    [Fact]
    public void Every_core_type_is_labelled_in_realistic_and_obfuscated_lines()
    {
        foreach (var type in EntityTypes.Core)
        {
            Assert.Contains(LabelledCorpus.Realistic, e => e.Labelled.Spans.Any(s => s.Type == type));
            Assert.Contains(LabelledCorpus.Obfuscated, e => e.Labelled.Spans.Any(s => s.Type == type));
        }
    }

    [Fact]
    public void Every_obfuscated_line_hides_a_value() =>
        Assert.All(LabelledCorpus.Obfuscated, e => Assert.NotEmpty(e.Labelled.Spans));

    [Fact]
    public void Hard_negatives_carry_no_labels() =>
        Assert.All(LabelledCorpus.HardNegatives, e => Assert.Empty(e.Labelled.Spans));

    [Fact]
    public void Labelled_ids_and_cards_have_valid_checksums()
    {
        foreach (var example in LabelledCorpus.Realistic)
        {
            foreach (var span in example.Labelled.Spans)
            {
                string value = example.Labelled.Text.Substring(span.Start, span.Length);
                bool valid = span.Type switch
                {
                    EntityTypes.NationalId => ReferenceChecksums.IsValidTaiwanId(value) && value[1] is '1' or '2',
                    EntityTypes.ResidentCertificate => ReferenceChecksums.IsValidTaiwanId(value) && value[1] is not ('1' or '2'),
                    EntityTypes.CreditCard => ReferenceChecksums.PassesLuhn(new string(value.Where(char.IsAsciiDigit).ToArray())),
                    _ => true,
                };
                Assert.True(valid, $"{example.Location}: {span} is not a valid value.");
            }
        }
    }

    [Fact]
    public void Labelled_plates_follow_the_format_rules()
    {
        foreach (var example in LabelledCorpus.Realistic)
        {
            foreach (var span in example.Labelled.Spans.Where(s => s.Type == EntityTypes.LicensePlate))
            {
                string plate = example.Labelled.Text.Substring(span.Start, span.Length);
                var letters = plate.Where(char.IsAsciiLetterUpper).ToList();
                Assert.True(plate.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'), $"{example.Location}: {span} has a stray character.");
                Assert.True(letters.Count is 2 or 3, $"{example.Location}: {span} has {letters.Count} letters.");
                if (letters.Count == 3)
                    Assert.True(!letters.Contains('I') && !letters.Contains('O') && !plate.Contains('4'), $"{example.Location}: {span} breaks the 2012 scheme.");
            }
        }
    }

    [Fact]
    public void Obfuscated_subset_covers_every_evasion()
    {
        string all = string.Concat(LabelledCorpus.Obfuscated.Select(e => e.Labelled.Text));
        Assert.Contains(all, c => c is >= '\uFF01' and <= '\uFF5E');                       // full-width forms
        Assert.Contains(all, c => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'); // zero-width
        Assert.Contains(all, c => c is >= '\u0410' and <= '\u042F');                       // Cyrillic capitals
        Assert.Contains(all, c => c is >= '\u0391' and <= '\u03A9');                       // Greek capitals
        Assert.Contains(all, c => "零〇么壹貳參".Contains(c));                               // Chinese numerals
        Assert.Contains(LabelledCorpus.Obfuscated, e => e.Labelled.Spans.Any(s =>
            e.Labelled.Text.Substring(s.Start, s.Length).Any(char.IsAsciiLetterLower) && s.Type != EntityTypes.EmailAddress)); // lower case
        Assert.Contains(LabelledCorpus.Obfuscated, e => e.Labelled.Spans.Any(s =>
            e.Labelled.Text.Substring(s.Start, s.Length).Count(c => c is ' ' or '.') >= 3 && s.Type == EntityTypes.NationalId)); // separators
    }
}
