using DataGuard.Cli;

// dataguard — find and redact Taiwan personal data in files, folders and streams.
//   scan    Scanning/ScanCommand.cs      (output formats in Output/, the --jsonl co-process in Scanning/JsonLinesSession.cs)
//   redact  Redaction/RedactCommand.cs
//   audit   Audit/AuditCommand.cs         (verify a guard's audit trail offline; keygen for checkpoint keys)
// Both read their inputs through Sources/ and scan large inputs in overlapping chunks (Scanning/StreamScanner.cs).
using var environment = CliEnvironment.FromConsole();
return DataGuardCommand.Invoke(args, environment);
