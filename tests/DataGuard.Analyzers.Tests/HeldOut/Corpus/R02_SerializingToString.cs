using System.Text.Json;

namespace Police.Api.Payloads;

public sealed class TipSubmission // expect: DG1007
{
    public string TipId { get; set; } = "";
    public string ReporterEmail { get; set; } = "";
    public string Text { get; set; } = "";
    public override string ToString() => JsonSerializer.Serialize(this);
}

public sealed class TipReceipt
{
    public string TipId { get; set; } = "";
    public int Length { get; set; }
    public override string ToString() => JsonSerializer.Serialize(this);
}

public sealed class RequiredMembers // expect: DG1007
{
    public required string CaseNo { get; init; }
    public required string Mobile { get; init; }
    public override string ToString() => string.Join(";", CaseNo, Mobile);
}

public sealed record TipView
{
    public required string TipId { get; init; }
    public required string ReporterEmail { get; init; }
    public override string ToString() => $"Tip {TipId}";
}
