namespace PromptScreening;

/// <summary>What the staff member sees for one prompt on one route: the answer, or why it was stopped.</summary>
/// <param name="Answered">Whether the model answered.</param>
/// <param name="Text">The answer, or the staff message explaining the block.</param>
internal sealed record Outcome(bool Answered, string Text);
