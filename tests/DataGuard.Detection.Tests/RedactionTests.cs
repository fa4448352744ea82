using System.Security.Cryptography;
using System.Text;
using DataGuard.Detection.Redaction;

namespace DataGuard.Detection.Tests;

/// <summary>Redaction operators, pseudonym maps and streaming restoration.</summary>
public class RedactionTests
{
    private const string Text = "嫌疑人身分證A123456789，手機0912-345-678，另一位A223456781，再次確認A123456789。";

    private static RedactionResult Redact(RedactionOptions options, PseudonymMap? map = null) =>
        Redactor.Redact(Text, Scanning.Scan(Text), options, map);

    [Fact]
    public void Mask_keeps_the_requested_characters_and_the_hyphens()
    {
        var result = Redactor.Redact("手機0912-345-678", Scanning.Scan("手機0912-345-678"),
            new RedactionOptions { Operator = RedactionOperator.Mask, MaskKeepFirst = 2, MaskKeepLast = 3 });
        Assert.Equal("手機09**-***-678", result.Text);
    }

    [Fact]
    public void Mask_defaults_to_keeping_the_first_character()
    {
        var result = Redact(new RedactionOptions { Operator = RedactionOperator.Mask });
        Assert.Contains("A*********", result.Text);
        Assert.DoesNotContain("123456789", result.Text);
    }

    [Fact]
    public void Placeholders_number_each_type_separately()
    {
        var result = Redact(new RedactionOptions());
        Assert.Equal("嫌疑人身分證<TW_NATIONAL_ID_1>，手機<PHONE_NUMBER_1>，另一位<TW_NATIONAL_ID_2>，再次確認<TW_NATIONAL_ID_1>。", result.Text);
    }

    [Fact]
    public void Same_value_gets_the_same_placeholder_across_texts_sharing_a_map()
    {
        var map = new PseudonymMap();
        Redactor.Redact(Text, Scanning.Scan(Text), new RedactionOptions(), map);
        var second = Redactor.Redact("A223456781", Scanning.Scan("A223456781"), new RedactionOptions(), map);
        Assert.Equal("<TW_NATIONAL_ID_2>", second.Text);
    }

    [Fact]
    public void Disguised_value_gets_the_placeholder_of_its_plain_form()
    {
        const string text = "A123456789 與 Ａ１２３４５６７８９";
        var result = Redactor.Redact(text, Scanning.Scan(text), new RedactionOptions());
        Assert.Equal("<TW_NATIONAL_ID_1> 與 <TW_NATIONAL_ID_1>", result.Text);
    }

    [Fact]
    public void Hash_is_the_hmac_sha256_of_type_and_value()
    {
        var key = Encoding.UTF8.GetBytes("test-key-not-a-secret");
        var result = Redactor.Redact("A123456789", Scanning.Scan("A123456789"), new RedactionOptions { Operator = RedactionOperator.Hash, HashKey = key });
        using var hmac = new HMACSHA256(key);
        var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes("TW_NATIONAL_ID:A123456789")))[..32].ToLowerInvariant();
        Assert.Equal("<TW_NATIONAL_ID:" + expected + ">", result.Text);
    }

    [Fact]
    public void Hash_depends_on_the_key()
    {
        var finding = Scanning.Single("A123456789");
        Assert.NotEqual(Fingerprint.Compute(new byte[] { 1 }, finding), Fingerprint.Compute(new byte[] { 2 }, finding));
    }

    [Fact]
    public void Hash_without_a_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => Redact(new RedactionOptions { Operator = RedactionOperator.Hash }));

    [Fact]
    public void Pseudonymized_text_is_restored_to_the_original()
    {
        var map = new PseudonymMap();
        var result = Redact(new RedactionOptions { Operator = RedactionOperator.Pseudonymize }, map);
        Assert.DoesNotContain("A123456789", result.Text);
        Assert.Equal(Text, map.Restore(result.Text));
    }

    [Fact]
    public void Restore_keeps_the_original_spelling_of_a_disguised_value()
    {
        var map = new PseudonymMap();
        const string text = "電話〇九一二三四五六七八";
        var result = Redactor.Redact(text, Scanning.Scan(text), new RedactionOptions { Operator = RedactionOperator.Pseudonymize }, map);
        Assert.Equal("電話<PHONE_NUMBER_1>", result.Text);
        Assert.Equal(text, map.Restore(result.Text));
    }

    [Fact]
    public void Restore_leaves_unknown_angle_brackets_alone()
    {
        var map = new PseudonymMap();
        map.GetOrAdd(EntityTypes.NationalId, "A123456789", "A123456789");
        Assert.Equal("a < b <TW_NATIONAL_ID_9> A123456789 <x>", map.Restore("a < b <TW_NATIONAL_ID_9> <TW_NATIONAL_ID_1> <x>"));
    }

    [Fact]
    public void Streaming_restorer_handles_a_placeholder_split_at_every_position()
    {
        var map = new PseudonymMap();
        var redacted = Redact(new RedactionOptions { Operator = RedactionOperator.Pseudonymize }, map).Text;
        var answer = "回覆：" + redacted + " <not a placeholder> 結束";
        var expected = map.Restore(answer);
        for (int split = 0; split <= answer.Length; split++)
        {
            var restorer = new StreamingRestorer(map);
            var output = restorer.Push(answer[..split]) + restorer.Push(answer[split..]) + restorer.Flush();
            Assert.Equal(expected, output);
        }
    }

    [Fact]
    public void Streaming_restorer_handles_one_character_chunks()
    {
        var map = new PseudonymMap();
        var redacted = Redact(new RedactionOptions { Operator = RedactionOperator.Pseudonymize }, map).Text;
        var restorer = new StreamingRestorer(map);
        var output = new StringBuilder();
        foreach (char c in redacted) output.Append(restorer.Push(c.ToString()));
        output.Append(restorer.Flush());
        Assert.Equal(Text, output.ToString());
    }

    [Fact]
    public void Streaming_restorer_emits_text_without_placeholders_immediately()
    {
        var map = new PseudonymMap();
        map.GetOrAdd(EntityTypes.NationalId, "A123456789", "A123456789");
        var restorer = new StreamingRestorer(map);
        Assert.Equal("沒有佔位符的回覆 a<b", restorer.Push("沒有佔位符的回覆 a<b"));
        Assert.Equal(string.Empty, restorer.Push("<TW_"));
        Assert.Equal("A123456789!", restorer.Push("NATIONAL_ID_1>!"));
    }
}
