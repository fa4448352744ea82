using System.Text;
using DataGuard.Detection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataGuard.Screening.Tests;

public class PolicyTests
{
    private static ServiceProvider Services(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        return new ServiceCollection().AddDataGuardScreening(configuration.GetSection("DataGuard")).BuildServiceProvider();
    }

    [Fact]
    public void Defaults_block_the_core_types_and_allow_the_others()
    {
        var policy = new ScreeningPolicy();
        foreach (var type in EntityTypes.Core) Assert.Equal(PolicyAction.Block, policy.ActionFor(type));
        Assert.Equal(PolicyAction.Allow, policy.ActionFor(EntityTypes.PersonName));
        Assert.Equal(PolicyAction.Block, policy.UnreadableAction);
        Assert.Empty(policy.Validate());
    }

    [Fact]
    public void Policy_binds_from_the_dataguard_section()
    {
        using var services = Services("""
        {"DataGuard":{"Policy":{"UnreadableContent":"allow","Types":{
           "TW_NATIONAL_ID":{"Action":"pseudonymize","MinScore":0.8},
           "PERSON_NAME":{"Action":"redact"}}}}}
        """);
        var policy = services.GetRequiredService<IOptions<ScreeningPolicy>>().Value;
        Assert.Equal(PolicyAction.Pseudonymize, policy.ActionFor(EntityTypes.NationalId));
        Assert.Equal(0.8, policy.MinScoreFor(EntityTypes.NationalId));
        Assert.Equal(PolicyAction.Redact, policy.ActionFor(EntityTypes.PersonName));
        Assert.Equal(PolicyAction.Block, policy.ActionFor(EntityTypes.PhoneNumber));
        Assert.Equal(PolicyAction.Allow, policy.UnreadableAction);
    }

    [Fact]
    public void Unknown_action_fails_with_a_clear_message()
    {
        using var services = Services("""{"DataGuard":{"Policy":{"Types":{"TW_NATIONAL_ID":{"Action":"blok"}}}}}""");
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ScreeningPolicy>>().Value);
        Assert.Contains("DataGuard:Policy:Types:TW_NATIONAL_ID:Action is 'blok'; expected block, redact, pseudonymize or allow.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"DataGuard":{"Policy":{"Types":{"TW_NATIONAL":{"Action":"block"}}}}}""", "TW_NATIONAL is not a known entity type")]
    [InlineData("""{"DataGuard":{"Policy":{"UnreadableContent":"redact"}}}""", "expected block or allow")]
    [InlineData("""{"DataGuard":{"Policy":{"MinScore":3}}}""", "expected a score from 0 to 1")]
    public void Invalid_settings_are_reported(string json, string expected)
    {
        using var services = Services(json);
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ScreeningPolicy>>().Value);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_action_never_weakens_the_policy()
    {
        var policy = new ScreeningPolicy { OtherAction = "nonsense" };
        Assert.Equal(PolicyAction.Block, policy.ActionFor(EntityTypes.PersonName));
    }
}
