#!/usr/bin/env bash
# Generates a police-records solution of PROJECTS class libraries × FILES_PER_PROJECT C# files into OUT.
# The code looks like an app's: personal fields, ILogger calls, HttpClient calls, string building; mostly masked,
# with a leak in every tenth file so the analyzers also pay for reporting.
# Usage: generate.sh OUT PROJECTS FILES_PER_PROJECT ANALYZER_DIR
set -euo pipefail
out=$1 projects=$2 files=$3 analyzer_dir=$4

mkdir -p "$out"
# Keep the generated solution independent of any Directory.Build.props / Packages.props above it.
cat > "$out/Directory.Build.props" <<'EOF'
<Project>
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
    <NoWarn>$(NoWarn);NU1603;CS1998</NoWarn>
  </PropertyGroup>
</Project>
EOF
cat > "$out/Directory.Packages.props" <<'EOF'
<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
EOF
cat > "$out/Directory.Build.targets" <<EOF
<Project>
  <!-- The only difference between the two configurations: -p:DataGuard=true adds the analyzers. -->
  <ItemGroup>
    <Reference Include="$analyzer_dir/DataGuard.Annotations.dll" />
    <Analyzer Include="$analyzer_dir/DataGuard.Analyzers.dll" Condition="'\$(DataGuard)' == 'true'" />
    <Analyzer Include="$analyzer_dir/DataGuard.Analyzers.CodeFixes.dll" Condition="'\$(DataGuard)' == 'true'" />
  </ItemGroup>
</Project>
EOF
printf 'root = true\n\n[*.cs]\ndataguard.allowed_hosts = api.police.internal, *.npa.gov.tw\n' > "$out/.editorconfig"

sln_projects=()
for ((p = 1; p <= projects; p++)); do
  dir="$out/Police.Records.P$p"
  mkdir -p "$dir"
  cat > "$dir/Police.Records.P$p.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.0" />
    <PackageReference Include="Microsoft.Extensions.Http" Version="10.0.0" />
  </ItemGroup>
</Project>
EOF
  sln_projects+=("$dir/Police.Records.P$p.csproj")
  for ((i = 1; i <= files; i++)); do
    leak=""
    if (( i % 10 == 0 )); then
      leak='
    public void ReportSuspect(Citizen'$i' citizen, string officerId)
    {
        var line = $"{officerId}: {citizen.Name} {citizen.NationalId}";
        logger.LogWarning("Suspect flagged {Line}", line);
    }
'
    fi
    cat > "$dir/Unit$i.cs" <<EOF
using System.Net.Http.Json;
using System.Text;
using DataGuard;
using Microsoft.Extensions.Logging;

namespace Police.Records.P$p.Unit$i;

public sealed class Citizen$i
{
    public string NationalId { get; init; } = "";

    [PersonalField(PersonalDataKind.Name)]
    public string Name { get; init; } = "";

    public string Phone { get; init; } = "";

    public string HomeAddress { get; init; } = "";

    public string Precinct { get; init; } = "";

    public int VisitCount { get; init; }

    public DateOnly LastVisit { get; init; }
}

public sealed record CaseReference$i(string CaseNumber, string Precinct, int Priority);

public enum CaseState$i { Open, Assigned, Closed, Archived }

public sealed class LookupService$i(ILogger<LookupService$i> logger, HttpClient http)
{
    private const string Api = "https://api.police.internal/records/$p/$i";

    public async Task<string> LookUpAsync(Citizen$i citizen, string officerId, string reason, CancellationToken cancellationToken)
    {
        logger.LogInformation("Officer {OfficerId} looked up {Subject} for {Reason}", officerId, Masking.MaskNationalId(citizen.NationalId), reason);
        var summary = new StringBuilder().Append(citizen.Precinct).Append(':').Append(citizen.VisitCount).ToString();
        using var response = await http.PostAsJsonAsync(\$"{Api}/search", new { citizen.NationalId, reason }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length == 0)
        {
            throw new InvalidOperationException(\$"Empty answer for {summary} ({nameof(citizen.NationalId)} length {citizen.NationalId.Length})");
        }

        return Describe(citizen) + " " + body.Length;
    }

    public async Task NotifyAsync(CaseReference$i reference, CancellationToken cancellationToken)
    {
        var message = \$"案件 {reference.CaseNumber}（{reference.Precinct}）優先 {reference.Priority}";
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message });
        await http.PostAsync("https://notify-api.line.me/api/notify", content, cancellationToken);
    }

    public static int Score(IEnumerable<Citizen$i> citizens, CaseState$i state)
    {
        var weight = state switch
        {
            CaseState$i.Open => 3,
            CaseState$i.Assigned => 2,
            CaseState$i.Closed => 1,
            _ => 0,
        };
        return citizens
            .Where(c => c.VisitCount > 0 && !string.IsNullOrEmpty(c.Precinct))
            .GroupBy(c => c.Precinct)
            .Select(g => g.Sum(c => c.VisitCount) * weight + g.Count())
            .DefaultIfEmpty(0)
            .Max();
    }

    public static IReadOnlyList<CaseReference$i> Prioritise(IReadOnlyList<CaseReference$i> cases)
    {
        var result = new List<CaseReference$i>(cases.Count);
        foreach (var item in cases)
        {
            if (item is { Priority: > 3 } urgent)
            {
                result.Insert(0, urgent with { Precinct = urgent.Precinct.Trim() });
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }
$leak
    private static string Describe(Citizen$i citizen) => \$"{Masking.MaskName(citizen.Name)} ({citizen.Precinct}, {citizen.LastVisit:yyyy-MM-dd})";
}
EOF
  done
done

( cd "$out" && dotnet new sln -n PoliceRecords --format sln >/dev/null && dotnet sln PoliceRecords.sln add "${sln_projects[@]}" >/dev/null )
echo "generated $((projects * files)) files in $projects projects under $out"
