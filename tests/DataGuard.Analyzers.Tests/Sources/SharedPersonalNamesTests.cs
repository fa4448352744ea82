using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Xunit;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>The name verdicts are kept per process for each set of configured name lists, never across different lists.</summary>
public class SharedPersonalNamesTests
{
    [Fact]
    public void The_same_name_lists_share_one_instance()
    {
        var first = PersonalNames.For(ImmutableArray.Create("CaseNo"), ImmutableArray.Create("HomeAddress"));
        var second = PersonalNames.For(ImmutableArray.Create("CaseNo"), ImmutableArray.Create("HomeAddress"));

        Assert.Same(first, second);
    }

    [Fact]
    public void Different_name_lists_keep_their_own_verdicts()
    {
        var plain = PersonalNames.For(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);
        var ignoring = PersonalNames.For(ImmutableArray<string>.Empty, ImmutableArray.Create("HomeAddress"));
        var listing = PersonalNames.For(ImmutableArray.Create("WardNo"), ImmutableArray<string>.Empty);

        Assert.True(plain.IsPersonal("HomeAddress"));
        Assert.False(ignoring.IsPersonal("HomeAddress"));
        Assert.False(plain.IsPersonal("WardNo"));
        Assert.True(listing.IsPersonal("WardNo"));
    }

    [Fact]
    public void Two_entries_are_not_one_entry_of_both_names()
    {
        var two = PersonalNames.For(ImmutableArray.Create("CaseNo", "WardNo"), ImmutableArray<string>.Empty);
        var one = PersonalNames.For(ImmutableArray.Create("CaseNoWardNo"), ImmutableArray<string>.Empty);

        Assert.NotSame(two, one);
    }
}
