using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 31's shift app: SMS payload records that hold the recipient's phone and the recipient's name under a qualified
/// name — <c>CasualName</c> (a <c>Casual</c> of the program holds a phone itself), <c>AdminName</c> (an account noun). Written
/// to the console, the name is reported; the pool's name beside it, and a product's name beside a customer's e-mail, are not.
/// (The records print their phones and e-mails: DG1007 on each, as in the shift app.)
/// </summary>
public class QualifiedPersonNamesLoggedTests
{
    private static Task Run(string line) => LibraryLeakTest.Run("""
        using System;

        namespace Shifts.Domain
        {
            public class Casual { public Guid Id { get; set; } public string Name { get; set; } = ""; public string PhoneNumber { get; set; } = ""; }
            public class Pool { public Guid Id { get; set; } public string Name { get; set; } = ""; }
            public class Product { public Guid Id { get; set; } public string Name { get; set; } = ""; }
            public record {|DG1007:InviteSmsPayload|}(Guid CasualId, string PhoneNumber, string CasualName, string PoolName, string VerifyUrl);
            public record {|DG1007:AdminInviteSmsPayload|}(Guid PoolAdminId, string PhoneNumber, string AdminName, string PoolName, string AcceptUrl);
            public record {|DG1007:OrderShipped|}(Guid OrderId, string CustomerEmail, string ProductName);

            public class ConsoleSms
            {
                public void Send(InviteSmsPayload invite, AdminInviteSmsPayload adminInvite, OrderShipped shipped)
                {
                    LINE;
                }
            }
        }
        """.Replace("LINE", line));

    [Fact]
    public Task Name_qualified_by_a_person_record_of_the_program_is_reported()
        => Run("""{|DG1001:Console.WriteLine($"Hi {invite.CasualName}! You've been invited.")|}""");

    [Fact]
    public Task Name_qualified_by_an_account_noun_is_reported()
        => Run("""{|DG1001:Console.WriteLine($"Hi {adminInvite.AdminName}! You've been invited.")|}""");

    /// <summary>A pool and a product hold no one's contact: their names beside the recipient's phone or e-mail are things' names.</summary>
    [Fact]
    public Task Names_of_things_beside_a_contact_are_not_reported()
        => Run("""Console.WriteLine($"Join {invite.PoolName}, admin {adminInvite.PoolName}, shipped {shipped.ProductName}")""");
}
