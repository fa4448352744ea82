namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// Round 23's writes and round 22's result factories (T): a dispatcher of the solution handed a <c>…Command</c> request runs a
/// command; a method called on a request body converts what the caller holds; a generic result type's static factory looks
/// nobody up; a command handler written as an explicit interface implementation is a command handler. Their neighbours — a
/// <c>…Query</c> sent the same way, a generic type's static look-up of its type argument, an explicit query handler, an
/// explicit command handler that writes nothing — stay reported.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>A library with a mediator of its own (unsigned, like the solution's projects), its requests, a form and a result type.</summary>
    private const string Dispatching = """

        namespace MediatR { public interface IRequest<out TResponse> { } }
        public class Dispatcher { public Task<T> Send<T>(MediatR.IRequest<T> request) => Task.FromResult(default(T)!); }
        public class RenameCitizenCommand : MediatR.IRequest<Citizen> { public int Id { get; set; } public string Name { get; set; } = ""; }
        public class GetCitizenQuery : MediatR.IRequest<Citizen> { public int Id { get; set; } }
        public class CitizenForm { public string FullName { get; set; } = ""; public Citizen ToCitizen() => new Citizen { FullName = FullName }; }
        public class Outcome<T> { public T? Value { get; init; } public static Outcome<T> Failure(string error) => new(); }
        public static class Registry<T> { public static T? Find(int id) => default; }
        """;

    private const string DispatchingController = """
        private readonly Dispatcher _mediator = new();
        """;

    [Fact]
    public Task Command_sent_through_the_solutions_dispatcher_is_silent() => RunAcrossProjects(
        Library + Dispatching, DispatchingController + """
        public async Task<Citizen> Rename(int id, string name) => await _mediator.Send(new RenameCitizenCommand { Id = id, Name = name });
        public async Task<Citizen> RenameFrom(RenameCitizenCommand command) => await _mediator.Send(command);
        """);

    [Fact]
    public Task Query_sent_through_the_solutions_dispatcher_is_reported() => RunAcrossProjects(
        Library + Dispatching, DispatchingController + """
        public async Task<Citizen> Show(int id) => await {|DG1008:_mediator.Send(new GetCitizenQuery { Id = id })|};
        """);

    [Fact]
    public Task Method_of_a_request_body_converts_what_the_caller_holds() => RunAcrossProjects(
        Library + Dispatching, """
        public Citizen Convert(CitizenForm form) => form.ToCitizen();
        """);

    [Fact]
    public Task Static_factory_of_a_generic_result_type_looks_nobody_up() => RunAcrossProjects(
        Library + Dispatching, """
        public Outcome<Citizen> Deny(string why) => Outcome<Citizen>.Failure(why);
        """);

    [Fact]
    public Task Static_lookup_of_a_generic_types_argument_is_reported() => RunAcrossProjects(
        Library + Dispatching, """
        public Citizen? Show(int id) => {|DG1008:Registry<Citizen>.Find(id)|};
        """);

    /// <summary>
    /// A handler of <c>REQUEST</c> written as an explicit implementation (its method is named <c>MediatR.IRequestHandler&lt;…&gt;.Handle</c>),
    /// with <c>BODY</c> as that method's body.
    /// </summary>
    private static string ExplicitHandler(string request, string body) => Requests + """
        public interface ICitizenService { Task ChangeNameAsync(int id, string name); }
        public class REQUESTHandler : MediatR.IRequestHandler<REQUEST, Result<Receipt>>
        {
            readonly RegistryDb _db = null!;
            readonly ICitizenService _citizens = null!;

            async Task<Result<Receipt>> MediatR.IRequestHandler<REQUEST, Result<Receipt>>.Handle(REQUEST request, System.Threading.CancellationToken token)
            {
        BODY
            }
        }
        """.Replace("REQUEST", request).Replace("BODY", body);

    [Fact]
    public Task Explicitly_implemented_command_handler_that_writes_is_silent() => Run(ExplicitHandler("RenameCitizenCommand", """
        var citizen = await _db.Citizens.FirstOrDefaultAsync(c => c.Id == request.Id);
        if (citizen is null) return Result<Receipt>.Of(null);
        await _citizens.ChangeNameAsync(citizen.Id, request.Name);
        return Result<Receipt>.Of(new Receipt { Holder = citizen.FullName });
        """));

    [Fact]
    public Task Explicitly_implemented_command_handler_that_writes_nothing_is_reported() => Run(ExplicitHandler("RenameCitizenCommand", """
        var citizen = await {|DG1008:_db.Citizens.FirstOrDefaultAsync(c => c.Id == request.Id)|};
        return Result<Receipt>.Of(new Receipt { Holder = citizen!.FullName });
        """));

    [Fact]
    public Task Explicitly_implemented_query_handler_is_reported() => Run(ExplicitHandler("GetCitizenQuery", """
        var citizen = await {|DG1008:_db.Citizens.FirstOrDefaultAsync(c => c.Id == request.Id)|};
        await _citizens.ChangeNameAsync(request.Id, "");
        return Result<Receipt>.Of(new Receipt { Holder = citizen!.FullName });
        """));
}
