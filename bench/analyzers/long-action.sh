#!/usr/bin/env bash
# Generates two web projects for the cost of one very long controller action, the shape of the banking back end's transfer
# actions (bench/README.md, "CIBBackEnd overhead (T)"): OUT/Long has one action of about LINES lines (default 800) with
# dozens of locals, if/else and try/catch blocks and a log call in each block that serialises a request object through a
# generic logger helper (every tenth logs the customer's e-mail address instead: a real leak, so reporting is part of the cost); OUT/Short
# has the same blocks cut into short actions of one block each. Replayed in one run, each is read against the SDK analyzers
# and the long one against the short one.
#
#   long-action.sh OUT [LINES]
#
# Then build both once with ReportAnalyzer and replay their compiler calls with each analyzer build (bench/analyzers/README.md):
#   for p in Long Short; do dotnet build OUT/$p -p:ReportAnalyzer=true -p:UseSharedCompilation=false -v:d > OUT/$p.log; done
#   for p in Long Short; do bench/analyzers/csc-commands.py OUT/$p.log OUT/csc; done
#   DataGuard.AnalyzerReplay --rounds 7 --dataguard before=… --dataguard after=… --dataguard none=- OUT/csc/*.rsp
set -euo pipefail
out=$1 lines=${2:-800}
blocks=$(( (lines - 10) / 26 ))

# Keep the generated projects independent of any Directory.Build.props / Packages.props above them.
mkdir -p "$out"
printf '<Project />\n' > "$out/Directory.Build.props"
printf '<Project />\n' > "$out/Directory.Build.targets"
printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n' > "$out/Directory.Packages.props"

for project in Long Short; do
  mkdir -p "$out/$project/Controllers"
  cat > "$out/$project/$project.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NoWarn>$(NoWarn);CS1998</NoWarn>
  </PropertyGroup>
</Project>
EOF
  cat > "$out/$project/Program.cs" <<'EOF'
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
EOF
  cat > "$out/$project/Models.cs" <<'EOF'
using System.Text.Json;

namespace LongAction;

public sealed class Customer
{
    public string FullName { get; set; } = "";
    public string Email { get; set; } = "";
    public string PhoneNumber { get; set; } = "";
    public string NationalId { get; set; } = "";
    public DateTime DateOfBirth { get; set; }
    public string AccountNumber { get; set; } = "";
}

public sealed class TransferRequest
{
    public string Reference { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public string Narration { get; set; } = "";
    public int Channel { get; set; }
}

public sealed class TransferResult
{
    public bool Succeeded { get; set; }
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
}

/// <summary>The generic logger helper: every log line of the actions goes through it.</summary>
public static class LogFormatter<T>
{
    public static string Format(string title, T value) => title + ": " + JsonSerializer.Serialize(value);
}

public interface ILedger
{
    Task<Customer?> FindCustomerAsync(string reference);
    Task<TransferResult> PostAsync(TransferRequest request, int step);
    Task<decimal> BalanceAsync(string reference, int step);
}
EOF
done

# One block of an action: locals, a branch, a try/catch, a call into the ledger and log calls through the helper.
block() {
  local i=$1
  local leak="LogFormatter<TransferRequest>.Format(\"step $i request\", request)"
  (( i % 10 == 5 )) && leak="\"step $i customer {Email}\", customer.Email"
  cat <<EOF
        var amount$i = request.Amount + $i;
        var code$i = "S$i-" + request.Reference;
        var result$i = new TransferResult { Code = code$i };
        if (amount$i > $(( i * 100 )))
        {
            _logger.LogInformation($leak);
            result$i.Message = "large transfer " + code$i;
        }
        else
        {
            result$i.Message = "transfer " + code$i;
        }

        try
        {
            var posted$i = await _ledger.PostAsync(request, $i);
            var balance$i = await _ledger.BalanceAsync(request.Reference, $i);
            result$i.Succeeded = posted$i.Succeeded && balance$i >= 0;
            _logger.LogInformation(LogFormatter<TransferResult>.Format("step $i posted", posted$i));
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, LogFormatter<TransferRequest>.Format("step $i failed", request));
            return BadRequest(result$i);
        }

EOF
}

{
  cat <<'EOF'
using Microsoft.AspNetCore.Mvc;

namespace LongAction.Controllers;

[ApiController]
[Route("api/[controller]")]
public sealed class TransferController(ILogger<TransferController> _logger, ILedger _ledger) : ControllerBase
{
    [HttpPost("long")]
    public async Task<IActionResult> Transfer(TransferRequest request)
    {
        var customer = await _ledger.FindCustomerAsync(request.Reference);
        if (customer is null) return NotFound();
EOF
  for ((i = 1; i <= blocks; i++)); do block "$i"; done
  cat <<'EOF'
        return Ok();
    }
}
EOF
} > "$out/Long/Controllers/TransferController.cs"

{
  cat <<'EOF'
using Microsoft.AspNetCore.Mvc;

namespace LongAction.Controllers;

[ApiController]
[Route("api/[controller]")]
public sealed class ShortTransferController(ILogger<ShortTransferController> _logger, ILedger _ledger) : ControllerBase
{
EOF
  for ((i = 1; i <= blocks; i++)); do
    cat <<EOF
    [HttpPost("step$i")]
    public async Task<IActionResult> Step$i(TransferRequest request)
    {
        var customer = await _ledger.FindCustomerAsync(request.Reference);
        if (customer is null) return NotFound();
EOF
    block "$i"
    printf '        return Ok();\n    }\n\n'
  done
  printf '}\n'
} > "$out/Short/Controllers/ShortTransferController.cs"

wc -l "$out"/*/Controllers/*.cs
