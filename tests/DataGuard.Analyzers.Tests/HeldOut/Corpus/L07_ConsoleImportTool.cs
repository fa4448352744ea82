using System;
using System.IO;
using System.Linq;

namespace Police.Tools.Import;

public static class HouseholdImport
{
    public static int Main(string[] args)
    {
        var path = args.Length > 0 ? args[0] : "households.csv";
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        Console.WriteLine($"Importing {rows.Count} rows from {Path.GetFileName(path)}");

        var imported = 0;
        foreach (var cols in rows)
        {
            var idNumber = cols[0];
            var fullName = cols[1];
            var address = cols[2];
            if (idNumber.Length != 10)
            {
                Console.Error.WriteLine($"Skipping malformed ID {idNumber}"); // expect: DG1001
                continue;
            }

            if (string.IsNullOrWhiteSpace(address))
            {
                Console.WriteLine("Row for {0} has no address", fullName); // expect: DG1001
            }

            imported++;
        }

        Console.WriteLine("Imported {0} of {1}", imported, rows.Count);
        return 0;
    }
}
