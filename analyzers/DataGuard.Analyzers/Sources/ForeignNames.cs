using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Matches an identifier's words against <see cref="NameVocabulary"/>. Many of these languages put the head noun first
/// (<c>Telefon_Personal</c>, <c>FechaNacimientoCliente</c>) where English puts it last (<c>PersonalPhone</c>), and a word
/// before the phrase may be the real head (<c>ServidorCorreo</c> is a mail server): so a phrase names a personal value when
/// it opens or closes the identifier and every other word only says whose or which one it is — a person noun
/// (<c>PacientCnp</c>) or a qualifier (<c>Adresa_Domiciliu</c>). Words are folded to ASCII first (<c>Soyadı</c>, <c>Dirección</c>).
/// </summary>
internal static class ForeignNames
{
    private static readonly string[][] Values = Phrases(NameVocabulary.Values.Concat(NameVocabulary.Addresses));
    private static readonly string[][] Surnames = Phrases(NameVocabulary.SurnamesAndGivenNames);
    private static readonly HashSet<string> GeneralNames = new(NameVocabulary.GeneralNames, StringComparer.Ordinal);
    private static readonly HashSet<string> PersonNouns = new(NameVocabulary.PersonNouns, StringComparer.Ordinal);
    private static readonly HashSet<string> Qualifiers = new(NameVocabulary.Qualifiers, StringComparer.Ordinal);

    /// <summary>
    /// True when the words name a personal value of one of the vocabulary's languages: a value phrase framed by person nouns
    /// and qualifiers, a surname or given name, or a plain name framed by person nouns alone (<c>NumePacient</c>, <c>NombreCliente</c>).
    /// </summary>
    public static bool IsPersonal(IReadOnlyList<string> words)
    {
        var folded = Fold(words);
        return Values.Any(phrase => Framed(folded, phrase, AllowsAround))
               || Surnames.Any(phrase => Framed(folded, phrase, AllowsAround))
               || folded.Count > 1 && (GeneralNames.Contains(folded[0]) && folded.Skip(1).All(IsPerson)
                                       || GeneralNames.Contains(folded[folded.Count - 1]) && folded.Take(folded.Count - 1).All(IsPerson));
    }

    /// <summary>True when the identifier is a plain name of any of the languages: <c>Name</c>, <c>Nume</c>, <c>Nombre</c>.</summary>
    public static bool IsGeneralName(string identifier)
        => IdentifierWords.Words(identifier) is { Count: 1 } words && GeneralNames.Contains(Fold(words)[0]);

    /// <summary>True when the identifier is a surname or given name (<c>LastName</c>, <c>Prenume</c>, <c>Apellido</c>).</summary>
    public static bool IsSurnameOrGivenName(string identifier)
    {
        var words = Fold(IdentifierWords.Words(identifier));
        return Surnames.Any(phrase => Framed(words, phrase, AllowsAround));
    }

    /// <summary>True for a noun for a person in any of the vocabulary's languages, English included.</summary>
    public static bool IsPerson(string word) => PersonNouns.Contains(word) || PersonalNames.IsPersonOrServedNoun(word);

    private static bool AllowsAround(string word) => IsPerson(word) || Qualifiers.Contains(word) || char.IsDigit(word[0]);

    /// <summary>The phrase opens or closes the words and every other word passes <paramref name="allowed"/>.</summary>
    private static bool Framed(IReadOnlyList<string> words, string[] phrase, Func<string, bool> allowed)
    {
        if (phrase.Length > words.Count)
        {
            return false;
        }

        return Matches(words, phrase, 0) && Rest(words, phrase.Length, words.Count, allowed)
               || Matches(words, phrase, words.Count - phrase.Length) && Rest(words, 0, words.Count - phrase.Length, allowed);
    }

    private static bool Matches(IReadOnlyList<string> words, string[] phrase, int offset)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(words[offset + i], phrase[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Rest(IReadOnlyList<string> words, int from, int to, Func<string, bool> allowed)
    {
        for (var i = from; i < to; i++)
        {
            if (!allowed(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] Phrases(IEnumerable<string> phrases) => phrases.Select(p => p.Split(' ')).ToArray();

    /// <summary>The words without diacritics: <c>soyadı</c> → <c>soyadi</c>, <c>dirección</c> → <c>direccion</c>, <c>straße</c> → <c>strasse</c>.</summary>
    public static IReadOnlyList<string> Fold(IReadOnlyList<string> words)
    {
        List<string>? folded = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (IsAscii(words[i]))
            {
                continue;
            }

            folded ??= new List<string>(words);
            folded[i] = Fold(words[i]);
        }

        return folded ?? words;
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'ı': builder.Append('i'); break;
                case 'ł': builder.Append('l'); break;
                case 'đ': builder.Append('d'); break;
                case 'ø': builder.Append('o'); break;
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
