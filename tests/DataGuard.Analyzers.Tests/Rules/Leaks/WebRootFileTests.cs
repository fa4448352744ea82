using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Files written under the publicly served web root (<c>WebRootPath</c>, a <c>wwwroot</c> segment) are published at a
/// guessable URL: a person's uploaded file or personal text written there is reported; the content root, a private folder,
/// and a site's or a product's images are not.
/// </summary>
public class WebRootFileTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;

        """;

    private const string Models = """

        public class PermitApplicant
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
            public string MobilePhone { get; set; } = "";
        }

        public class ApplicantUpload
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
            public IFormFile? Attachment { get; set; }
        }

        public class FingerprintEnrolmentDto
        {
            public int StaffNo { get; set; }
            public IFormFile? LeftThumbFile { get; set; }
        }

        public class CatalogueItem
        {
            public string Title { get; set; } = "";
            public decimal Price { get; set; }
            public IFormFile? ImageFile { get; set; }
        }

        public class PortalSettingsDto
        {
            public string PortalTitle { get; set; } = "";
            public string ContactEmail { get; set; } = "";
            public IFormFile? HeaderLogoFile { get; set; }
        }
        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body + Models);

    [Fact]
    public Task Upload_of_a_person_model_copied_under_wwwroot_is_reported() => Run("""
        class UploadService
        {
            async Task SaveAsync(ApplicantUpload upload)
            {
                var name = Guid.NewGuid() + ".pdf";
                var target = Path.Combine(Directory.GetCurrentDirectory(), "wwwroot\\files\\applicants", name);
                using (var stream = new FileStream(target, FileMode.Create))
                {
                    await {|DG1001:upload.Attachment!.CopyToAsync(stream)|};
                }
            }
        }
        """);

    [Fact]
    public Task Signature_parameter_copied_to_the_web_root_path_of_a_field_is_reported() => Run("""
        class SignatureStore
        {
            private readonly IWebHostEnvironment _env;

            public SignatureStore(IWebHostEnvironment env) => _env = env;

            void Save(IFormFile signature, bool scanned)
            {
                var folder = Path.Combine(_env.WebRootPath, scanned ? "scans" : "signatures");
                using var file = File.Create(Path.Combine(folder, Guid.NewGuid() + ".png"));
                {|DG1001:signature.CopyTo(file)|};
            }
        }
        """);

    [Fact]
    public Task Biometric_model_named_by_its_type_is_reported() => Run("""
        class EnrolmentHandler
        {
            async Task HandleAsync(FingerprintEnrolmentDto dto)
            {
                var thumb = dto.LeftThumbFile!;
                var path = $"wwwroot/biometrics/{dto.StaffNo}_left_thumb.png";
                await using var stream = new FileStream(path, FileMode.Create);
                await {|DG1001:thumb.CopyToAsync(stream)|};
            }
        }
        """);

    [Fact]
    public Task Upload_to_an_action_named_for_a_person_file_is_reported() => Run("""
        class VisitsController
        {
            async Task UploadPrescription(int visitId, IFormFile file)
            {
                var folder = Path.Combine("wwwroot", "uploads", "visits");
                using (var stream = new FileStream(Path.Combine(folder, visitId + Path.GetExtension(file.FileName)), FileMode.Create))
                {
                    await {|DG1001:file.CopyToAsync(stream)|};
                }
            }
        }
        """);

    [Fact]
    public Task Upload_bound_beside_a_person_model_is_reported() => Run("""
        class PermitsController
        {
            private readonly IWebHostEnvironment _host;

            public PermitsController(IWebHostEnvironment host) => _host = host;

            async Task Apply(PermitApplicant applicant, IFormFile document)
            {
                var path = Path.Combine(_host.WebRootPath, "permits", Guid.NewGuid().ToString("N"));
                using var stream = new FileStream(path, FileMode.CreateNew);
                await {|DG1001:document.CopyToAsync(stream)|};
            }
        }
        """);

    [Fact]
    public Task Personal_text_written_under_the_web_root_is_reported() => Run("""
        class ReceiptWriter
        {
            private readonly IWebHostEnvironment _env;

            public ReceiptWriter(IWebHostEnvironment env) => _env = env;

            Task WriteAsync(PermitApplicant applicant, int receiptNo)
                => {|DG1001:File.WriteAllTextAsync($"{_env.WebRootPath}/receipts/{receiptNo}.txt", "Received from " + applicant.FullName + " " + applicant.MobilePhone)|};
        }
        """);

    [Fact]
    public Task Document_rendered_from_a_person_record_into_the_web_root_is_reported() => Run("""
        class ReceiptPdfs
        {
            private readonly IWebHostEnvironment _env;

            public ReceiptPdfs(IWebHostEnvironment env) => _env = env;

            async Task PublishAsync(PermitApplicant applicant, int receiptNo)
            {
                var pdf = await RenderAsync(applicant);
                var folder = Path.Combine(_env.WebRootPath, "receipts");
                await {|DG1001:File.WriteAllBytesAsync(Path.Combine(folder, receiptNo + ".pdf"), pdf)|};
            }

            private static Task<byte[]> RenderAsync(PermitApplicant applicant) => Task.FromResult(Array.Empty<byte>());
        }
        """);

    [Fact]
    public Task Document_built_by_a_renderer_made_from_a_person_record_is_reported() => Run("""
        class LeaseDocuments
        {
            private readonly IWebHostEnvironment _env;

            public LeaseDocuments(IWebHostEnvironment env) => _env = env;

            async Task PublishAsync(PermitApplicant tenant, string number)
            {
                var renderer = new PdfView("Lease", tenant);
                var bytes = await renderer.BuildAsync();
                await {|DG1001:File.WriteAllBytesAsync(Path.Combine(_env.WebRootPath, "pdf/leases", number + ".pdf"), bytes)|};
            }
        }

        class PdfView
        {
            public PdfView(string view, object model) { }

            public Task<byte[]> BuildAsync() => Task.FromResult(Array.Empty<byte>());
        }
        """);

    [Fact]
    public Task Document_rendered_from_a_catalogue_record_into_the_web_root_is_not_reported() => Run("""
        class LeafletPdfs
        {
            private readonly IWebHostEnvironment _env;

            public LeafletPdfs(IWebHostEnvironment env) => _env = env;

            async Task PublishAsync(CatalogueItem item, int no)
            {
                var pdf = await RenderAsync(item);
                await File.WriteAllBytesAsync(Path.Combine(_env.WebRootPath, "leaflets", no + ".pdf"), pdf);
            }

            private static Task<byte[]> RenderAsync(CatalogueItem item) => Task.FromResult(Array.Empty<byte>());
        }
        """);

    [Fact]
    public Task Image_loaded_from_a_photo_and_saved_under_wwwroot_is_reported() => LibraryLeakTest.RunWithLibrary(Usings + """
        using SixLabors.ImageSharp;

        class AvatarService
        {
            void Store(IFormFile photo, string id)
            {
                using var image = Image.Load(photo.OpenReadStream());
                {|DG1001:image.Save(Path.Combine("wwwroot", "avatars", id + ".webp"))|};
            }
        }
        """ + Models, """
        namespace SixLabors.ImageSharp
        {
            public class Image : System.IDisposable
            {
                public static Image Load(System.IO.Stream stream) => new Image();
                public void Dispose() { }
            }

            public static class ImageExtensions
            {
                public static void Save(this Image source, string path) { }
            }
        }
        """);

    [Fact]
    public Task Person_upload_under_the_content_root_or_a_private_folder_is_not_reported() => Run("""
        class PrivateStore
        {
            private readonly IWebHostEnvironment _env;

            public PrivateStore(IWebHostEnvironment env) => _env = env;

            async Task SaveAsync(ApplicantUpload upload, IFormFile signature)
            {
                using (var stream = new FileStream(Path.Combine(_env.ContentRootPath, "App_Data", "applicants", Guid.NewGuid() + ".pdf"), FileMode.Create))
                {
                    await upload.Attachment!.CopyToAsync(stream);
                }

                using var file = File.Create(Path.Combine("/srv/private-uploads", "signatures", Guid.NewGuid() + ".png"));
                await signature.CopyToAsync(file);
            }
        }
        """);

    [Fact]
    public Task Product_image_and_site_logo_under_wwwroot_are_not_reported() => Run("""
        class MediaController
        {
            private readonly IWebHostEnvironment _env;

            public MediaController(IWebHostEnvironment env) => _env = env;

            async Task SaveAsync(CatalogueItem item, PortalSettingsDto settings)
            {
                using (var stream = new FileStream(Path.Combine(_env.WebRootPath, "images", "items", Guid.NewGuid() + ".jpg"), FileMode.Create))
                {
                    await item.ImageFile!.CopyToAsync(stream);
                }

                using var logo = File.Create(Path.Combine(_env.WebRootPath, "images", "logo.png"));
                await settings.HeaderLogoFile!.CopyToAsync(logo);
            }
        }
        """);

    [Fact]
    public Task Non_personal_text_under_wwwroot_is_not_reported() => Run("""
        class SitemapWriter
        {
            private readonly IWebHostEnvironment _env;

            public SitemapWriter(IWebHostEnvironment env) => _env = env;

            void Write(int pages) => File.WriteAllText(Path.Combine(_env.WebRootPath, "sitemap.txt"), "pages: " + pages);
        }
        """);
}
