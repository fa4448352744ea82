using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenAI.Embeddings;

namespace Police.Search;

public sealed class SuspectIndexer
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly EmbeddingClient _openAi = new("text-embedding-3-small", "sk-placeholder");

    public SuspectIndexer(IEmbeddingGenerator<string, Embedding<float>> generator) => _generator = generator;

    public Task<ReadOnlyMemory<float>> IndexModusOperandiAsync(string modusOperandi) =>
        _generator.GenerateVectorAsync(modusOperandi);

    public Task<ReadOnlyMemory<float>> IndexSuspectAsync(string suspectName, string modusOperandi) =>
        _generator.GenerateVectorAsync($"{suspectName}: {modusOperandi}"); // expect: DG1004

    public Task<GeneratedEmbeddings<Embedding<float>>> IndexAliasesAsync(IEnumerable<string> aliases, string nationalId) =>
        _generator.GenerateAsync(new List<string>(aliases) { nationalId }); // expect: DG1004

    public float[] IndexPlate(string plateNumber) =>
        _openAi.GenerateEmbedding(plateNumber).Value.ToFloats().ToArray(); // expect: DG1004

    public float[] IndexCategory(string category) =>
        _openAi.GenerateEmbedding(category).Value.ToFloats().ToArray();
}
