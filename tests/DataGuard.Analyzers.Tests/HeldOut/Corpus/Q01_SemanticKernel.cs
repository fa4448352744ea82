using System.Threading.Tasks;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Police.Ai.Kernel;

public sealed class InterviewPlanner
{
    private readonly Microsoft.SemanticKernel.Kernel _kernel;
    private readonly IChatCompletionService _chat;

    public InterviewPlanner(Microsoft.SemanticKernel.Kernel kernel, IChatCompletionService chat)
    {
        _kernel = kernel;
        _chat = chat;
    }

    public async Task<string?> PlanAsync(string suspectName, string offence)
    {
        var args = new KernelArguments { ["offence"] = offence };
        var generic = await _kernel.InvokePromptAsync("Draft interview questions for a suspect of {{$offence}}", args);

        var named = new KernelArguments { ["name"] = suspectName, ["offence"] = offence };
        var personal = await _kernel.InvokePromptAsync("Draft interview questions for {{$name}} about {{$offence}}", named); // expect: DG1004

        var direct = await _kernel.InvokePromptAsync($"Background check summary for {suspectName}"); // expect: DG1004
        return generic.GetValue<string>() + personal.GetValue<string>() + direct.GetValue<string>();
    }

    public async Task<string?> ChatAsync(string victimPhone, string question)
    {
        var history = new ChatHistory("You help officers prepare victim callbacks.");
        history.AddUserMessage(question);
        var plain = await _chat.GetChatMessageContentAsync(history);

        var withPhone = new ChatHistory("You help officers prepare victim callbacks.");
        withPhone.AddUserMessage($"Callback number {victimPhone}. {question}");
        var personal = await _chat.GetChatMessageContentAsync(withPhone); // expect: DG1004
        return plain.Content + personal.Content;
    }
}
