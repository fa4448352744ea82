using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A mediator's logging behaviour: the open generic request of every command (a patient's registration, a transfer) and the
/// response the rest of the pipeline answers (a customer, a bill) logged whole, serialised or not. Its type name, or a member
/// that names nothing personal, stays silent.
/// </summary>
public class PipelineRequestLoggedTests
{
    /// <summary>MediatR's shape, as far as a behaviour is declared: the real package is not among the test references.</summary>
    internal const string Mediator = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        namespace MediatR
        {
            public interface IRequest<out TResponse> { }
            public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();
            public interface IPipelineBehavior<in TRequest, TResponse> where TRequest : notnull
            {
                Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
            }
        }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Mediator + body);

    [Fact]
    public Task Whole_request_logged_by_a_pipeline_behaviour_is_reported() => Run("""
        public class LoggingBehavior<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
        {
            private readonly ILogger<LoggingBehavior<TRequest, TResponse>> _logger = null!;

            public async Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
            {
                {|DG1001:_logger.LogInformation("Handling {RequestName} RequestData={RequestData}", typeof(TRequest).Name, request)|};
                return await next();
            }
        }
        """);

    /// <summary>A behaviour dumping every request of its service, bound by <c>IRequest&lt;TResponse&gt;</c>; the requests follow.</summary>
    private const string DumpingBehaviour = """
        public class LoggingBehavior<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse> where TRequest : MediatR.IRequest<TResponse>
        {
            private readonly ILogger<LoggingBehavior<TRequest, TResponse>> _logger = null!;

            public async Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
            {
                LOG;
                return await next();
            }
        }

        """;

    private static string Dumping(string log) => DumpingBehaviour.Replace("LOG", log);

    [Fact]
    public Task Whole_request_of_a_service_whose_requests_hold_ids_only_is_not_reported() => Run(Dumping(
        """_logger.LogInformation("Request {Name} {@Request}", typeof(TRequest).Name, System.Text.Json.JsonSerializer.Serialize(request))""") + """
        public record MarkNotificationAsReadCommand(Guid NotificationId, bool IsRead) : MediatR.IRequest<bool>;
        public record GetNotificationsQuery(int Page, int PageSize, string? SortBy) : MediatR.IRequest<Guid[]>;
        public record GetDocumentQuery(int DocumentId, string DocumentName) : MediatR.IRequest<string>;
        """);

    [Fact]
    public Task Whole_request_of_a_service_with_one_personal_request_is_reported() => Run(Dumping(
        """{|DG1001:_logger.LogInformation("Request {Name} {@Request}", typeof(TRequest).Name, System.Text.Json.JsonSerializer.Serialize(request))|}""") + """
        public record MarkNotificationAsReadCommand(Guid NotificationId, bool IsRead) : MediatR.IRequest<bool>;
        public class ClientInput { public string FullName { get; set; } = ""; public string EmailAddress { get; set; } = ""; }
        public class CreateClientCommand : MediatR.IRequest<int> { public ClientInput Client { get; set; } = new(); }
        """);

    [Fact]
    public Task Whole_request_of_a_service_searching_by_a_persons_field_is_reported() => Run(Dumping(
        """{|DG1001:_logger.LogInformation("Request {@Request}", request)|}""") + """
        public record MarkNotificationAsReadCommand(Guid NotificationId, bool IsRead) : MediatR.IRequest<bool>;
        public class ClientSearch { public string FullNameFilterValue { get; set; } = ""; public int Skip { get; set; } }
        public record GetClientsQuery(ClientSearch Search) : MediatR.IRequest<int>;
        """);

    [Fact]
    public Task Whole_request_of_a_behaviour_whose_assembly_declares_one_request_is_reported() => Run(Dumping(
        """{|DG1001:_logger.LogInformation("Request {@Request}", request)|}""") + """
        public record HealthQuery(int Attempt) : MediatR.IRequest<bool>;
        """);

    [Fact]
    public Task Serialised_request_logged_by_a_command_decorator_is_reported() => Run("""
        public interface ICommandHandler<TCommand> { Task Handle(TCommand command); }

        public class LoggingDecorator<TCommand> : ICommandHandler<TCommand>
        {
            private readonly ICommandHandler<TCommand> _inner = null!;
            private readonly ILogger<LoggingDecorator<TCommand>> _logger = null!;

            public Task Handle(TCommand command)
            {
                {|DG1001:_logger.LogError("Command {Command}", System.Text.Json.JsonSerializer.Serialize(command))|};
                return _inner.Handle(command);
            }
        }
        """);

    [Fact]
    public Task Request_type_name_and_a_plain_member_logged_by_a_behaviour_are_not_reported() => Run("""
        public interface ITracked { Guid CorrelationId { get; } }

        public class TimingBehavior<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse> where TRequest : ITracked
        {
            private readonly ILogger<TimingBehavior<TRequest, TResponse>> _logger = null!;

            public async Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
            {
                _logger.LogInformation("Handling {Name}", typeof(TRequest).Name);
                _logger.LogInformation("Handling {Type} {Correlation}", request.GetType().Name, request.CorrelationId);
                var response = await next();
                _logger.LogInformation("Handled {Name}", typeof(TRequest).Name);
                return response;
            }
        }
        """);

    [Fact]
    public Task Generic_repository_logging_its_entity_is_not_a_pipeline_step() => Run("""
        public class Cache<TItem>
        {
            private readonly ILogger<Cache<TItem>> _logger = null!;

            public void Put(TItem item) => _logger.LogDebug("Cached {Item}", item);
        }
        """);
    [Fact]
    public Task Serialised_response_of_the_pipeline_logged_by_a_behaviour_is_reported() => Run("""
        public class AuditBehavior<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
        {
            private readonly ILogger<AuditBehavior<TRequest, TResponse>> _log = null!;

            public async Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
            {
                var answer = await next();
                var text = System.Text.Json.JsonSerializer.Serialize(answer);
                {|DG1001:_log.LogInformation("Answered {Name} with {Body}", typeof(TRequest).Name, text)|};
                return answer;
            }
        }
        """);

    [Fact]
    public Task Response_of_a_synchronous_step_logged_whole_is_reported() => Run("""
        public interface IQueryInterceptor<TQuery, TResult> { TResult Run(TQuery query, Func<TResult> proceed); }

        public class TracingInterceptor<TQuery, TResult> : IQueryInterceptor<TQuery, TResult>
        {
            private readonly ILogger<TracingInterceptor<TQuery, TResult>> _log = null!;

            public TResult Run(TQuery query, Func<TResult> proceed)
            {
                var result = proceed();
                {|DG1001:_log.LogDebug("Result {@Result}", result)|};
                return result;
            }
        }
        """);

    [Fact]
    public Task Response_type_name_and_timing_logged_by_a_behaviour_are_not_reported() => Run("""
        public class TimingBehavior<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse> where TRequest : notnull
        {
            private readonly ILogger<TimingBehavior<TRequest, TResponse>> _log = null!;

            public async Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
            {
                var started = DateTime.UtcNow;
                var response = await next();
                _log.LogInformation("Handled {Name} -> {Response} in {Ms} ms", typeof(TRequest).Name, typeof(TResponse).Name, (DateTime.UtcNow - started).TotalMilliseconds);
                _log.LogInformation("Null answer: {IsNull}", response is null);
                return response;
            }
        }
        """);

    [Fact]
    public Task Generic_cache_logging_what_its_loader_returns_is_not_a_pipeline_step() => Run("""
        public class Memo<TResult>
        {
            private readonly ILogger<Memo<TResult>> _log = null!;

            public TResult Get(Func<TResult> load)
            {
                var value = load();
                _log.LogDebug("Loaded {Value}", value);
                return value;
            }
        }
        """);
}
