namespace PromptScreening;

/// <summary>Where the sample sends its prompts (section <c>Sample</c>; environment variables such as <c>Sample__AzureOpenAI__Key</c> override it).</summary>
internal sealed class SampleOptions
{
    /// <summary>The Azure OpenAI deployment (model) to ask.</summary>
    public string Deployment { get; set; } = "gpt-4o-mini";

    /// <summary>The DataGuard guard service and the staff member's personal key for it.</summary>
    public ServiceEndpoint Guard { get; set; } = new();

    /// <summary>The Azure OpenAI resource the in-process guard talks to directly.</summary>
    public ServiceEndpoint AzureOpenAI { get; set; } = new();

    /// <summary>What is missing to run against real services, in English (developer diagnostics); empty when complete.</summary>
    public IEnumerable<string> Missing()
    {
        if (!Uri.IsWellFormedUriString(Guard.Endpoint, UriKind.Absolute)) yield return "Sample:Guard:Endpoint";
        if (string.IsNullOrWhiteSpace(Guard.Key)) yield return "Sample:Guard:Key";
        if (!Uri.IsWellFormedUriString(AzureOpenAI.Endpoint, UriKind.Absolute)) yield return "Sample:AzureOpenAI:Endpoint";
        if (string.IsNullOrWhiteSpace(AzureOpenAI.Key)) yield return "Sample:AzureOpenAI:Key";
    }
}

/// <summary>An HTTP endpoint and its key.</summary>
internal sealed class ServiceEndpoint
{
    /// <summary>Base address, e.g. <c>https://my-resource.openai.azure.com/</c>.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The key (Azure OpenAI key, or the staff member's personal DataGuard key).</summary>
    public string Key { get; set; } = string.Empty;
}
