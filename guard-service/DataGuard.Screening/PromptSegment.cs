namespace DataGuard.Screening;

/// <summary>
/// One string of a request that a model would read, with where it sits (a JSON path such as <c>messages[1].content</c>).
/// The text is decoded: JSON escapes such as <c>\u0041</c> are already undone.
/// </summary>
/// <param name="Path">JSON path of the string; object keys that could hold data are shown by position (<c>{#2}</c>), never verbatim.</param>
/// <param name="Text">The decoded text.</param>
public sealed record PromptSegment(string Path, string Text);
