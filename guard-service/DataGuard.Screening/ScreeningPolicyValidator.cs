using DataGuard.Detection;
using Microsoft.Extensions.Options;

namespace DataGuard.Screening;

/// <summary>Options validation for <see cref="ScreeningPolicy"/>: a misspelt action or type stops start-up with a clear message.</summary>
public sealed class ScreeningPolicyValidator : IValidateOptions<ScreeningPolicy>
{
    private readonly RecognizerRegistry _recognizers;

    /// <summary>A validator that knows the built-in entity types only.</summary>
    public ScreeningPolicyValidator() : this(RecognizerRegistry.BuiltIn) { }

    /// <summary>A validator that also accepts the types configured in <paramref name="recognizers"/>.</summary>
    public ScreeningPolicyValidator(RecognizerRegistry recognizers) =>
        _recognizers = recognizers ?? throw new ArgumentNullException(nameof(recognizers));

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ScreeningPolicy options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate(_recognizers);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
