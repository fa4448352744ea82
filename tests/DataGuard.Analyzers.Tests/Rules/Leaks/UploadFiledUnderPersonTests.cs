using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 22's hospital: an upload named only <c>file</c>, received beside a patient's id, written under the web root and filed
/// as a document keyed to that patient (<c>new PatientDocument { PatientId = patientId }</c>). The record's navigation to a
/// person makes the file that person's (DG1001, a file others can fetch); an image filed under a product is not.
/// </summary>
public class UploadFiledUnderPersonTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;

        public class Patient { public string Id { get; set; } = ""; public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
        public class PatientDocument { public int Id { get; set; } public string PatientId { get; set; } = ""; public Patient? Patient { get; set; } public string FileName { get; set; } = ""; }
        public class Product { public int Id { get; set; } public string Title { get; set; } = ""; public decimal Price { get; set; } }
        public class ProductPicture { public int Id { get; set; } public int ProductId { get; set; } public Product? Product { get; set; } public string FileName { get; set; } = ""; }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Upload_filed_under_a_patients_id_and_written_under_the_web_root_is_reported() => Run("""
        public class DocumentService
        {
            private readonly IWebHostEnvironment _env = null!;
            private readonly List<PatientDocument> _documents = new();

            public async Task UploadAsync(string patientId, string uploadedById, IFormFile file, string documentType)
            {
                var folder = Path.Combine(_env.WebRootPath, "documents");
                var stored = Guid.NewGuid() + Path.GetExtension(file.FileName);
                using (var stream = new FileStream(Path.Combine(folder, stored), FileMode.Create))
                {
                    await {|DG1001:file.CopyToAsync(stream)|};
                }

                _documents.Add(new PatientDocument { PatientId = patientId, FileName = stored });
            }
        }
        """);

    [Fact]
    public Task Upload_filed_under_a_products_id_is_not_reported() => Run("""
        public class PictureService
        {
            private readonly IWebHostEnvironment _env = null!;
            private readonly List<ProductPicture> _pictures = new();

            public async Task UploadAsync(int productId, IFormFile file)
            {
                var stored = Guid.NewGuid() + Path.GetExtension(file.FileName);
                using (var stream = new FileStream(Path.Combine(_env.WebRootPath, "pictures", stored), FileMode.Create))
                {
                    await file.CopyToAsync(stream);
                }

                _pictures.Add(new ProductPicture { ProductId = productId, FileName = stored });
            }
        }
        """);
}
