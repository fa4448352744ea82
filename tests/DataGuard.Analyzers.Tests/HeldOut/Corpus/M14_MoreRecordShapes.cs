using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Police.Api.Contracts;

public sealed record LookupRequest(string RequestId, string Reason);

public sealed record LookupResponse(string RequestId, [property: JsonIgnore] string DateOfBirth); // expect: DG1007

public sealed record ParkingTicketDto(string TicketNo, string PlateNo, decimal Amount) // expect: DG1007
{
    public bool Paid { get; init; }
}

public sealed record SummaryDto(string TicketNo, decimal Amount)
{
    public override string ToString() => $"{TicketNo}: {Amount:C}";
}

public sealed record Household(IReadOnlyList<string> MemberIds, string Precinct);

public abstract record Party(string Email); // expect: DG1007

public sealed record Complainant(string Email, string Statement) : Party(Email); // expect: DG1007

public sealed record AuditEntry(Guid Id, string Action, DateTimeOffset At, int SubjectIdLength);
