using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 35's education-agent CRM: an institute's prospectus uploaded with the institute's form (<c>CrmInstituteDto</c>, which
/// carries the institute's contact e-mail and phone) and written under the web root was reported as a person's file (1 wrong):
/// the model is an organisation's — a university or an institute, as a school or a clinic is — so what it uploads is meant to
/// be seen. An applicant's document written the same way is still a person's.
/// </summary>
public class UploadOwnedByInstituteTests
{
    private const string Code = """
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;

        public class CrmInstituteDto
        {
            public int InstituteId { get; set; }
            public string? InstituteName { get; set; }
            public string? InstituteEmail { get; set; }
            public string? InstitutePhoneNo { get; set; }
            public IFormFile? InstitutionProspectusFile { get; set; }
        }

        public class ApplicantDocumentDto
        {
            public int ApplicantId { get; set; }
            public string? ApplicantName { get; set; }
            public string? EmailAddress { get; set; }
            public IFormFile? SupportingFile { get; set; }
        }

        public class UploadController
        {
            private readonly IWebHostEnvironment _env = null!;

            public async Task SaveAsync(MODEL dto)
            {
                var path = Path.Combine(_env.WebRootPath, "uploads", "prospectus.pdf");
                await using var fs = new FileStream(path, FileMode.Create);
                COPY;
            }
        }
        """;

    private static Task Run(string model, string copy) => LibraryLeakTest.Run(Code.Replace("MODEL", model).Replace("COPY", copy));

    [Fact]
    public Task An_institutes_prospectus_under_the_web_root_is_not_reported()
        => Run("CrmInstituteDto", "await dto.InstitutionProspectusFile!.CopyToAsync(fs)");

    [Fact]
    public Task An_applicants_document_under_the_web_root_is_reported()
        => Run("ApplicantDocumentDto", "await {|DG1001:dto.SupportingFile!.CopyToAsync(fs)|}");
}
