using System.Text;
using DataGuard.Detection;
using static DataGuard.Screening.Tests.Screening;

namespace DataGuard.Screening.Tests;

/// <summary>
/// The one-pass clean check must never decide differently from the tree-based path: over a corpus of bodies (clean, with
/// findings, unreadable, malformed, unusual) and many generated ones, both give the same verdict, findings, unreadable parts,
/// rewritten body and error.
/// </summary>
public class FastPathTests
{
    private static readonly string[] Corpus =
    [
        """{"model":"gpt-4o","messages":[{"role":"system","content":"be brief"},{"role":"user","content":"hello there"}]}""",
        """{"messages":[{"role":"user","content":"\u0041123456789 \u8eab\u5206\u8b49"}]}""",
        """{"messages":[{"role":"user","content":"請協助整理本週交通安全宣導重點"}],"temperature":0.2,"stream":true,"max_tokens":null}""",
        """{"messages":[{"role":"user","name":"officer_x","content":[{"type":"text","text":"part text"}]}]}""",
        """{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://example.test/a.png"}}]}]}""",
        """{"messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]}""",
        """{"messages":[{"role":"user","content":[{"type":7,"text":"x"}]}]}""",
        """{"messages":[{"role":"user","content":[{"text":"no type"}]}]}""",
        """{"messages":[{"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"lookup","arguments":"{\"who\":\"A123456789\",\"n\":912}"}}]}]}""",
        """{"messages":[{"role":"tool","tool_call_id":"call_1","content":"  [1,2,3]"}]}""",
        """{"messages":[{"role":"user","content":"{not json after all"}]}""",
        """{"model":"gpt-4o","instructions":"system words","input":[{"role":"user","content":[{"type":"input_text","text":"input words"}]},{"type":"function_call_output","call_id":"c1","output":"output words"}]}""",
        """{"prompt":[1,2,3]}""",
        """{"input":[[1,2],[3]]}""",
        """{"input":["one","two A123456789"]}""",
        """{"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"q":{"type":"string"}}}}}],"messages":[{"role":"user","content":"hi"}]}""",
        """{"response_format":{"type":"json_object"},"messages":[{"role":"user","content":"hi"}]}""",
        """{"messages":[{"role":"user","content":"see data:text/plain;base64,QQ=="}]}""",
        """{"messages":[{"role":"user","content":"DATA:text/plain,A123456789"}]}""",
        """{"A123456789":"key holds it","messages":[]}""",
        """{"messages":[{"role":"user","content":"one"}],"messages":[{"role":"user","content":"A123456789"}]}""",
        """{"a":{"x":1},"b":{"x":2}}""",
        """{"messages":[{"role":"user","content":"call 0912-345-678 or mail someone@example.com"}]}""",
        """{"messages":[{"role":"user","content":"hi"}]} """,
        """{"messages":[{"role":"user","content":"hi"}]} {}""",
        """{"messages":[{"role":"user","content":"hi"}]""",
        """{"messages":[{"role":"user","content":"hi",}]}""",
        """["not","an","object"]""",
        "\"just a string\"",
        "",
        "   ",
        """{"messages":[{"role":"user","content":"tab\tand\u0000nul"}]}""",
        """{"a":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""",
        """{"output":[{"type":"output_text","text":"answer"},{"type":"refusal","refusal":"no"}]}""",
        """{"content":{"type":"image"}}""",
    ];

