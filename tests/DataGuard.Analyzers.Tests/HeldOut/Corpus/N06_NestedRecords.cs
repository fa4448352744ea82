using System.Collections.Generic;

namespace Police.Cases.Contracts;

public sealed record SuspectInfo(string FullName, string NationalId); // expect: DG1007

public sealed record CaseSnapshot(string CaseNo, SuspectInfo Suspect); // expect: DG1007

public sealed record CaseList(string Unit, List<SuspectInfo> Suspects);

public sealed record Envelope<T>(T Payload, string ReplyMobile); // expect: DG1007
