using System.Globalization;

namespace PromptScreening;

/// <summary>Prints what a staff member sees.</summary>
internal sealed class ConsoleReport(SampleText text)
{
    public void Start(bool offline, string guard, string upstream)
    {
        Console.WriteLine(text.Heading);
        Console.WriteLine(offline ? text.OfflineMode : text.OnlineMode);
        Console.WriteLine(text.GuardEndpoint + guard);
        Console.WriteLine(text.UpstreamEndpoint + upstream);
    }

    public void Prompt(int number, int count, SamplePrompt prompt)
    {
        Console.WriteLine();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, text.PromptHeading, number, count, text.PromptTitles[number - 1]));
        Console.WriteLine(text.Input + prompt.Text);
    }

    public void Outcome(string route, Outcome outcome)
    {
        Console.WriteLine(route);
        Console.WriteLine((outcome.Answered ? text.Answered : text.Blocked) + outcome.Text);
    }

    public void Received(string? received) => Console.WriteLine(text.Received + (received ?? text.NothingSent));
}
