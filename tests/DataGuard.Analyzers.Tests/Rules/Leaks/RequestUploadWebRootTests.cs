using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 32's rental API and clinic queue: an upload is request content, so a file copied under the web root is reported
/// whatever its parameter is called (a tenant's ID documents under <c>file</c>, a relative <c>"wwwroot/uploads"</c> path built
/// in a chain of <c>Path.Combine</c>); a picture on an organisation's model or page (a clinic's profile picture) is the
/// organisation's, meant to be served.
/// </summary>
public class RequestUploadWebRootTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;

        public enum DocumentCategory { IdProof, AddressProof, BankProof }

        public class AdminCreateClinicDto
        {
            public string Email { get; set; } = "";
            public string DisplayName { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
            public string DoctorName { get; set; } = "";
            public string Specialty { get; set; } = "";
            public IFormFile? ProfilePicture { get; set; }
        }

        public class CompanyDto
        {
            public string CompanyName { get; set; } = "";
            public string Website { get; set; } = "";
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Upload_named_file_copied_under_a_relative_wwwroot_path_is_reported() => Run("""
        public class TenantService
        {
            private async Task<string> SaveFileAsync(IFormFile file, string ownerType, long ownerId, DocumentCategory category)
            {
                var uploadPath = Path.Combine("wwwroot/uploads", ownerType, ownerId.ToString(), category.ToString());
                Directory.CreateDirectory(uploadPath);
                var fileName = $"{Guid.NewGuid()}_{file.FileName}";
                var filePath = Path.Combine(uploadPath, fileName);
                using (var stream = new FileStream(filePath, FileMode.Create))
                {
                    await {|DG1001:file.CopyToAsync(stream)|};
                }

                return $"/uploads/{ownerType}/{ownerId}/{fileName}";
            }
        }
        """);

    [Fact]
    public Task Attachment_member_of_a_plain_request_copied_to_the_web_root_path_is_reported() => Run("""
        public class TicketRequest { public string Title { get; set; } = ""; public IFormFile? Attachment { get; set; } }

        public class TicketService
        {
            private readonly IWebHostEnvironment _env = null!;

            public async Task AddAsync(TicketRequest request)
            {
                using var stream = File.Create(Path.Combine(_env.WebRootPath, "tickets", Guid.NewGuid().ToString()));
                await {|DG1001:request.Attachment!.CopyToAsync(stream)|};
            }
        }
        """);

    [Fact]
    public Task Picture_on_an_organisations_model_copied_to_the_web_root_is_not_reported() => Run("""
        public class AdminController
        {
            private readonly IWebHostEnvironment _env = null!;

            public async Task AddClinic(AdminCreateClinicDto dto)
            {
                var folder = Path.Combine(_env.WebRootPath, "uploads", "clinic-pictures");
                using (var stream = new FileStream(Path.Combine(folder, Guid.NewGuid() + ".jpg"), FileMode.Create))
                {
                    await dto.ProfilePicture!.CopyToAsync(stream);
                }
            }
        }
        """);

    [Fact]
    public Task Picture_bound_on_an_organisations_page_is_not_reported() => Run("""
        public class ClinicsModel
        {
            private readonly IWebHostEnvironment _env = null!;
            public string DoctorName { get; set; } = "";
            public string ClinicEmail { get; set; } = "";
            public IFormFile? ProfilePicture { get; set; }

            public async Task OnPostAsync()
            {
                using var stream = new FileStream(Path.Combine(_env.WebRootPath, "uploads", Guid.NewGuid() + ".jpg"), FileMode.Create);
                await ProfilePicture!.CopyToAsync(stream);
            }
        }
        """);

    [Fact]
    public Task Upload_received_beside_an_organisations_model_is_not_reported() => Run("""
        public class PartnerController
        {
            public async Task Register(CompanyDto company, IFormFile file)
            {
                using var stream = new FileStream(Path.Combine("wwwroot", "partners", Guid.NewGuid() + ".png"), FileMode.Create);
                await file.CopyToAsync(stream);
            }
        }
        """);
}
