using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 34's clinic site: an upload helper keeps the path it builds in a member of its own result object
/// (<c>result.PhysicalPath = Path.Combine(baseLocation, "wwwroot", "imgs", name)</c>) and opens the file on that member. The path's
/// folders are every value the method assigns to the member, so a file under the web root is seen as one; a member holding a
/// private folder's path stays silent, and a member nobody assigned a served path to changes nothing.
/// </summary>
public class PathKeptInLocalMemberTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;

        public class UploadResult
        {
            public bool Result { get; set; }
            public string? SrcPath { get; set; }
            public string? PhysicalPath { get; set; }
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    [Fact]
    public Task Upload_copied_to_a_web_root_path_kept_in_the_result_member_is_reported() => Run("""
        public static class FormFileExtensions
        {
            public static async Task<UploadResult> SaveImageAsync(this IFormFile file, string name, string baseLocation)
            {
                var result = new UploadResult();
                var uniqueFileName = name + Path.GetExtension(file.FileName);
                result.SrcPath = $"/imgs/{uniqueFileName}";
                result.PhysicalPath = Path.Combine(baseLocation, "wwwroot", "imgs", uniqueFileName);
                using (var stream = new FileStream(result.PhysicalPath, FileMode.Create))
                {
                    await {|DG1001:file.CopyToAsync(stream)|};
                }

                result.Result = true;
                return result;
            }
        }
        """);

    [Fact]
    public Task Upload_copied_to_a_private_folder_kept_in_the_result_member_is_not_reported() => Run("""
        public static class FormFileExtensions
        {
            public static async Task<UploadResult> SaveImageAsync(this IFormFile file, string name, string baseLocation)
            {
                var result = new UploadResult();
                result.PhysicalPath = Path.Combine(baseLocation, "App_Data", "imgs", name);
                using (var stream = new FileStream(result.PhysicalPath, FileMode.Create))
                {
                    await file.CopyToAsync(stream);
                }

                return result;
            }
        }
        """);

    [Fact]
    public Task Web_root_path_kept_in_another_member_does_not_move_the_file() => Run("""
        public static class FormFileExtensions
        {
            public static async Task<UploadResult> SaveImageAsync(this IFormFile file, string name, string baseLocation)
            {
                var result = new UploadResult();
                result.SrcPath = Path.Combine("wwwroot", "imgs", name);
                result.PhysicalPath = Path.Combine(baseLocation, "private", name);
                using (var stream = new FileStream(result.PhysicalPath, FileMode.Create))
                {
                    await file.CopyToAsync(stream);
                }

                return result;
            }
        }
        """);
}
