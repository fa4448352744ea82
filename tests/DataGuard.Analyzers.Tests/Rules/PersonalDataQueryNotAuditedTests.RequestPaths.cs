namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// The write test per request path: a CQRS command handler's private helpers load and validate the rows the command will
/// change (round 22's bank: <c>ValidateAccountAsync</c>, <c>LoadAccountsAsync</c>). A helper whose every caller writes reads
/// for that write; a query handler's helper, and a helper with a caller that does not write or that is not seen, stay reported.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>A mediator, a result wrapper, and a store of citizens that saves.</summary>
    private const string Requests = """
        namespace MediatR
        {
            public interface IRequest<out TResponse> { }
            public interface IRequestHandler<in TRequest, TResponse> where TRequest : IRequest<TResponse> { Task<TResponse> Handle(TRequest request, System.Threading.CancellationToken token); }
        }
        public class Result<T> { public T? Value { get; init; } public bool IsFailure => Value == null; public static Result<T> Of(T? value) => new() { Value = value }; }
        public class Receipt { public string Holder { get; set; } = ""; }
        public class Rename { public int CitizenId { get; set; } public string Name { get; set; } = ""; }
        public abstract class RegistryDb { public abstract DbSet<Citizen> Citizens { get; } public abstract DbSet<Rename> Renames { get; } public abstract Task SaveChangesAsync(); }
        public class RenameCitizenCommand : MediatR.IRequest<Result<Receipt>> { public int Id { get; set; } public string Name { get; set; } = ""; }
        public class GetCitizenQuery : MediatR.IRequest<Result<Receipt>> { public int Id { get; set; } }

        """;

    /// <summary>The command's path: validate (the read), then a helper that changes the row and saves.</summary>
    private const string RenameHandlerStart = """
        public class RenameCitizenCommandHandler : MediatR.IRequestHandler<RenameCitizenCommand, Result<Receipt>>
        {
            readonly RegistryDb _db = null!;

            public async Task<Result<Receipt>> Handle(RenameCitizenCommand request, System.Threading.CancellationToken token)
            {
                var found = await ValidateCitizenAsync(request.Id);
                if (found.IsFailure) return Result<Receipt>.Of(null);
                return await ExecuteRenameAsync(found.Value!, request.Name);
            }

            private async Task<Result<Receipt>> ExecuteRenameAsync(Citizen citizen, string name)
            {
                citizen.FullName = name;
                await _db.SaveChangesAsync();
                return Result<Receipt>.Of(new Receipt { Holder = citizen.FullName });
            }

        """;

    [Fact]
    public Task Command_handlers_validation_helper_is_silent() => Run(Requests + RenameHandlerStart + """
            private async Task<Result<Citizen>> ValidateCitizenAsync(int id)
            {
                var citizen = await _db.Citizens.FirstOrDefaultAsync(c => c.Id == id);
                return Result<Citizen>.Of(citizen);
            }
        }
        """);

    [Fact]
    public Task Helper_of_a_service_method_that_saves_is_silent() => Run(Requests + """
        public class RegistryService
        {
            readonly RegistryDb _db = null!;

            public async Task<Receipt> RenameAsync(int id, string name)
            {
                var citizen = await LoadAsync(id);
                _db.Renames.Add(new Rename { CitizenId = id, Name = name });
                await _db.SaveChangesAsync();
                return new Receipt { Holder = citizen.FullName };
            }

            private async Task<Citizen> LoadAsync(int id) => (await _db.Citizens.FirstOrDefaultAsync(c => c.Id == id))!;
        }
        """);

    [Fact]
    public Task Query_handlers_helper_is_reported_even_when_the_handler_saves() => Run(Requests + """
        public class GetCitizenQueryHandler : MediatR.IRequestHandler<GetCitizenQuery, Result<Receipt>>
        {
            readonly RegistryDb _db = null!;

            public async Task<Result<Receipt>> Handle(GetCitizenQuery request, System.Threading.CancellationToken token)
            {
                var found = await ValidateCitizenAsync(request.Id);
                await _db.SaveChangesAsync();
                return Result<Receipt>.Of(new Receipt { Holder = found.Value!.FullName });
            }

            private async Task<Result<Citizen>> ValidateCitizenAsync(int id)
            {
                var citizen = await {|DG1008:_db.Citizens.FirstOrDefaultAsync(c => c.Id == id)|};
                return Result<Citizen>.Of(citizen);
            }
        }
        """);

    [Fact]
    public Task Helper_also_called_from_a_method_that_does_not_write_is_reported() => Run(Requests + RenameHandlerStart + """
            public async Task<Receipt> PreviewAsync(int id) => new Receipt { Holder = (await ValidateCitizenAsync(id)).Value!.FullName };

            private async Task<Result<Citizen>> ValidateCitizenAsync(int id)
            {
                var citizen = await {|DG1008:_db.Citizens.FirstOrDefaultAsync(c => c.Id == id)|};
                return Result<Citizen>.Of(citizen);
            }
        }
        """);

    [Fact]
    public Task Helper_also_handed_out_as_a_method_group_is_reported() => Run(Requests + RenameHandlerStart + """
            public Func<int, Task<Result<Citizen>>> Loader => ValidateCitizenAsync;

            private async Task<Result<Citizen>> ValidateCitizenAsync(int id)
            {
                var citizen = await {|DG1008:_db.Citizens.FirstOrDefaultAsync(c => c.Id == id)|};
                return Result<Citizen>.Of(citizen);
            }
        }
        """);

    [Fact]
    public Task Public_helper_of_a_command_handler_is_reported() => Run(Requests + RenameHandlerStart + """
            public async Task<Result<Citizen>> ValidateCitizenAsync(int id)
            {
                var citizen = await {|DG1008:_db.Citizens.FirstOrDefaultAsync(c => c.Id == id)|};
                return Result<Citizen>.Of(citizen);
            }
        }
        """);

    [Fact]
    public Task Command_handler_that_reads_and_changes_through_a_service_is_silent() => Run(Requests + """
        public interface ICitizenService { Task ChangeNameAsync(int id, string name); }
        public class RenameCitizenCommandHandler : MediatR.IRequestHandler<RenameCitizenCommand, Result<Receipt>>
        {
            readonly RegistryDb _db = null!;
            readonly ICitizenService _citizens = null!;

            public async Task<Result<Receipt>> Handle(RenameCitizenCommand request, System.Threading.CancellationToken token)
            {
                var citizen = await _db.Citizens.FirstOrDefaultAsync(c => c.Id == request.Id);
                if (citizen is null) return Result<Receipt>.Of(null);
                await _citizens.ChangeNameAsync(citizen.Id, request.Name);
                return Result<Receipt>.Of(new Receipt { Holder = citizen.FullName });
            }
        }
        """);

    [Fact]
    public Task Command_handler_that_writes_nothing_is_reported() => Run(Requests + """
        public class RenameCitizenCommandHandler : MediatR.IRequestHandler<RenameCitizenCommand, Result<Receipt>>
        {
            readonly RegistryDb _db = null!;

            public async Task<Result<Receipt>> Handle(RenameCitizenCommand request, System.Threading.CancellationToken token)
            {
                var citizen = await {|DG1008:_db.Citizens.FirstOrDefaultAsync(c => c.Id == request.Id)|};
                return Result<Receipt>.Of(new Receipt { Holder = citizen!.FullName });
            }
        }
        """);

    /// <summary>
    /// Callers counted by symbol (<c>CallSites.IsReferencedUncalled</c>), not by name: a <c>nameof</c> of the helper and a
    /// namesake handed on as a method group leave its calls all seen (before the change, any non-call mention of the name
    /// kept it reported).
    /// </summary>
    [Fact]
    public Task Helper_named_in_nameof_and_beside_a_namesake_method_group_is_silent() => Run(Requests + RenameHandlerStart + """
            private async Task<Result<Citizen>> ValidateCitizenAsync(int id)
            {
                System.Console.WriteLine(nameof(ValidateCitizenAsync));
                var citizen = await _db.Citizens.FirstOrDefaultAsync(c => c.Id == id);
                return Result<Citizen>.Of(citizen);
            }
        }
        public class Checks
        {
            static Task<bool> ValidateCitizenAsync(string name) => Task.FromResult(name.Length > 0);
            public Func<string, Task<bool>> Rule => ValidateCitizenAsync;
        }
        """);
}
