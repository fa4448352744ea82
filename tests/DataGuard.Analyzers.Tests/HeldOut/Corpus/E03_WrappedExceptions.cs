using System;
using System.IO;

namespace Police.Evidence.Storage;

public sealed class EvidencePhotoStore
{
    private readonly string _root;

    public EvidencePhotoStore(string root) => _root = root;

    public byte[] Load(string caseNo, string suspectIdNumber)
    {
        var path = Path.Combine(_root, caseNo, "photo.jpg");
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException($"Photo for suspect {suspectIdNumber} unreadable", ex); // expect: DG1006
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InvalidOperationException($"Photo for case {caseNo} not accessible", ex);
        }
    }

    public void Save(string caseNo, string suspectIdNumber, byte[] data)
    {
        var error = data.Length == 0 ? new ArgumentException("Empty photo for " + suspectIdNumber) : null; // expect: DG1006
        if (error is not null)
        {
            throw error;
        }

        File.WriteAllBytes(Path.Combine(_root, caseNo, "photo.jpg"), data);
    }
}
