using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and an MVC filter that audits every action because the application registers it (round 25's healthgateway: its
/// <c>Common</c> library declares the filter and registers it in <c>ConfigureAuditServices</c>, which every web project calls).
/// A filter nobody registers audits nothing; an action marked <c>[AllowAnonymous]</c> stays reported when the filter skips
/// those; <c>[TypeFilter(typeof(F))]</c> covers only the controllers that carry it.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    private const string MvcRegistration = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public static class MvcServiceCollectionExtensions
            {
                public static IServiceCollection AddControllers(this IServiceCollection services, System.Action<Microsoft.AspNetCore.Mvc.MvcOptions> configure) => services;
                public static IServiceCollection AddMvc(this IServiceCollection services, System.Action<Microsoft.AspNetCore.Mvc.MvcOptions> configure) => services;
            }
        }
        namespace Microsoft.AspNetCore.Authorization { public sealed class AllowAnonymousAttribute : System.Attribute { } }
        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { }
            public class MvcOptions { public Filters.FilterCollection Filters { get; } = new(); }
            public class TypeFilterAttribute : System.Attribute { public TypeFilterAttribute(System.Type type) { } }
        }
        namespace Microsoft.AspNetCore.Mvc.Filters
        {
            public interface IFilterMetadata { }
            public class ActionExecutingContext { public object Controller { get; } = null!; }
            public delegate System.Threading.Tasks.Task<object> ActionExecutionDelegate();
            public interface IAsyncActionFilter : IFilterMetadata { System.Threading.Tasks.Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next); }
            public class FilterCollection
            {
                public void Add<TFilter>() where TFilter : IFilterMetadata { }
                public void Add(System.Type filterType) { }
                public void Add(IFilterMetadata filter) { }
            }
        }

        """;

    /// <summary>A filter that audits every action after it ran, and skips anonymous ones (healthgateway's <c>AuditFilter</c>).</summary>
    private const string AuditFilter = """
        public class AccessAuditFilter : Microsoft.AspNetCore.Mvc.Filters.IAsyncActionFilter
        {
            private readonly AuditLog _audit;
            public AccessAuditFilter(AuditLog audit) => _audit = audit;
            public async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
            {
                await next();
                if (context.Controller.GetType().GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute), true).Length > 0) return;
                _audit.Record("officer", "action");
            }
        }

        """;

    private const string Controllers = """
        public class CitizensController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly PoliceDb _db = null!;
            public List<Citizen> Index() => _db.Citizens.ToList();
        }
        [Microsoft.AspNetCore.Authorization.AllowAnonymous]
        public class PublicLookupController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly PoliceDb _db = null!;
            public List<Citizen> Index() => ANONYMOUS;
        }

        """;

    private static string Registered(string registration) => $$"""
        public static class Startup
        {
            public static void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.MvcServiceCollectionExtensions.{{registration}};
        }

        """;

    [Theory]
    [InlineData("AddControllers(services, o => o.Filters.Add<AccessAuditFilter>())")]
    [InlineData("AddMvc(services, o => o.Filters.Add(new AccessAuditFilter(new AuditLog())))")]
    [InlineData("AddMvc(services, o => o.Filters.Add(typeof(AccessAuditFilter)))")]
    [InlineData("AddMvc(services, o => o.Filters.Add((Microsoft.AspNetCore.Mvc.Filters.IFilterMetadata)(new AccessAuditFilter(new AuditLog()))))")]
    public Task Actions_behind_a_globally_registered_auditing_filter_are_silent_but_anonymous_ones_it_skips_are_reported(string registration)
        => Run(MvcRegistration + AuditFilter + Registered(registration)
               + Controllers.Replace("ANONYMOUS", "{|DG1008:_db.Citizens.ToList()|}"));

    [Fact]
    public Task An_auditing_filter_that_skips_no_one_covers_anonymous_actions_too() => Run(MvcRegistration
        + AuditFilter.Replace("if (context.Controller.GetType().GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute), true).Length > 0) return;", "")
        + Registered("AddControllers(services, o => o.Filters.Add<AccessAuditFilter>())")
        + Controllers.Replace("ANONYMOUS", "_db.Citizens.ToList()"));

    /// <summary>Only a registration that names the filter's type is read (the list's <c>Add(item)</c> calls are not bound for it).</summary>
    [Fact]
    public Task An_auditing_filter_added_through_a_variable_is_not_read_as_registered() => Run(MvcRegistration + AuditFilter
        + Registered("AddMvc(services, o => { var filter = new AccessAuditFilter(new AuditLog()); o.Filters.Add(filter); })")
        + Controllers.Replace("ANONYMOUS", "{|DG1008:_db.Citizens.ToList()|}").Replace("public List<Citizen> Index() => _db.Citizens.ToList();", "public List<Citizen> Index() => {|DG1008:_db.Citizens.ToList()|};"));

    [Fact]
    public Task An_auditing_filter_nobody_registers_audits_nothing() => Run(MvcRegistration + AuditFilter
        + Controllers.Replace("ANONYMOUS", "{|DG1008:_db.Citizens.ToList()|}").Replace("public List<Citizen> Index() => _db.Citizens.ToList();", "public List<Citizen> Index() => {|DG1008:_db.Citizens.ToList()|};"));

    [Fact]
    public Task A_type_filter_attribute_covers_only_the_controller_that_carries_it() => Run(MvcRegistration + AuditFilter + """
        [Microsoft.AspNetCore.Mvc.TypeFilter(typeof(AccessAuditFilter))]
        public class CitizensController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly PoliceDb _db = null!;
            public List<Citizen> Index() => _db.Citizens.ToList();
        }
        public class VehiclesController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly PoliceDb _db = null!;
            public List<Citizen> Owners() => {|DG1008:_db.Citizens.ToList()|};
        }
        """);

    /// <summary>The shared library: the model, the audit log, the filter and the audit registration the web projects call.</summary>
    private const string AuditingLibrary = AuditFilter + """
        public static class AuditSetup
        {
            public static void ConfigureAuditServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.MvcServiceCollectionExtensions.AddMvc(services, o => o.Filters.Add<AccessAuditFilter>());
        }
        """;

    [Fact]
    public Task Actions_of_a_web_project_calling_a_library_audit_registration_are_silent_but_anonymous_ones_are_reported()
        => RunWithAuditingLibrary("""
            public static class Startup
            {
                public static void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) => AuditSetup.ConfigureAuditServices(services);
            }
            """ + Controllers.Replace("ANONYMOUS", "{|DG1008:_db.Citizens.ToList()|}"));

    [Fact]
    public Task A_web_project_that_never_calls_the_library_audit_registration_is_reported()
        => RunWithAuditingLibrary(Controllers.Replace("ANONYMOUS", "{|DG1008:_db.Citizens.ToList()|}")
            .Replace("public List<Citizen> Index() => _db.Citizens.ToList();", "public List<Citizen> Index() => {|DG1008:_db.Citizens.ToList()|};"));

    /// <summary>A web project (<paramref name="web"/>) over the library that declares and registers the filter, analysed alone as a build does.</summary>
    private static Task RunWithAuditingLibrary(string web)
    {
        var test = Verify<PersonalDataQueryNotAuditedAnalyzer>.Create(
            "using System.Collections.Generic; using System.Linq; using System.Threading.Tasks;\n" + web, "dataguard.require_audit = true");
        var project = test.TestState.AdditionalProjects["Police.Common"];
        project.Sources.Add(("Library.cs", Model + MvcRegistration + AuditingLibrary + AuditLog));
        project.Sources.Add(("Stubs.Annotations.cs", Stubs.Annotations));
        project.Sources.Add(("Stubs.DataAccess.cs", Stubs.DataAccess));
        project.AdditionalReferences.AddRange(References.Net80);
        test.TestState.AdditionalProjectReferences.Add("Police.Common");
        return test.RunAsync();
    }
}
