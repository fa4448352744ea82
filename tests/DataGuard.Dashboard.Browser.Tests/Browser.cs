using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace DataGuard.Dashboard.Browser.Tests;

/// <summary>
/// Debian's headless Chromium driven by Debian's chromedriver (no browser or driver is downloaded: Selenium Manager is
/// bypassed by naming both binaries). A fresh profile per browser, downloads into its own folder.
/// </summary>
public sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "dataguard-chromium", Guid.NewGuid().ToString("N"));

    public Browser(Uri baseAddress, string language = "zh-TW")
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(DriverPath))
            throw new InvalidOperationException("The browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver (.ci/run installs them).");
        BaseAddress = baseAddress;
        Downloads = Path.Combine(_profile, "downloads");
        Directory.CreateDirectory(Downloads);
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={_profile}", "--window-size=1280,1000", $"--lang={language}");
        options.AddUserProfilePreference("intl.accept_languages", language);
        options.AddUserProfilePreference("download.default_directory", Downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(120);
        // A click that navigates can return before the next page has loaded (this machine is slow under load).
        Driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(20);
    }

    public ChromeDriver Driver { get; }

    public Uri BaseAddress { get; }

    public string Downloads { get; }

    public static string Artefacts { get; } = CreateArtefacts();

    public void Go(string path) => Driver.Navigate().GoToUrl(new Uri(BaseAddress, path));

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public void SignIn(string key)
    {
        Go("/audit/signin");
        Find("#key").SendKeys(key);
        Find("#signin button[type=submit]").Click();
        // Signed in (the layout's sign-out form), or refused with a message.
        WaitFor(d => d.FindElements(By.CssSelector("#signout, #signin-error, #forbidden, #antiforgery")).Count > 0);
    }

    public void WaitFor(Func<IWebDriver, bool> condition) => new WebDriverWait(Driver, TimeSpan.FromSeconds(60)).Until(condition);

    /// <summary>Saves a screenshot of the page as a test artefact.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(Artefacts, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>The rows of a table as text, header excluded.</summary>
    public List<List<string>> Rows(string tableId) =>
        FindAll($"#{tableId} tbody tr").Select(r => r.FindElements(By.TagName("td")).Select(td => td.Text).ToList()).ToList();

    public void Dispose()
    {
        Driver.Quit();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string CreateArtefacts()
    {
        var folder = Environment.GetEnvironmentVariable("DATAGUARD_ARTEFACTS") is { Length: > 0 } configured
            ? Path.Combine(configured, "dashboard-screenshots")
            : Path.Combine(AppContext.BaseDirectory, "dashboard-screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
