using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 26's RTB hearing recordings: an SFTP file's <c>FullName</c> (SSH.NET's <c>ISftpFile</c>) logged on download is a
/// path, not a person's full name. The type decides: a file, directory or stream object; a person's record with the same member names stays reported.
/// </summary>
public class FilePathsLoggedTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using Microsoft.Extensions.Logging;

        """;

    private const string Types = """

        namespace Renci.SshNet.Sftp
        {
            public interface ISftpFile { string FullName { get; } string Name { get; } long Length { get; } bool IsDirectory { get; } void Delete(); }
        }
        public class Tenant { public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class UploadedFile { public string FullName { get; set; } = ""; public string OwnerEmail { get; set; } = ""; }
        """;

    private static Task Run(string parameters, string body) => LibraryLeakTest.Run(Usings + $$"""
        class RecordingTransfer
        {
            private readonly ILogger<RecordingTransfer> _logger = null!;

            void Handle({{parameters}})
            {
                BODY;
            }
        }
        """.Replace("BODY", body) + Types);

    [Fact]
    public Task Sftp_files_full_name_is_a_path() => Run("Renci.SshNet.Sftp.ISftpFile file", """
        _logger.LogInformation("Downloading {FullName}", file.FullName);
        _logger.LogError("Cannot delete file {Name}", file.Name)
        """);

    [Fact]
    public Task Persons_full_name_is_still_reported() => Run("Tenant tenant", """
        {|DG1001:_logger.LogInformation("Notice for {FullName}", tenant.FullName)|}
        """);

    [Fact]
    public Task File_record_holding_a_persons_email_keeps_its_full_name_personal() => Run("UploadedFile upload", """
        {|DG1001:_logger.LogInformation("Uploaded by {FullName}", upload.FullName)|}
        """);
}
