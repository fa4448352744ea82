using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A validation result holds the attempted values of the object it validated (<see cref="CarriedPersonalMembers"/>): the
/// result of validating an object with no personal member (a doctor's schedule: dates, times, ids) and no request content
/// holds none, so dumping its failures shows no one's data. Decided by the validated argument's type, at the call.
/// </summary>
internal static class ValidatedObjects
{
    /// <summary>Validator types as rows (metadata name); their implementations are found through the interface.</summary>
    private const string FluentValidator = "FluentValidation.IValidator`1";

    private static readonly string[] ValidateMethods = { "Validate", "ValidateAsync" };

    /// <summary>True when <paramref name="call"/> validates an object whose type has no personal member and is no request content.</summary>
    public static bool HoldNoPersonalValues(IInvocationOperation call, PersonalDataClassifier classifier)
    {
        var method = call.TargetMethod;
        if (System.Array.IndexOf(ValidateMethods, method.Name) < 0 || call.Arguments.Length == 0 || !IsValidator(method.ContainingType))
        {
            return false;
        }

        var validated = Flow.OperationShapes.Unconverted(call.Arguments[0].Value).Type;
        return validated is not null && !RequestContent.IsWholeType(validated) && !PersonalDataClassifier.IsPlainValue(validated)
               && classifier.PersonalMembers(validated).IsEmpty;
    }

    private static bool IsValidator(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if (PersonalAttributes.MetadataName(type.OriginalDefinition) == FluentValidator)
        {
            return true;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (PersonalAttributes.MetadataName(@interface.OriginalDefinition) == FluentValidator)
            {
                return true;
            }
        }

        return false;
    }
}
