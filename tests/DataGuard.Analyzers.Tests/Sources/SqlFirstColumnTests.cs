using DataGuard.Analyzers.Sources;

namespace DataGuard.Analyzers.Tests.Sources;

/// <summary>
/// The first column of a one-value query, read by a linear scan rather than a regex with a wall-clock timeout (round 33: the
/// timeout fired on a starved thread at high load and DG0001 skipped another member each build). Same text, same answer.
/// </summary>
public class SqlFirstColumnTests
{
    [Theory]
    [InlineData("SELECT Email FROM Users WHERE Id = @id", "Email")]
    [InlineData("  select top 1 u.[PhoneNumber], u.Id from Users u", "PhoneNumber")]
    [InlineData("SELECT TOP (1) LOWER(Email) AS Mail FROM Users", "Mail")]
    [InlineData("SELECT DISTINCT \"FullName\"\nFROM People", "FullName")]
    [InlineData("SELECT COUNT(*) FROM Users WHERE Email IS NOT NULL", "COUNT")]
    [InlineData("SELECT Status, Email FROM Orders", "Status")]
    public void The_first_columns_name_is_read(string sql, string expected) => Assert.Equal(expected, SqlFirstColumn.NameOf(sql));

    [Theory]
    [InlineData("SELECT sqlcipher_export('encrypted');")]
    [InlineData("PRAGMA key = 'x'")]
    [InlineData("SELECTEmail FROM Users")]
    [InlineData("SELECT Email")]
    [InlineData("")]
    public void Text_that_selects_no_first_column_gives_none(string sql) => Assert.Null(SqlFirstColumn.NameOf(sql));

    [Fact]
    public void A_long_text_without_a_column_end_is_read_in_one_pass_with_the_same_answer()
    {
        var sql = "SELECT " + new string('a', 200_000) + " " + string.Concat(Enumerable.Repeat("x ", 100_000));
        Assert.Null(SqlFirstColumn.NameOf(sql));
        Assert.Equal("Email", SqlFirstColumn.NameOf("SELECT " + new string(' ', 100_000) + "Email FROM Users"));
    }

    /// <summary>No regex of the analyzers waits on the clock: a timeout makes a report depend on the machine's load.</summary>
    [Fact]
    public void No_analyzer_regex_has_a_wall_clock_timeout()
    {
        var flags = System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public;
        var regexes = typeof(SqlFirstColumn).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(flags)).Where(f => f.FieldType == typeof(System.Text.RegularExpressions.Regex))
            .Select(f => (f, (System.Text.RegularExpressions.Regex?)f.GetValue(null))).ToList();
        Assert.NotEmpty(regexes);
        Assert.All(regexes, r => Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, r.Item2!.MatchTimeout));
    }
}
