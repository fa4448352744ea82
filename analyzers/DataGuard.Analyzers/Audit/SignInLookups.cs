using System;
using System.Collections.Generic;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Sign-in code: a method or class named for logging in or authenticating (<c>BankUserLogin</c>, <c>IsPharmacistLoginValid</c>,
/// <c>UserAuthenticationService</c>, the Identity page <c>LoginModel</c>). Its reads find the account of the person who is
/// signing in, by the name, e-mail or national ID that person typed, to check their password or issue their token: the
/// person reads themself, nobody is looked up, so DG1008 asks no audit there (round 11: 10 of 13 sign-in look-ups were
/// named so). Reads in code named for anything else stay judged.
/// </summary>
internal static class SignInLookups
{
    /// <summary>Word pairs that name signing in: <c>Login</c>, <c>LogOn</c>, <c>SignIn</c>.</summary>
    private static readonly HashSet<string> Pairs = new(StringComparer.Ordinal) { "log in", "log on", "sign in", "login", "logon", "signin" };

    /// <summary>True when <paramref name="method"/> or a type containing it is named for signing in.</summary>
    public static bool Contains(IMethodSymbol method)
    {
        if (NamesSignIn(method.Name)) return true;
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (NamesSignIn(type.Name)) return true;
        }

        return false;
    }

    private static bool NamesSignIn(string name)
    {
        var words = IdentifierWords.Words(name);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].StartsWith("authenticat", StringComparison.Ordinal) || Pairs.Contains(words[i])) return true;
            if (i + 1 < words.Count && Pairs.Contains(words[i] + " " + words[i + 1])) return true;
        }

        return false;
    }
}
