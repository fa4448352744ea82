using System;

namespace Police.Domain;

public abstract class DomainException : Exception
{
    protected DomainException(string message) : base(message) { }
}

public sealed class DuplicateRegistrationException : DomainException
{
    public DuplicateRegistrationException(string email)
        : base("E-mail already registered: " + email) // expect: DG1006
    {
    }
}

public sealed class QuotaExceededException : DomainException
{
    public QuotaExceededException(string officerBadge, int limit)
        : base($"Officer {officerBadge} exceeded {limit} look-ups")
    {
    }
}

public sealed class BlockedCallerException : DomainException
{
    public BlockedCallerException(string callerPhone)
        : base("Caller blocked")
    {
        CallerPhoneLength = callerPhone.Length;
    }

    public int CallerPhoneLength { get; }
}

public static class Registration
{
    public static void Register(string email, bool exists)
    {
        if (exists)
        {
            throw new DuplicateRegistrationException(email);
        }
    }
}
