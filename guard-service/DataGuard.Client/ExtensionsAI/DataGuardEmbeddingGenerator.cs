using System.Text.Json;
using System.Text.Json.Nodes;
using DataGuard.Screening;
using Microsoft.Extensions.AI;

namespace DataGuard.Client.ExtensionsAI;

/// <summary>
/// Microsoft.Extensions.AI middleware that screens the texts of an embedding request with the shared policy of a
/// <see cref="PromptGuard"/>: blocked requests throw <see cref="PersonalDataBlockedException"/> and never reach the inner
/// generator; redacted (and pseudonymized: there is no answer text to restore) values are embedded with placeholders.
/// Add it with <see cref="DataGuardBuilderExtensions.UseDataGuard{TEmbedding}(EmbeddingGeneratorBuilder{string, TEmbedding}, PromptGuard?)"/>.
/// </summary>
/// <typeparam name="TEmbedding">The embedding type, e.g. <see cref="Embedding{T}"/> of float.</typeparam>
public sealed class DataGuardEmbeddingGenerator<TEmbedding> : DelegatingEmbeddingGenerator<string, TEmbedding>
    where TEmbedding : Embedding
{
    private readonly PromptGuard _guard;

    /// <summary>Wraps <paramref name="innerGenerator"/>.</summary>
    public DataGuardEmbeddingGenerator(IEmbeddingGenerator<string, TEmbedding> innerGenerator, PromptGuard guard)
        : base(innerGenerator) => _guard = guard ?? throw new ArgumentNullException(nameof(guard));

    /// <inheritdoc />
    public override Task<GeneratedEmbeddings<TEmbedding>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        // The same shape as an embeddings request, so paths (input[2]) and staff messages match the guard service's.
        var request = new JsonObject { ["input"] = new JsonArray(list.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };
        var decision = _guard.Screen(PromptDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(request)), cancellationToken);
        if (decision.Verdict == ScreeningVerdict.Redact)
        {
            var input = JsonNode.Parse(decision.RedactedBody)!["input"]!.AsArray();
            list = input.Select(v => v!.GetValue<string>()).ToList();
        }
        return base.GenerateAsync(list, options, cancellationToken);
    }
}
