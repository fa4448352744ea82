namespace DataGuard.Detection.Recognizers;

/// <summary>
/// The particle a caller says between a label and the number it names, as speech-to-text writes it down (我家電話喔
/// 2345 6789, 市話啊 三四五六七八九): one such character after the label still leaves the number right after it.
/// </summary>
internal static class SpokenParticle
{
    private const string Particles = "喔哦啊呢欸嗯呃噢";

    /// <summary>Where a particle (and the spaces, comma or opening quote after it) before <paramref name="start"/> begins, or -1 when none stands there.</summary>
    public static int Before(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i > 0 && start - i < 3 && text[i - 1] is ' ' or '\u3000' or '，' or ',' or '「' or '"' or '\'' or '(' or '（' or '[' or '{' or '<' or '`' or '*' or '：' or ':') i--;
        return i > 1 && Particles.IndexOf(text[i - 1]) >= 0 ? i - 1 : -1;
    }
}
