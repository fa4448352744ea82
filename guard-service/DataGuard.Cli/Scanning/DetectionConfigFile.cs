using System.Globalization;
using DataGuard.Cli.Resources;
using DataGuard.Detection;
using DataGuard.Detection.Configuration;
using Microsoft.Extensions.Configuration;

namespace DataGuard.Cli.Scanning;

/// <summary>Reads the <c>--config</c> file: the same JSON the guard service reads from appsettings.</summary>
internal static class DetectionConfigFile
{
    /// <summary>Loads the JSON file; a missing or malformed file is a usage error.</summary>
    public static IConfigurationRoot Load(string path)
    {
        if (!File.Exists(path)) throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorConfigMissing, path));
        try
        {
            return new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        }
        catch (InvalidDataException e)
        {
            throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorConfigInvalid, path, e.InnerException?.Message ?? e.Message));
        }
    }

    /// <summary>The built-in recognizers plus those under <c>DataGuard:Recognizers:Custom</c>; invalid ones are a usage error listing every problem.</summary>
    public static RecognizerRegistry Recognizers(IConfiguration configuration, string path)
    {
        var options = new RecognizerOptions();
        configuration.GetSection(RecognizerOptions.SectionName).Bind(options);
        var errors = RecognizerRegistry.Validate(options.Custom);
        if (errors.Count > 0)
            throw new CliUsageException(string.Format(CultureInfo.CurrentCulture, Messages.ErrorConfigInvalid, path, Environment.NewLine + string.Join(Environment.NewLine, errors)));
        return RecognizerRegistry.Create(options.Custom);
    }
}
