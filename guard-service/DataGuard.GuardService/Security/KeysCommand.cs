using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataGuard.GuardService.Security;

/// <summary>
/// <c>keys add --user &lt;id&gt; [--role auditor]… [--unit &lt;unit&gt;]</c>: creates a personal key, prints it once, and prints the configuration
/// entry holding only its hash. The key itself is never stored by the guard.
/// </summary>
public static class KeysCommand
{
    /// <summary>Whether the arguments ask for this command.</summary>
    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "keys";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[1] != "add")
        {
            error.WriteLine("Usage: keys add --user <id> [--role auditor]... [--unit <unit>]");
            return 2;
        }
        string? user = null, unit = null;
        var roles = new List<string>();
        for (int i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--user" when i + 1 < args.Length: user = args[++i]; break;
                case "--role" when i + 1 < args.Length: roles.Add(args[++i]); break;
                case "--unit" when i + 1 < args.Length: unit = args[++i]; break;
                default:
                    error.WriteLine($"Unknown argument '{args[i]}'. Usage: keys add --user <id> [--role auditor]... [--unit <unit>]");
                    return 2;
            }
        }
        if (string.IsNullOrWhiteSpace(user))
        {
            error.WriteLine("--user is required. Usage: keys add --user <id> [--role auditor]... [--unit <unit>]");
            return 2;
        }
        var key = KeyHash.NewKey();
        var entry = JsonSerializer.Serialize(new { UserId = user, KeyHash = KeyHash.Of(key), Roles = roles, Unit = unit },
            new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        output.WriteLine($"Key for {user} (give it to them; it is not stored anywhere):");
        output.WriteLine(key);
        output.WriteLine();
        output.WriteLine("Add this entry to DataGuard:Access:Keys in appsettings.json (or an environment-specific file):");
        output.WriteLine(entry);
        return 0;
    }
}
