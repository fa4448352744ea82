using Microsoft.Extensions.Logging;

namespace Police.People;

public sealed class Person
{
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public string Precinct { get; set; } = "";
    public string Label => $"{FamilyName}{GivenName}";
    public string Area => $"Precinct {Precinct}";
    public string GetNationalId() => "A123456789";
}

public static class PersonExtensions
{
    public static string DisplayFor(this Person p) => p.FamilyName + " " + p.GivenName;

    public static string AreaCode(this Person p) => p.Precinct.ToUpperInvariant();
}

public sealed class PersonLog(ILogger<PersonLog> logger)
{
    public void Seen(Person person, object? evidence)
    {
        logger.LogInformation("Person {Label}", person.Label); // expect: DG1001
        logger.LogInformation("Area {Area}", person.Area);
        logger.LogInformation("Person {Display}", person.DisplayFor()); // expect: DG1001
        logger.LogInformation("Area {Code}", person.AreaCode());
        logger.LogInformation("ID {Id}", person.GetNationalId()); // expect: DG1001

        if (evidence is Person { FamilyName: var family })
        {
            logger.LogInformation("Evidence names {Family}", family); // expect: DG1001
        }
    }
}
