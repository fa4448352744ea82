using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 34's clinic API: doctors' national-ID pictures and patients' photos written into the front end's static folder
/// (<c>../../Frontend/App/src/assets/nid/…</c>), which the site publishes as it is. A front-end <c>src/assets</c> folder is served;
/// a server's own <c>Assets</c> folder (templates, fonts) is not.
/// </summary>
public class FrontEndAssetsFolderTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using Microsoft.AspNetCore.Http;

        public class AddDocument
        {
            public int DoctorID { get; set; }
            public IFormFile Document { get; set; } = null!;
        }

        public class Documents
        {
            public int DoctorID { get; set; }
            public string Path { get; set; } = "";
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Upload_written_into_a_front_end_src_assets_folder_is_reported() => Run("""
        public class DoctorRepo
        {
            public void AddDocument(AddDocument docu, bool certificate)
            {
                string filename = $"Doc{docu.DoctorID}.png";
                var document = new Documents();
                document.DoctorID = docu.DoctorID;
                document.Path = $"../../Frontend/ClinicApp/src/assets/{(certificate ? "certificates" : "nid")}/{filename}";
                using (FileStream fs = new FileStream(document.Path, FileMode.Create))
                {
                    {|DG1001:docu.Document.CopyTo(fs)|};
                }
            }
        }
        """);

    [Fact]
    public Task Upload_written_into_a_servers_own_assets_folder_is_not_reported() => Run("""
        public class DoctorRepo
        {
            public void AddDocument(AddDocument docu, string contentRoot)
            {
                var path = Path.Combine(contentRoot, "Assets", "documents", $"Doc{docu.DoctorID}.png");
                using (FileStream fs = new FileStream(path, FileMode.Create))
                {
                    docu.Document.CopyTo(fs);
                }
            }
        }
        """);
}
