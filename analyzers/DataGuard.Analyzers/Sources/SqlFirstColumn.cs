using System;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The name a one-value query's first column is read by: <c>SELECT TOP 1 u.[Email] FROM …</c> returns <c>Email</c>, an alias
/// (<c>LOWER(Email) AS Mail</c>) its alias. Read by one forward scan, no regular expression: a regex with a wall-clock timeout
/// times out on a thread starved of a core whatever its input (round 33: a DG0001 on another member per build at high load),
/// so the same compilation must give the same answer at any load. The scan is linear and stops at the first column's end.
/// </summary>
internal static class SqlFirstColumn
{
    /// <summary>The first column's name, or null when the text is no <c>SELECT first-column, …</c> or <c>… FROM</c>.</summary>
    public static string? NameOf(string sql)
    {
        var start = SkipBlanks(sql, 0);
        if (!IsWordAt(sql, start, "SELECT") || start + 6 >= sql.Length || !char.IsWhiteSpace(sql[start + 6]))
        {
            return null;
        }

        var column = SkipBlanks(sql, start + 6);
        var end = ColumnEnd(sql, column);
        return end < 0 ? null : LastWord(sql, column, end);
    }

    /// <summary>Where the first column ends: at its comma or at a whole word FROM, past at least one character of it; -1 when neither comes.</summary>
    private static int ColumnEnd(string sql, int column)
    {
        for (var i = column + 1; i < sql.Length; i++)
        {
            if (sql[i] == ',' || IsWordAt(sql, i, "FROM"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last run of word characters in the column: its alias, else the last identifier of its expression.</summary>
    private static string? LastWord(string sql, int start, int end)
    {
        var last = end - 1;
        while (last >= start && !IsWordCharacter(sql[last]))
        {
            last--;
        }

        var first = last;
        while (first > start && IsWordCharacter(sql[first - 1]))
        {
            first--;
        }

        return last < start ? null : sql.Substring(first, last - first + 1);
    }

    private static int SkipBlanks(string sql, int at)
    {
        while (at < sql.Length && char.IsWhiteSpace(sql[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>True when <paramref name="word"/> stands at <paramref name="at"/> as a whole word, in any case.</summary>
    private static bool IsWordAt(string sql, int at, string word)
        => at + word.Length <= sql.Length && string.Compare(sql, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
           && (at == 0 || !IsWordCharacter(sql[at - 1])) && (at + word.Length == sql.Length || !IsWordCharacter(sql[at + word.Length]));

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}
