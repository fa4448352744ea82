namespace Police.Model.Names;

public sealed record Suspect(string Name, string CaseNo); // expect: DG1007

public sealed record Witness // expect: DG1007
{
    public string Name { get; init; } = "";
    public string StatementNo { get; init; } = "";
}

public sealed record PoliceStation(string Name, string Code);

public sealed record Product(string Name, decimal Price);

public sealed record OperationPlan(string Name, string Commander, int Units);
