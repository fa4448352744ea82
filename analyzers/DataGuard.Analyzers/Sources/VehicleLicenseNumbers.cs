using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A vehicle's licence number is its registration plate: <c>Vehicle.LicenseNumber</c>, <c>VehicleDto.LicenceNo</c> (round 24:
/// a garage's customer vehicles, logged at registration and on every job, were missed). The bare name says nothing on other
/// types — a software or business licence — so the type that declares it must be named for a vehicle.
/// </summary>
internal static class VehicleLicenseNumbers
{
    private static readonly HashSet<string> VehicleNouns = new(StringComparer.Ordinal)
    {
        "vehicle", "car", "truck", "van", "motorcycle", "motorbike", "scooter", "bus", "taxi", "automobile", "auto",
    };

    private static readonly HashSet<string> LicenseWords = new(StringComparer.Ordinal) { "license", "licence" };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "number", "no", "num" };

    /// <summary>True for a field or property named <c>LicenseNumber</c> (or <c>LicenceNo</c>) on a type (or a tuple held by a member) named for a vehicle.</summary>
    public static bool IsPlate(ISymbol symbol)
    {
        if (symbol is not (IPropertySymbol or IFieldSymbol) || TupleElements.OwnerName(symbol) is not { } owner)
        {
            return false;
        }

        var words = IdentifierWords.Words(symbol.Name);
        return words.Count == 2 && LicenseWords.Contains(words[0]) && NumberWords.Contains(words[1])
               && IdentifierWords.Words(owner).Any(w => VehicleNouns.Contains(IdentifierWords.Singular(w)));
    }
}
