using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A mediator's logging behaviour: the open generic request of every command (a patient's registration, a transfer) logged
/// whole, serialised or not. Its type name, or a member that names nothing personal, stays silent.
/// </summary>
public class PipelineRequestLoggedTests
{
    /// <summary>MediatR's shape, as far as a behaviour is declared: the real package is not among the test references.</summary>
    private const string Mediator = """
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
}
