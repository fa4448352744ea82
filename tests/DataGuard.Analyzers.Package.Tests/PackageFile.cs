using System.IO.Compression;
using System.Reflection.PortableExecutable;

namespace DataGuard.Analyzers.Package.Tests;

/// <summary>Reads assemblies inside a .nupkg without extracting it.</summary>
public static class PackageFile
{
    /// <summary>The PE image of <paramref name="entry"/>, read into memory; fails the test when the entry is absent.</summary>
    public static PEReader OpenImage(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        var assembly = zip.GetEntry(entry);
        Assert.True(assembly is not null, $"{entry} is not in the package");
        var image = new MemoryStream();
        using (var stream = assembly.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        return new PEReader(image);
    }
}
