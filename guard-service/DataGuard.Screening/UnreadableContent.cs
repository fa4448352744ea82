namespace DataGuard.Screening;

/// <summary>A part of a request the screener cannot read (an image, audio, a file, a data: URL, token ids).</summary>
/// <param name="Path">JSON path of the part.</param>
/// <param name="Kind">What it is, e.g. <c>image_url</c>, <c>input_audio</c>, <c>data URL</c>, <c>token ids</c>; never contains the content.</param>
public sealed record UnreadableContent(string Path, string Kind);
