namespace DataGuard.Benchmarks;

/// <summary>
/// The culture handed to Microsoft.Recognizers.Text. Its Sequence phone model has no Taiwan (zh-TW) variant;
/// English is the one that recognises international and generic digit-group numbers.
/// </summary>
public static class RecognizersCulture
{
    public const string Name = Microsoft.Recognizers.Text.Culture.English;
}
