namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and audit that wraps the handlers: middleware, an MVC filter, a mediator pipeline behaviour or an EF Core
/// interceptor that calls the audit method audits the requests, handlers or queries that pass through it. One that audits
/// nothing, or an attribute filter on another controller, leaves the read reported.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string Pipeline = """
        namespace Microsoft.AspNetCore.Http { public class HttpContext { } public delegate Task RequestDelegate(HttpContext context); }
        namespace Microsoft.AspNetCore.Mvc { public abstract class ControllerBase { } }
        namespace Microsoft.AspNetCore.Mvc.Filters
        {
            public class ActionExecutingContext { } public delegate Task<object> ActionExecutionDelegate();
            public interface IAsyncActionFilter { Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next); }
        }
        namespace MediatR
        {
            public interface IRequest<out TResponse> { } public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();
            public interface IRequestHandler<in TRequest, TResponse> where TRequest : IRequest<TResponse> { Task<TResponse> Handle(TRequest request, System.Threading.CancellationToken token); }
            public interface IPipelineBehavior<in TRequest, TResponse> { Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, System.Threading.CancellationToken token); }
        }
        namespace Microsoft.EntityFrameworkCore.Diagnostics { public interface IDbCommandInterceptor { } }

        public class CitizenQuery : MediatR.IRequest<List<Citizen>> { public string NationalId { get; set; } = ""; }
        public class CitizenQueryHandler : MediatR.IRequestHandler<CitizenQuery, List<Citizen>>
        {
            readonly PoliceDb _db = null!;
            public Task<List<Citizen>> Handle(CitizenQuery request, System.Threading.CancellationToken token) => Task.FromResult(_db.Citizens.ToList());
        }
        public class CitizensController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly PoliceDb _db = null!;
            public List<Citizen> Index() => _db.Citizens.ToList();
        }

        """;

    [Fact]
    public Task Actions_behind_auditing_middleware_and_handlers_behind_an_auditing_behaviour_are_silent() => Run(Pipeline + """
        public class AccessAuditMiddleware
        {
            readonly Microsoft.AspNetCore.Http.RequestDelegate _next; readonly AuditLog _audit = new();
            public AccessAuditMiddleware(Microsoft.AspNetCore.Http.RequestDelegate next) { _next = next; }
            public async Task InvokeAsync(Microsoft.AspNetCore.Http.HttpContext context) { _audit.Record("officer", "request"); await _next(context); }
        }
        public class AuditBehaviour<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse>
        {
            readonly AuditLog _audit = new();
            public Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, System.Threading.CancellationToken token) { _audit.Record("officer", typeof(TRequest).Name); return next(); }
        }
        """);

    [Fact]
    public Task Every_read_behind_an_auditing_command_interceptor_is_silent() => Run(Pipeline + """
        public class QueryAuditInterceptor : Microsoft.EntityFrameworkCore.Diagnostics.IDbCommandInterceptor
        {
            readonly AuditLog _audit = new();
            public void ReaderExecuted(string commandText) => _audit.Record("officer", commandText);
        }
        class Lookup { List<Citizen> All(PoliceDb db) => db.Citizens.ToList(); }
        """);

    [Fact]
    public Task Middleware_and_behaviours_that_audit_nothing_leave_reads_reported() => Run(Pipeline.Replace("_db.Citizens.ToList()", "{|DG1008:_db.Citizens.ToList()|}") + """
        public class TimingMiddleware
        {
            readonly Microsoft.AspNetCore.Http.RequestDelegate _next;
            public TimingMiddleware(Microsoft.AspNetCore.Http.RequestDelegate next) { _next = next; }
            public Task InvokeAsync(Microsoft.AspNetCore.Http.HttpContext context) => _next(context);
        }
        public class TimingBehaviour<TRequest, TResponse> : MediatR.IPipelineBehavior<TRequest, TResponse>
        {
            public Task<TResponse> Handle(TRequest request, MediatR.RequestHandlerDelegate<TResponse> next, System.Threading.CancellationToken token) => next();
        }
        """);

    [Fact]
    public Task An_auditing_filter_attribute_covers_only_the_controllers_that_carry_it() => Run(Pipeline
        .Replace("public class CitizensController", "[AuditAccess] public class CitizensController")
        .Replace("Task.FromResult(_db.Citizens.ToList())", "Task.FromResult({|DG1008:_db.Citizens.ToList()|})") + """
        public class OtherController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly PoliceDb _db = null!;
            public List<Citizen> Index() => {|DG1008:_db.Citizens.ToList()|};
        }
        public class AuditAccessAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IAsyncActionFilter
        {
            public async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
            {
                new AuditLog().Record("officer", "action");
                await next();
            }
        }
        """);
}
