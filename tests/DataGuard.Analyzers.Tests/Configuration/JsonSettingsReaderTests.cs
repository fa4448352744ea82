using DataGuard.Analyzers.Configuration;

namespace DataGuard.Analyzers.Tests.Configuration;

/// <summary>The configuration files' reader: keys flattened as Microsoft.Extensions.Configuration flattens them.</summary>
public class JsonSettingsReaderTests
{
    private static Dictionary<string, string> Read(string json)
        => JsonSettingsReader.Flatten(json).ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Nested_sections_and_arrays_become_colon_separated_keys()
    {
        var pairs = Read("""{ "Mail": { "Port": 587, "UseSsl": false, "Hosts": [ "a.example.org", { "Name": "b" } ] }, "Empty": null }""");

        Assert.Equal("587", pairs["Mail:Port"]);
        Assert.Equal("false", pairs["Mail:UseSsl"]);
        Assert.Equal("a.example.org", pairs["Mail:Hosts:0"]);
        Assert.Equal("b", pairs["Mail:Hosts:1:Name"]);
        Assert.Equal("null", pairs["Empty"]);
    }

    [Fact]
    public void Comments_trailing_commas_and_escapes_are_read_as_the_configuration_loader_reads_them()
    {
        var pairs = Read("// top\n{ /* block */ \"Smtp\": { \"Security\": \"None\", // why\n \"Note\": \"say \\\"hi\\\"\", }, }");

        Assert.Equal("None", pairs["Smtp:Security"]);
        Assert.Equal("say \"hi\"", pairs["Smtp:Note"]);
    }

    [Fact]
    public void A_malformed_file_keeps_the_pairs_read_before_the_error()
    {
        var pairs = Read("""{ "A": true, "B": , "C": 1 }""");

        Assert.Equal("true", pairs["A"]);
        Assert.False(pairs.ContainsKey("C"));
    }

    [Fact]
    public void Nesting_past_the_bound_ends_the_read_without_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        Assert.Empty(JsonSettingsReader.Flatten(deep));
    }
}
