using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;

namespace DataGuard.Analyzers.Sources;

/// <summary>Splits identifiers into lower-case words: PascalCase, camelCase, snake_case, acronyms, digits, and runs of CJK characters.</summary>
internal static class IdentifierWords
{
    /// <summary>Identifiers kept at most: a compilation has far fewer distinct member and type names; past it words are split afresh.</summary>
    private const int MaxKept = 65536;

    /// <summary>
    /// The words of each identifier seen, in every compilation of the process: a pure function of the text. The classifier splits
    /// every member's name several times (head nouns, person and record words); splitting afresh each time was 13 % of DataGuard's
    /// sampled time on a 41k-line application, most of it the garbage collector's.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string[]> Kept = new(concurrencyLevel: 16, capacity: 1024, StringComparer.Ordinal);

    /// <summary>A new list of the identifier's words, the caller's to change.</summary>
    public static List<string> Split(string identifier) => new(Words(identifier));

    /// <summary>The identifier's words, shared: not to be changed.</summary>
    public static IReadOnlyList<string> Words(string identifier)
    {
        if (Kept.TryGetValue(identifier, out var words))
        {
            return words;
        }

        words = Compute(identifier);
        if (Kept.Count < MaxKept)
        {
            Kept.TryAdd(identifier, words);
        }

        return words;
    }

    private static string[] Compute(string identifier)
    {
        var words = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString().ToLowerInvariant());
                current.Clear();
            }
        }

        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (IsSeparator(c))
            {
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                var previous = current[current.Length - 1];
                var boundary =
                    IsCjk(c) != IsCjk(previous)
                    || char.IsDigit(c) != char.IsDigit(previous)
                    || (char.IsUpper(c) && char.IsLower(previous))
                    // The last capital of an acronym starts the next word: "IDNumber" -> ID, Number.
                    || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1]));
                if (boundary)
                {
                    Flush();
                }
            }

            current.Append(c);
        }

        Flush();
        return words.ToArray();
    }

    /// <summary>Characters that part words and belong to none.</summary>
    private static bool IsSeparator(char c) => c is '_' or '-' or '@' or ' ' or '.';

    /// <summary>
    /// False only when the identifier's last word (<see cref="Words"/>) cannot be <paramref name="word"/> (lower-case): its
    /// last characters before any separator are compared, without splitting it or keeping it. A filter for the many names
    /// read once (a referenced assembly's member names), before <see cref="Words"/> splits and keeps them.
    /// </summary>
    public static bool MayEndWith(string identifier, string word)
    {
        var end = identifier.Length;
        while (end > 0 && IsSeparator(identifier[end - 1]))
        {
            end--;
        }

        if (end < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(identifier[end - word.Length + i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The identifier's head noun: its last word, lower-case and singular (<c>CustomerGroups</c> → "group"); null when it has none.</summary>
    public static string? LastWord(string identifier) => LastWord(Words(identifier));

    /// <summary>The last of already split words, singular; null when there is none.</summary>
    public static string? LastWord(IReadOnlyList<string> words) => words.Count == 0 ? null : Singular(words[words.Count - 1]);

    /// <summary>Reduces a plural English noun to its singular so that <c>PhoneNumbers</c> matches <c>phone number</c>.</summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("sses", System.StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 2);
        }

        if (word.Length > 3 && word.EndsWith("s", System.StringComparison.Ordinal) && !word.EndsWith("ss", System.StringComparison.Ordinal))
        {
            return word.Substring(0, word.Length - 1);
        }

        return word;
    }

    public static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
}
