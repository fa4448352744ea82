using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Finds, in source text, whole identifiers that are one of a few words (ignoring case): the matches of
/// <c>(?&lt;!\w)(?:word|…)(?!\w)</c>, where \w is any character an identifier can hold. Such a regex run over a compilation's
/// whole text tried every position (20–70 ms on the 400,000 characters of a project with EF migrations, at each compilation's
/// start); this reads the text once, run by run, compares an ASCII run with the words of its length (ASCII has no case
/// equivalents but its own upper and lower case), and asks the regex, anchored there, only about a run with other characters,
/// so the matches are the regex's own.
/// </summary>
internal sealed class WholeIdentifierSearch
{
    private const string IdentifierCharacter = @"[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}\p{Cf}]";

    private readonly Regex _at;
    private readonly string[] _words;
    private readonly int _shortest;
    private readonly int _longest;

    public WholeIdentifierSearch(IReadOnlyCollection<string> words)
    {
        _at = new Regex(@"\G(?:" + string.Join("|", words.Select(Regex.Escape)) + ")(?!" + IdentifierCharacter + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _words = words.ToArray();
        _shortest = int.MaxValue;
        foreach (var word in words)
        {
            _shortest = Math.Min(_shortest, word.Length);
            _longest = Math.Max(_longest, word.Length);
        }
    }

    /// <summary>
    /// The start of the first match at or after <paramref name="start"/>, or -1; a start inside an identifier goes on from its end.
    /// </summary>
    public int Next(string text, int start)
    {
        var i = start;
        while (i > 0 && i < text.Length && IsIdentifierCharacter(text[i - 1]) && IsIdentifierCharacter(text[i]))
        {
            i++;
        }

        while (i < text.Length)
        {
            if (!IsIdentifierCharacter(text[i]))
            {
                i++;
                continue;
            }

            var run = i;
            var ascii = true;
            while (i < text.Length && IsIdentifierCharacter(text[i]))
            {
                ascii &= text[i] < 128;
                i++;
            }

            // A case-insensitive match has the word's length (the regex folds case character by character).
            var length = i - run;
            if (length >= _shortest && length <= _longest && (ascii ? IsWordAt(text, run, length) : _at.Match(text, run).Success))
            {
                return run;
            }
        }

        return -1;
    }

    private bool IsWordAt(string text, int run, int length)
    {
        foreach (var word in _words)
        {
            if (word.Length == length && string.Compare(text, run, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The regex's class <see cref="IdentifierCharacter"/>, by Unicode category.</summary>
    private static bool IsIdentifierCharacter(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.Format:
                return true;
            default:
                return false;
        }
    }
}
