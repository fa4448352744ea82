using System.Text;
using Azure.AI.OpenAI;
using DataGuard;
using OpenAI.Chat;
using OpenAI.Embeddings;
using PoliceRecords.Api.Domain;

namespace PoliceRecords.Api.CaseSummaries;

/// <summary>
/// Drafts case summaries with Azure OpenAI. The National Police Agency's anti-corruption guideline forbids giving
/// personal or confidential data to generative AI, so prompts carry the facts of a case, never who it is about.
/// </summary>
public sealed class CaseSummaryService(AzureOpenAIClient client, IConfiguration configuration)
{
    private ChatClient Chat => client.GetChatClient(configuration["AzureOpenAI:Deployment"] ?? "gpt-4o-mini");

    // ---- As first written. ----

    public async Task<string> SummariseLegacyAsync(CaseReference reference, Citizen suspect, string notes, CancellationToken cancellationToken)
    {
        var prompt = new StringBuilder()
            .AppendLine($"案件 {reference.CaseNumber}")
            .AppendLine($"嫌疑人 {suspect.Name}，身分證 {suspect.NationalId}，住 {suspect.HomeAddress}")
            .AppendLine(notes)
            .ToString();
        ChatCompletion completion = await Chat.CompleteChatAsync([new UserChatMessage(prompt)], cancellationToken: cancellationToken); // expect: DG1004
        return completion.Content[0].Text;
    }

    public async Task<ReadOnlyMemory<float>> EmbedAddressLegacyAsync(Citizen citizen, CancellationToken cancellationToken)
    {
        EmbeddingClient embeddings = client.GetEmbeddingClient("text-embedding-3-small");
        OpenAIEmbedding embedding = await embeddings.GenerateEmbeddingAsync(citizen.HomeAddress, cancellationToken: cancellationToken); // expect: DG1004
        return embedding.ToFloats();
    }

    // ---- Fixed: only the case facts; the suspect appears masked. ----

    public async Task<string> SummariseAsync(CaseReference reference, Citizen suspect, string caseFacts, CancellationToken cancellationToken)
    {
        var prompt = new StringBuilder()
            .AppendLine($"案件 {reference.CaseNumber}（{reference.Precinct}）")
            .AppendLine($"嫌疑人 {Masking.MaskName(suspect.Name)}")
            .AppendLine(caseFacts)
            .ToString();
        ChatCompletion completion = await Chat.CompleteChatAsync([new UserChatMessage(prompt)], cancellationToken: cancellationToken);
        return completion.Content[0].Text;
    }
}
