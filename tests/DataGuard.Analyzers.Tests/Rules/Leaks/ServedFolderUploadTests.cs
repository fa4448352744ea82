using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 35's unseen run: a folder that is not the web root but that the program serves itself
/// (<c>UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(uploadsPath), RequestPath = "/uploads" })</c>,
/// <c>UseFileServer</c>, <c>UseDirectoryBrowser</c>) publishes what is written there like <c>wwwroot</c>, and so does a web
/// server's absolute tree (<c>C:\inetpub\…</c>): a person's upload copied under it is reported. A folder no mapping serves, and a
/// served folder holding only the site's own assets, are not.
/// </summary>
public class ServedFolderUploadTests
{
    private const string Saver = """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.FileProviders;

        public class FileService
        {
            public async Task<string> SaveFile(IFormFile file, string subDirectory)
            {
                var uploadPath = Path.Combine(Directory.GetCurrentDirectory(), "FOLDER", subDirectory);
                var filePath = Path.Combine(uploadPath, Guid.NewGuid() + Path.GetExtension(file.FileName));
                using (var stream = new FileStream(filePath, FileMode.Create))
                {
                    await COPY;
                }

                return filePath;
            }
        }

        """;

    private const string Copy = "file.CopyToAsync(stream)";

    private static Task Run(string folder, bool reported, string startup)
        => LibraryLeakTest.Run(Saver.Replace("FOLDER", folder).Replace("COPY", reported ? "{|DG1001:" + Copy + "|}" : Copy) + startup);

    [Fact]
    public Task Upload_under_a_folder_served_by_UseStaticFiles_with_a_physical_provider_is_reported() => Run("Uploads", reported: true, """
        static class Startup
        {
            static void Configure(WebApplication app)
            {
                var uploadsPath = Path.Combine(Directory.GetCurrentDirectory(), "Uploads");
                app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(uploadsPath), RequestPath = "/uploads" });
            }
        }
        """);

    [Fact]
    public Task Upload_under_a_folder_served_by_UseFileServer_from_the_content_root_is_reported() => Run("documents", reported: true, """
        static class Startup
        {
            static void Configure(WebApplication app)
            {
                app.UseFileServer(new FileServerOptions
                {
                    FileProvider = new PhysicalFileProvider(Path.Combine(app.Environment.ContentRootPath, "documents")),
                    RequestPath = "/docs",
                });
            }
        }
        """);

    [Fact]
    public Task Upload_under_a_folder_served_by_a_provider_kept_in_a_local_is_reported() => Run("Media", reported: true, """
        static class Startup
        {
            const string MediaFolder = "Media";

            static void Configure(WebApplication app)
            {
                var provider = new PhysicalFileProvider(Path.Combine(app.Environment.ContentRootPath, MediaFolder));
                app.UseDirectoryBrowser(new DirectoryBrowserOptions { FileProvider = provider, RequestPath = "/media" });
            }
        }
        """);

    [Fact]
    public Task Upload_under_a_folder_no_mapping_serves_is_not_reported() => Run("Uploads", reported: false, """
        static class Startup
        {
            static void Configure(WebApplication app)
            {
                app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(Directory.GetCurrentDirectory(), "Assets")), RequestPath = "/assets" });
            }
        }
        """);

    [Fact]
    public Task Physical_provider_read_by_the_program_alone_serves_nothing() => Run("Uploads", reported: false, """
        static class Startup
        {
            static IFileProvider Files() => new PhysicalFileProvider(Path.Combine(Directory.GetCurrentDirectory(), "Uploads"));
        }
        """);

    [Fact]
    public Task Served_folder_holding_only_the_sites_assets_is_not_reported() => LibraryLeakTest.Run("""
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.FileProviders;

        public class BrandingService
        {
            public async Task SaveLogo(IFormFile logo)
            {
                var path = Path.Combine(Directory.GetCurrentDirectory(), "Uploads", "branding", "logo.png");
                using var stream = new FileStream(path, FileMode.Create);
                await logo.CopyToAsync(stream);
            }

            public Task SaveStylesheet(string css) => File.WriteAllTextAsync(Path.Combine(Directory.GetCurrentDirectory(), "Uploads", "site.css"), css);
        }

        static class Startup
        {
            static void Configure(WebApplication app)
                => app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(Directory.GetCurrentDirectory(), "Uploads")), RequestPath = "/uploads" });
        }
        """);

    [Fact]
    public Task Upload_under_a_web_servers_inetpub_tree_is_reported() => LibraryLeakTest.Run("""
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;

        public class FileUploadService
        {
            private readonly string _uploadsDirectory = @"C:\inetpub\UploadedFiles";

            public async Task<string> UploadFileAsync(IFormFile file)
            {
                var filePath = Path.Combine(_uploadsDirectory, Guid.NewGuid() + "_" + Path.GetFileName(file.FileName));
                await using var stream = new FileStream(filePath, FileMode.Create);
                await {|DG1001:file.CopyToAsync(stream)|};
                return filePath;
            }
        }
        """);

    [Fact]
    public Task Upload_under_a_relative_inetpub_folder_is_not_reported() => LibraryLeakTest.Run("""
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;

        public class FileUploadService
        {
            public async Task UploadFileAsync(IFormFile file)
            {
                var filePath = Path.Combine(Directory.GetCurrentDirectory(), "inetpub", Guid.NewGuid().ToString());
                await using var stream = new FileStream(filePath, FileMode.Create);
                await file.CopyToAsync(stream);
            }
        }
        """);

    [Fact]
    public Task Upload_filed_under_a_generic_document_record_under_the_web_root_is_reported() => LibraryLeakTest.Run("""
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;

        public class DMSDto
        {
            public int ApplicantId { get; set; }
            public string DocumentType { get; set; } = null!;
            public string Title { get; set; } = null!;
            public string FileName { get; set; } = null!;
            public string ReferenceEntityType { get; set; } = null!;
            public string ReferenceEntityId { get; set; } = null!;
            public string? IpAddress { get; set; }
            public string FolderName { get; set; } = null!;
            public string OwnerId { get; set; } = null!;
        }

        public class DmsDocumentService
        {
            public Task Save(IFormFile file, DMSDto dmsDto) => SaveFileToSystem(file, dmsDto);

            private async Task SaveFileToSystem(IFormFile file, DMSDto dmsDto)
            {
                string rootPath = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot");
                string folderPath = Path.Combine(rootPath, "Uploads", dmsDto.ReferenceEntityType.Trim(), dmsDto.ReferenceEntityId, dmsDto.DocumentType.Trim());
                string fullPath = Path.Combine(folderPath, file.FileName);
                using (var stream = new FileStream(fullPath, FileMode.Create))
                {
                    await {|DG1001:file.CopyToAsync(stream)|};
                }
            }
        }
        """);
}
