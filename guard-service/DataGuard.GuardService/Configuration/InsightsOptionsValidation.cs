using DataGuard.Audit.Insights;
using Microsoft.Extensions.Options;

namespace DataGuard.GuardService.Configuration;

/// <summary>Stops start-up with every problem of <c>DataGuard:Insights</c> named (thresholds, duty hours, rotations, weights).</summary>
public sealed class InsightsOptionsValidation : IValidateOptions<InsightsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, InsightsOptions options)
    {
        var errors = options.Errors();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
