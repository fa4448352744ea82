namespace DataGuard.Detection.Tests.Corpus;

public sealed class CorpusMarkupTests
{
    [Fact]
    public void Label_becomes_plain_text_with_its_span()
    {
        var parsed = CorpusMarkup.Parse("身分證字號[[TW_NATIONAL_ID:A123456789]]，手機[[PHONE_NUMBER:0912-345-678]]");

        Assert.Equal("身分證字號A123456789，手機0912-345-678", parsed.Text);
        Assert.Equal([new LabelledSpan(EntityTypes.NationalId, 5, 10), new LabelledSpan(EntityTypes.PhoneNumber, 18, 12)], parsed.Spans);
        Assert.Equal("0912-345-678", parsed.Text.Substring(parsed.Spans[1].Start, parsed.Spans[1].Length));
    }

    [Fact]
    public void Offsets_are_utf16_code_units_after_surrogate_pairs()
    {
        var parsed = CorpusMarkup.Parse("😂 [[EMAIL_ADDRESS:a.b@example.com]]");

        Assert.Equal(3, parsed.Spans[0].Start);
        Assert.Equal("a.b@example.com", parsed.Text[3..]);
    }

    [Fact]
    public void Escaped_line_feed_counts_as_one_character()
    {
        var parsed = CorpusMarkup.Parse(@"姓名：王小明\n電話：[[PHONE_NUMBER:02-2345-6789]]");

        Assert.Equal("姓名：王小明\n電話：02-2345-6789", parsed.Text);
        Assert.Equal(10, parsed.Spans[0].Start);
    }

    [Fact]
    public void Line_without_labels_is_returned_unchanged()
    {
        var parsed = CorpusMarkup.Parse("{\"case\":\"112年度金訴字第545號\",\"items\":[1,2]}");

        Assert.Equal("{\"case\":\"112年度金訴字第545號\",\"items\":[1,2]}", parsed.Text);
        Assert.Empty(parsed.Spans);
    }

    [Theory]
    [InlineData("身分證[[TW_NATIONAL_ID:A123456789")]
    [InlineData("身分證[[A123456789]]")]
    [InlineData("身分證[[TW_NATIONAL_ID:]]")]
    public void Malformed_label_is_rejected_without_echoing_the_value(string line)
    {
        var error = Assert.Throws<FormatException>(() => CorpusMarkup.Parse(line));

        Assert.DoesNotContain("A123456789", error.Message);
    }

    [Fact]
    public void Unknown_entity_type_is_rejected()
    {
        var error = Assert.Throws<FormatException>(() => CorpusMarkup.Parse("[[PERSON_NAME:王小明]]"));

        Assert.Contains("PERSON_NAME", error.Message);
    }
}
