using DataGuard.GuardService.Configuration;
using DataGuard.GuardService.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Tests;

public class KeyDirectoryTests
{
    private static (KeyDirectory Directory, MemoryConfigurationProvider Source, IConfigurationRoot Root) Create(Dictionary<string, string?> settings)
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<AccessOptions>().Bind(root.GetSection(AccessOptions.SectionName));
        var monitor = services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<AccessOptions>>();
        return (new KeyDirectory(monitor), root.Providers.OfType<MemoryConfigurationProvider>().Single(), root);
    }

    [Fact]
    public void Units_come_from_the_key_entries_and_keys_add_writes_one()
    {
        var (directory, _, _) = Create(new()
        {
            ["DataGuard:Access:Keys:0:UserId"] = "officer.lin",
            ["DataGuard:Access:Keys:0:KeyHash"] = KeyHash.Of("key-one"),
            ["DataGuard:Access:Keys:0:Unit"] = "中山分局",
            ["DataGuard:Access:Keys:1:UserId"] = "officer.chen",
            ["DataGuard:Access:Keys:1:KeyHash"] = KeyHash.Of("key-two"),
        });
        Assert.Equal("中山分局", directory.UnitOf("officer.lin"));
        Assert.Null(directory.UnitOf("officer.chen"));
        Assert.Equal("officer.lin", directory.FindByHash(KeyHash.Of("key-one"))?.UserId);

        var output = new StringWriter();
        Assert.Equal(0, KeysCommand.Run(["keys", "add", "--user", "officer.wu", "--unit", "大安分局"], output, new StringWriter()));
        Assert.Contains("\"Unit\": \"大安分局\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Known_key_is_found_whatever_the_case_of_its_configured_hash_and_unknown_key_is_not()
    {
        var (directory, _, _) = Create(new()
        {
            ["DataGuard:Access:Keys:0:UserId"] = "first",
            ["DataGuard:Access:Keys:0:KeyHash"] = KeyHash.Of("key-one").ToUpperInvariant(),
            ["DataGuard:Access:Keys:1:UserId"] = "second",
            ["DataGuard:Access:Keys:1:KeyHash"] = KeyHash.Of("key-two"),
            ["DataGuard:Access:Keys:1:Roles:0"] = "auditor",
        });
        Assert.Equal("first", directory.Find("key-one")?.UserId);
        var second = directory.Find("key-two");
        Assert.Equal("second", second?.UserId);
        Assert.Equal(["auditor"], second!.Roles);
        Assert.Null(directory.Find("key-three"));
        Assert.Null(directory.Find(new string('x', 5000)));
    }

    [Fact]
    public void Reloaded_key_list_takes_effect_at_once()
    {
        var (directory, source, root) = Create(new()
        {
            ["DataGuard:Access:Keys:0:UserId"] = "first",
            ["DataGuard:Access:Keys:0:KeyHash"] = KeyHash.Of("key-one"),
        });
        Assert.Equal("first", directory.Find("key-one")?.UserId);

        source.Set("DataGuard:Access:Keys:0:KeyHash", KeyHash.Of("key-rotated"));
        root.Reload();

        Assert.Null(directory.Find("key-one"));
        Assert.Equal("first", directory.Find("key-rotated")?.UserId);
    }
}
