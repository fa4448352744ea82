using Microsoft.Extensions.Options;

namespace DataGuard.Screening;

/// <summary>Options validation for <see cref="ScreeningPolicy"/>: a misspelt action or type stops start-up with a clear message.</summary>
public sealed class ScreeningPolicyValidator : IValidateOptions<ScreeningPolicy>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ScreeningPolicy options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
