using System;
using System.Collections.Generic;

namespace Police.Records.Errors;

public sealed class CitizenNotFoundException : Exception
{
    public CitizenNotFoundException(string nationalId)
        : base($"No citizen with ID {nationalId}") // expect: DG1006
    {
    }

    public CitizenNotFoundException(int recordId, Exception inner)
        : base($"No citizen record {recordId}", inner)
    {
    }
}

public sealed class CitizenDirectory
{
    private readonly Dictionary<string, string> _namesById = new();

    public string NameOf(string nationalId)
    {
        if (!_namesById.TryGetValue(nationalId, out var fullName))
        {
            throw new CitizenNotFoundException(nationalId);
        }

        return fullName;
    }

    public string NameOfOrFail(string nationalId) =>
        _namesById.TryGetValue(nationalId, out var n) ? n : throw new KeyNotFoundException("Unknown ID " + nationalId); // expect: DG1006

    public string NameOfSafe(string nationalId) =>
        _namesById.TryGetValue(nationalId, out var n) ? n : throw new KeyNotFoundException($"Unknown ID (length {nationalId.Length})");
}
