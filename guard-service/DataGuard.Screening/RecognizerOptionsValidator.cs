using DataGuard.Detection;
using DataGuard.Detection.Configuration;
using Microsoft.Extensions.Options;

namespace DataGuard.Screening;

/// <summary>
/// Options validation for <see cref="RecognizerOptions"/>: an invalid pattern, a duplicate or built-in type name or an
/// impossible setting stops start-up with one clear message per problem (<see cref="RecognizerRegistry.Validate"/>).
/// </summary>
public sealed class RecognizerOptionsValidator : IValidateOptions<RecognizerOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = RecognizerRegistry.Validate(options.Custom);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
