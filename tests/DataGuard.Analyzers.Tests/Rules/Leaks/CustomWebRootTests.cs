using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A program that serves another folder than <c>wwwroot</c> (<c>UseWebRoot("public")</c>, <c>WebApplicationOptions.WebRootPath</c>)
/// publishes the files written there: a person's upload copied under it is reported; the same folder name in a program
/// that does not serve it is not.
/// </summary>
public class CustomWebRootTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;

        public class ApplicantUpload
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
            public IFormFile? Attachment { get; set; }
        }

        class ApplicantsController
        {
            async Task Save(ApplicantUpload upload)
            {
                var target = Path.Combine(Directory.GetCurrentDirectory(), "FOLDER", "applicants", Guid.NewGuid() + ".pdf");
                using var stream = new FileStream(target, FileMode.Create);
                await COPY;
            }
        }

        """;

    private const string Copy = "upload.Attachment!.CopyToAsync(stream)";

    private static Task Run(string folder, bool reported, string startup)
        => LibraryLeakTest.Run(Usings.Replace("FOLDER", folder).Replace("COPY", reported ? "{|DG1001:" + Copy + "|}" : Copy) + startup);

    [Fact]
    public Task Upload_under_the_folder_given_to_UseWebRoot_is_reported() => Run("public", reported: true, """
        static class Startup
        {
            static void Configure(WebApplicationBuilder builder) => builder.WebHost.UseWebRoot("public");
        }
        """);

    [Fact]
    public Task Upload_under_the_web_root_path_of_the_application_options_is_reported() => Run("static", reported: true, """
        static class Startup
        {
            static WebApplicationBuilder Create(string[] args) => WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = "site/static" });
        }
        """);

    [Fact]
    public Task Upload_under_a_folder_the_program_does_not_serve_is_not_reported() => Run("public", reported: false, """
        static class Startup
        {
            static void Configure(WebApplicationBuilder builder) => builder.WebHost.UseWebRoot("assets");
        }
        """);
}
