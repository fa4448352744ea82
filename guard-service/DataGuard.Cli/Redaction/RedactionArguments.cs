using System.CommandLine;
using System.Text;
using DataGuard.Cli.Resources;
using DataGuard.Detection.Redaction;

namespace DataGuard.Cli.Redaction;

/// <summary><c>--operator</c> and <c>--key</c>: how found values are replaced.</summary>
internal sealed class RedactionArguments
{
    /// <summary>Environment variable holding the hash key when <c>--key</c> is not given (keeps it out of shell history).</summary>
    public const string HashKeyVariable = "DATAGUARD_HASH_KEY";

    private static readonly Dictionary<string, RedactionOperator> Operators = new(StringComparer.Ordinal)
    {
        ["placeholder"] = RedactionOperator.Placeholder,
        ["mask"] = RedactionOperator.Mask,
        ["hash"] = RedactionOperator.Hash,
        ["pseudonymize"] = RedactionOperator.Pseudonymize,
    };

    public RedactionArguments() => Operator.AcceptOnlyFromAmong(Operators.Keys.ToArray());

    public Option<string> Operator { get; } = new("--operator")
    {
        Description = Messages.OperatorDescription,
        DefaultValueFactory = _ => "placeholder",
    };

    public Option<string> Key { get; } = new("--key") { Description = Messages.KeyDescription };

    public void AddTo(Command command)
    {
        command.Options.Add(Operator);
        command.Options.Add(Key);
    }

    /// <summary>The redaction options; throws <see cref="CliUsageException"/> when the hash operator has no key.</summary>
    public RedactionOptions Read(ParseResult parseResult, CliEnvironment environment)
    {
        var op = Operators[parseResult.GetValue(Operator) ?? "placeholder"];
        var options = new RedactionOptions { Operator = op };
        if (op == RedactionOperator.Hash)
        {
            var key = parseResult.GetValue(Key);
            if (string.IsNullOrEmpty(key)) key = environment.GetVariable(HashKeyVariable);
            if (string.IsNullOrEmpty(key)) throw new CliUsageException(Messages.ErrorHashKeyMissing);
            options.HashKey = Encoding.UTF8.GetBytes(key);
        }
        return options;
    }
}
