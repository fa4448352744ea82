using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A banking back end's shape: whole transfer requests (the source and destination account numbers and the holders' names)
/// serialised into the log. The account's tokens decide, not one spelling; a system's or ledger's account stays silent.
/// </summary>
public class TransferRequestDumpTests
{
    private const string Usings = """
        using System;
        using Microsoft.Extensions.Logging;
        using Newtonsoft.Json;

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Transfer_request_with_account_numbers_and_names_serialised_into_a_log_is_reported() => Run("""
        public class TransferRequest
        {
            public string SourceAccountNumber { get; set; } = "";
            public string SourceAccountName { get; set; } = "";
            public string DestinationAccountNumber { get; set; } = "";
            public string DestinationAccountName { get; set; } = "";
            public decimal Amount { get; set; }
            public string Narration { get; set; } = "";
        }

        public class TransactionController
        {
            private readonly ILogger<TransactionController> _logger = null!;

            public void Initiate(TransferRequest payload)
            {
                {|DG1001:_logger.LogInformation("Transfer request {Payload}", JsonConvert.SerializeObject(payload))|};
            }
        }
        """);

    [Fact]
    public Task Beneficiary_iban_logged_is_reported() => Run("""
        public class Payout { public string BeneficiaryIban { get; set; } = ""; public decimal Amount { get; set; } }

        public class Payouts
        {
            private readonly ILogger<Payouts> _logger = null!;

            public void Send(Payout payout) => {|DG1001:_logger.LogInformation("Paying {Iban}", payout.BeneficiaryIban)|};
        }
        """);

    [Fact]
    public Task System_and_ledger_accounts_serialised_into_a_log_are_not_reported() => Run("""
        public class PostingRequest
        {
            public Guid AccountId { get; set; }
            public string AccountType { get; set; } = "";
            public string AccountStatus { get; set; } = "";
            public string GlAccountNumber { get; set; } = "";
            public string StorageAccountName { get; set; } = "";
            public string ServiceAccountName { get; set; } = "";
            public DateTime AccountingPeriod { get; set; }
            public decimal Amount { get; set; }
        }

        public class Ledger
        {
            private readonly ILogger<Ledger> _logger = null!;

            public void Post(PostingRequest request)
            {
                _logger.LogInformation("Posting {Request}", JsonConvert.SerializeObject(request));
                _logger.LogInformation("Account {Id} of type {Type}", request.AccountId, request.AccountType);
            }
        }
        """);
}
