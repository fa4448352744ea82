using System.ClientModel.Primitives;

namespace PromptScreening;

/// <summary>Asks the guard service for its messages in a language (it reads <c>Accept-Language</c>; Traditional Chinese by default).</summary>
internal sealed class AcceptLanguagePolicy(string language) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set("Accept-Language", language);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Set("Accept-Language", language);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }
}
