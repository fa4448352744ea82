using System.Diagnostics;
using DataGuard;

namespace Police.Vehicles.Model;

public sealed class Vehicle // expect: DG1007
{
    public string PlateNo { get; set; } = "";
    public string Make { get; set; } = "";
    public override string ToString() => $"{Make} ({PlateNo})";
}

public sealed class Driver
{
    public string DriverLicenseNo { get; set; } = "";
    public string FullName { get; set; } = "";
    public override string ToString() => $"Driver {Masking.Mask(FullName)}";
}

[DebuggerDisplay("{FullName} / {Mobile}")]
public sealed class Officer // expect: DG1007
{
    public string Badge { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Mobile { get; set; } = "";
}

[DebuggerDisplay("Unit {UnitCode}, {Strength} officers")]
public sealed class PatrolUnit
{
    public string UnitCode { get; set; } = "";
    public int Strength { get; set; }
    public string CommanderPhone { get; set; } = "";
}

public sealed class Household
{
    public string HomeAddress { get; set; } = "";
    public int Members { get; set; }
}

public class Tow // expect: DG1007
{
    public string LicensePlate { get; set; } = "";
    public string Yard { get; set; } = "";
    public override string ToString()
    {
        var text = "Tow to " + Yard + " of " + LicensePlate;
        return text;
    }
}
