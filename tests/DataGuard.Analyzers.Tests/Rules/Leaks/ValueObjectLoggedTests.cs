using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Value objects of a domain model — a class, record or struct wrapping one personal string (<c>Email</c>,
/// <c>PhoneNumber</c>), directly or through a generic base — hold a person's data: their <c>.Value</c>, <c>ToString()</c> or
/// the object itself printed is reported, whatever the member holding it is named. Wrappers of ids and amounts are not.
/// </summary>
public class ValueObjectLoggedTests
{
    private const string Model = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public abstract class ValueObject { }

        public class Email : ValueObject
        {
            public string Value { get; }
            private Email(string value) => Value = value.ToLowerInvariant();
            public static Email Create(string value) => new(value);
            public override string ToString() => Value;
        }

        public sealed record PhoneNumber(string Value);

        public abstract class SingleValue<T>
        {
            protected SingleValue(T value) => Value = value;
            public T Value { get; }
        }

        public sealed class PostalAddress : SingleValue<string>
        {
            public PostalAddress(string value) : base(value) { }
        }

        public readonly record struct UserId(Guid Value);

        public sealed class Money
        {
            public Money(decimal value) => Value = value;
            public decimal Value { get; }
        }

        public class Member
        {
            public UserId Id { get; set; }
            public Email Email { get; set; } = null!;
            public PhoneNumber Contact { get; set; } = null!;
            public PostalAddress Home { get; set; } = null!;
            public Money Balance { get; set; } = null!;
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Model + body);

    [Fact]
    public Task Value_of_an_email_value_object_on_the_console_is_reported() => Run("""
        class SignIn
        {
            public void Done(Member member) => {|DG1001:Console.WriteLine($"User {member.Email.Value} signed in (id {member.Id.Value})")|};
        }
        """);

    [Fact]
    public Task Value_objects_printed_whole_or_by_ToString_are_reported_whatever_the_member_name() => Run("""
        class Notifier
        {
            private readonly ILogger<Notifier> _logger = null!;

            public async Task Sent(Member member)
            {
                await Task.Yield();
                {|DG1001:_logger.LogInformation("SMS to {To}", member.Contact.Value)|};
                {|DG1001:_logger.LogInformation("Mail to {To}", member.Email.ToString())|};
                {|DG1001:_logger.LogInformation("Letter to {To}", member.Home)|};
            }
        }
        """);

    [Fact]
    public Task Value_object_built_from_a_parameter_and_logged_in_a_helper_is_reported() => Run("""
        class Register
        {
            private readonly ILogger<Register> _logger = null!;

            public void Add(string input)
            {
                var address = new PostalAddress(input);
                Trace(address);
            }

            private void Trace(PostalAddress where) => {|DG1001:_logger.LogDebug("Registered at {Where}", where.Value)|};
        }
        """);

    [Fact]
    public Task Id_and_amount_wrappers_are_not_reported() => Run("""
        class Ledger
        {
            private readonly ILogger<Ledger> _logger = null!;

            public void Booked(Member member)
            {
                _logger.LogInformation("Member {Id} balance {Balance}", member.Id.Value, member.Balance.Value);
                _logger.LogInformation("Member {Id}", member.Id);
            }
        }
        """);
}
