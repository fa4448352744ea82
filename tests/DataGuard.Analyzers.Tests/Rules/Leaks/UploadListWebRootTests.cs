using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Uploads taken from a list on a person's request entry (<c>entry.ReportFiles[i]</c>, <c>foreach</c> over it) and the bytes of
/// an upload copied through a <c>MemoryStream</c> are that person's files when written under the web root; a catalogue's list
/// of images and a logo copied the same way are not.
/// </summary>
public class UploadListWebRootTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;

        """;

    private const string Models = """

        public class ReportUploadEntry
        {
            public string HFID { get; set; } = "";
            public string Email { get; set; } = "";
            public List<IFormFile> ReportFiles { get; set; } = new();
        }

        public class CatalogueImages
        {
            public string Title { get; set; } = "";
            public decimal Price { get; set; }
            public List<IFormFile> Images { get; set; } = new();
        }

        public class ApplicantDocuments
        {
            public string FullName { get; set; } = "";
            public IFormFile? Attachment { get; set; }
        }

        public class PortalBranding
        {
            public string PortalTitle { get; set; } = "";
            public IFormFile? HeaderLogoFile { get; set; }
        }
        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + Models);

    [Fact]
    public Task File_indexed_from_a_persons_entry_list_under_the_web_root_is_reported() => Run("""
        class ReportsController
        {
            private readonly IWebHostEnvironment _env = null!;

            async Task Upload(ReportUploadEntry entry)
            {
                var folder = Path.Combine(_env.WebRootPath ?? "wwwroot", "temp-reports");
                for (var i = 0; i < entry.ReportFiles.Count; i++)
                {
                    var file = entry.ReportFiles[i];
                    using (var stream = new FileStream(Path.Combine(folder, file.FileName), FileMode.Create))
                    {
                        await {|DG1001:file.CopyToAsync(stream)|};
                    }
                }
            }
        }
        """);

    [Fact]
    public Task File_enumerated_from_a_persons_entry_list_under_the_web_root_is_reported() => Run("""
        class ReportsController
        {
            async Task Upload(ReportUploadEntry entry)
            {
                foreach (var file in entry.ReportFiles)
                {
                    using var stream = new FileStream(Path.Combine("wwwroot", "reports", Guid.NewGuid() + ".pdf"), FileMode.Create);
                    await {|DG1001:file.CopyToAsync(stream)|};
                }
            }
        }
        """);

    [Fact]
    public Task Catalogue_image_list_under_the_web_root_is_not_reported() => Run("""
        class ProductsController
        {
            async Task Upload(CatalogueImages product)
            {
                foreach (var image in product.Images)
                {
                    using var stream = new FileStream(Path.Combine("wwwroot", "products", Guid.NewGuid() + ".png"), FileMode.Create);
                    await image.CopyToAsync(stream);
                }
            }
        }
        """);

    [Fact]
    public Task Upload_copied_through_a_memory_stream_under_the_web_root_is_reported() => Run("""
        class ApplicantsController
        {
            async Task Save(ApplicantDocuments documents)
            {
                using var buffer = new MemoryStream();
                await documents.Attachment!.CopyToAsync(buffer);
                var path = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot", "applicants", Guid.NewGuid() + ".pdf");
                await {|DG1001:File.WriteAllBytesAsync(path, buffer.ToArray())|};
            }
        }
        """);

    [Fact]
    public Task Logo_copied_through_a_memory_stream_under_the_web_root_is_not_reported() => Run("""
        class BrandingController
        {
            async Task Save(PortalBranding branding)
            {
                using var buffer = new MemoryStream();
                await branding.HeaderLogoFile!.CopyToAsync(buffer);
                var path = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot", "branding", "logo.png");
                await File.WriteAllBytesAsync(path, buffer.ToArray());
            }
        }
        """);

    [Fact]
    public Task Upload_copied_through_a_memory_stream_outside_the_web_root_is_not_reported() => Run("""
        class ApplicantsController
        {
            async Task Save(ApplicantDocuments documents)
            {
                using var buffer = new MemoryStream();
                await documents.Attachment!.CopyToAsync(buffer);
                var path = Path.Combine(Directory.GetCurrentDirectory(), "App_Data", "applicants", Guid.NewGuid() + ".pdf");
                await File.WriteAllBytesAsync(path, buffer.ToArray());
            }
        }
        """);
}