    public static TheoryData<int> CorpusIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Corpus.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusIndexes))]
    public void Corpus_body_gets_the_same_decision_on_both_paths(int index)
    {
        var body = Encoding.UTF8.GetBytes(Corpus[index]);
        foreach (var policy in Policies()) AssertSameDecision(body, policy);
    }

    [Fact]
    public void Invalid_utf8_gets_the_same_error_on_both_paths()
    {
        var body = Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":"ab"}]}""");
        body[Array.IndexOf(body, (byte)'a', 30)] = 0xC3; // a lead byte with no continuation
        AssertSameDecision(body, Policy());
        Assert.Throws<RequestFormatException>(() => Screen(body, Policy()));
    }

    [Fact]
    public void Generated_bodies_get_the_same_decision_on_both_paths()
    {
        var random = new Random(20261128);
        for (int n = 0; n < 3000; n++)
        {
            var body = Encoding.UTF8.GetBytes(Generate(random, 0, topLevel: true));
            AssertSameDecision(body, Policy(random.Next(3) switch { 0 => "block", 1 => "redact", _ => "pseudonymize" }, random.Next(2) == 0 ? "block" : "allow"));
        }
    }

    [Theory]
    [InlineData("""{"model":"gpt-4o","messages":[{"role":"system","content":"be brief"},{"role":"user","content":[{"type":"text","text":"hello"}]}],"temperature":0.2}""", true)]
    [InlineData("""{"tools":[{"type":"function","function":{"name":"f"}}],"input":"plain words"}""", true)]
    [InlineData("""{"messages":[{"role":"user","content":"A123456789"}]}""", false)]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x.test/a.png"}}]}]}""", false)]
    [InlineData("""{"messages":[{"role":"tool","content":"{\"a\":\"b\"}"}]}""", false)]
    [InlineData("""{"a":"1","a":"2"}""", false)]
    [InlineData("""{"prompt":[1,2]}""", false)]
    public void Clean_ordinary_bodies_take_the_fast_path_and_anything_unusual_does_not(string json, bool fast)
    {
        Assert.Equal(fast, CleanRequestScan.IsClean(Encoding.UTF8.GetBytes(json), PromptDocument.DefaultMaxDepth, PersonalDataScanner.Default, Policy(), CancellationToken.None));
    }

    private static IEnumerable<ScreeningPolicy> Policies()
    {
        yield return Policy();
        yield return Policy("redact", "allow");
        yield return Policy("pseudonymize");
        yield return Policy("allow");
    }

    private static ScreeningDecision Screen(byte[] body, ScreeningPolicy policy) =>
        new PromptScreener(PersonalDataScanner.Default, policy).Screen(body);

    private static void AssertSameDecision(byte[] body, ScreeningPolicy policy)
    {
        var screener = new PromptScreener(PersonalDataScanner.Default, policy);
        var viaFastPath = Outcome(() => screener.Screen(body));
        var viaTree = Outcome(() => screener.Screen(PromptDocument.Parse(body)));
        Assert.Equal(viaTree, viaFastPath);
    }

    // Everything the guard acts on, as one comparable string (values of findings stay out of assertion messages: types and places only).
    private static string Outcome(Func<ScreeningDecision> screen)
    {
        ScreeningDecision decision;
        try
        {
            decision = screen();
        }
        catch (RequestFormatException ex)
        {
            return "error: " + ex.Message;
        }
        var s = new StringBuilder();
        s.Append(decision.Verdict).Append(" blocked-at=").Append(decision.BlockedPath).Append(" evasion=").Append(decision.EvasionUndone);
        foreach (var f in decision.Findings) s.Append(" | ").Append(f.Path).Append(' ').Append(f.Type).Append(' ').Append(f.Finding.Start).Append('+').Append(f.Finding.Length).Append(' ').Append(f.Action);
        foreach (var u in decision.Unreadable) s.Append(" | unreadable ").Append(u.Path).Append(' ').Append(u.Kind);
        s.Append(" | restores=").Append(decision.RestoresAnswer);
        if (decision.RedactedBody is not null) s.Append(" | body ").Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(decision.RedactedBody)));
        return s.ToString();
    }

    private static readonly string[] Keys = ["model", "messages", "role", "content", "type", "text", "input", "prompt", "output", "name", "arguments", "data", "image_url", "url", "A123456789", "tool_calls", "function"];
    private static readonly string[] Texts =
    [
        "hello there", "請協助整理本週交通安全宣導重點", "text", "input_text", "image_url", "input_audio", "function", "A123456789", "\\u0041123456789",
        "call 0912-345-678", "data:image/png;base64,AAAA", "{\"who\":\"A123456789\"}", " [1, 2]", "{broken", "someone@example.com", "", "B120863130 and A123456789",
    ];

    private static string Generate(Random random, int depth, bool topLevel = false)
    {
        int kind = topLevel ? 0 : depth > 5 ? random.Next(2, 4) : random.Next(6);
        switch (kind)
        {
            case 0:
            {
                var members = new List<string>();
                int count = random.Next(topLevel ? 1 : 0, 5);
                for (int i = 0; i < count; i++) members.Add("\"" + Keys[random.Next(Keys.Length)] + "\":" + Generate(random, depth + 1));
                return "{" + string.Join(",", members) + "}";
            }
            case 1:
            {
                var items = new List<string>();
                int count = random.Next(0, 4);
                for (int i = 0; i < count; i++) items.Add(Generate(random, depth + 1));
                return "[" + string.Join(",", items) + "]";
            }
            case 2: return "\"" + Texts[random.Next(Texts.Length)].Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            case 3: return random.Next(2) == 0 ? "912" : random.Next(4) == 0 ? "true" : "null";
            default: return random.Next(2) == 0 ? Generate(random, depth + 1) : "{\"type\":\"" + Texts[random.Next(Texts.Length)] + "\",\"text\":" + Generate(random, depth + 2) + "}";
        }
    }
}
