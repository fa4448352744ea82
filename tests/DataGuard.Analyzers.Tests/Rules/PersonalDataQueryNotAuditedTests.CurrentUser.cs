namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and the signed-in user's id reached from places other than a controller's <c>User</c> (round 21): a gRPC
/// service's <c>context.GetHttpContext().User</c> and the program's own current-user service over
/// <c>IHttpContextAccessor</c>. A row keyed by a route or request id next to them stays a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>Just enough of Grpc.Core and ASP.NET Core's <c>HttpContext</c> for the shapes.</summary>
    private const string RequestContexts = """
        namespace Grpc.Core { public abstract class ServerCallContext { } }
        namespace Microsoft.AspNetCore.Http
        {
            public abstract class HttpContext { public abstract System.Security.Claims.ClaimsPrincipal User { get; set; } }
            public interface IHttpContextAccessor { HttpContext? HttpContext { get; set; } }
        }
        namespace Grpc.AspNetCore.Server { public static class ServerCallContextExtensions { public static Microsoft.AspNetCore.Http.HttpContext GetHttpContext(this Grpc.Core.ServerCallContext context) => null!; } }

        """;

    private const string CurrentUserService = """
        public interface ICurrentUser { string? UserId { get; } string Name(); }
        public class CurrentUser : ICurrentUser
        {
            private readonly Microsoft.AspNetCore.Http.IHttpContextAccessor _accessor;
            public CurrentUser(Microsoft.AspNetCore.Http.IHttpContextAccessor accessor) => _accessor = accessor;
            public string? UserId => _accessor.HttpContext?.User?.FindFirst("sub")?.Value;
            public string Name() => _accessor.HttpContext!.User.Identity!.Name ?? "";
        }

        """;

    [Fact]
    public Task Grpc_read_keyed_by_the_calls_user_is_silent() => Run(Accounts + RequestContexts + """
        class ResidentsService
        {
            readonly CityDb _db = null!;
            Task<string> Mine(object request, Grpc.Core.ServerCallContext context)
            {
                var userId = Grpc.AspNetCore.Server.ServerCallContextExtensions.GetHttpContext(context).User.FindFirst("sub")?.Value;
                var me = _db.Residents.Where(r => r.UserId == userId).ToList();
                return Task.FromResult(me.Count > 0 ? me[0].Phone : "");
            }
        }
        """);

    [Fact]
    public Task Grpc_read_keyed_by_the_requests_id_is_reported() => Run(Accounts + RequestContexts + """
        class ResidentsService
        {
            readonly CityDb _db = null!;
            Task<string> Other(int id, Grpc.Core.ServerCallContext context) => Task.FromResult(
                Grpc.AspNetCore.Server.ServerCallContextExtensions.GetHttpContext(context).User.Identity == null ? "" : {|DG1008:_db.Residents.FirstOrDefault(r => r.Id == id)|}?.Phone ?? "");
        }
        """);

    [Fact]
    public Task Read_keyed_by_the_current_user_service_is_silent() => Run(Accounts + RequestContexts + CurrentUserService + """
        class Profiles
        {
            readonly CityDb _db = null!;
            readonly ICurrentUser _user = null!;
            readonly CurrentUser _concrete = null!;
            string Mine() => _db.Residents.FirstOrDefault(r => r.UserId == _user.UserId)?.Phone ?? "";
            string ByName() => _db.Residents.FirstOrDefault(r => r.FullName == _user.Name())?.Phone ?? "";
            string Concrete() { var id = _concrete.UserId; return _db.Residents.FirstOrDefault(r => r.UserId == id)?.Phone ?? ""; }
        }
        """);

    [Fact]
    public Task Read_keyed_by_a_route_id_beside_the_current_user_service_is_reported() => Run(Accounts + RequestContexts + CurrentUserService + """
        public interface IClock { string? UserId { get; } }
        public class Clock : IClock { public string? UserId => System.DateTime.Now.ToString(); }
        class Profiles
        {
            readonly CityDb _db = null!;
            readonly ICurrentUser _user = null!;
            readonly IClock _clock = null!;
            string Other(int id) => _user.UserId == null ? "" : {|DG1008:_db.Residents.FirstOrDefault(r => r.Id == id)|}?.Phone ?? "";
            string NotTheUser() => {|DG1008:_db.Residents.FirstOrDefault(r => r.UserId == _clock.UserId)|}?.Phone ?? "";
        }
        """);

    /// <summary>
    /// Round 22's e-commerce getter: an empty claim answers <c>string.Empty</c>, a static field rather than a constant, which
    /// had made the service name somebody other than the signed-in user. Through <c>Guid.Parse</c> into the read.
    /// </summary>
    private const string EmptyFallbackUser = """
        public interface IAccountUser { string GetUserId(); }
        public class AccountUser : IAccountUser
        {
            private readonly Microsoft.AspNetCore.Http.IHttpContextAccessor _accessor;
            private readonly string _lastId = "";
            public AccountUser(Microsoft.AspNetCore.Http.IHttpContextAccessor accessor) => _accessor = accessor;
            public string GetUserId()
            {
                var userId = _accessor.HttpContext?.User?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
                if (string.IsNullOrEmpty(userId))
                    return string.Empty;

                return userId;
            }
            public string LastUserId()
            {
                var userId = _accessor.HttpContext?.User?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
                if (string.IsNullOrEmpty(userId))
                    return _lastId;

                return userId;
            }
        }
        public class Order { public System.Guid UserId { get; set; } public string ShippingAddress { get; set; } = ""; public string RecipientPhone { get; set; } = ""; }
        public abstract class ShopDb { public abstract DbSet<Order> Orders { get; } }

        """;

    [Fact]
    public Task Read_keyed_by_a_current_user_getter_with_an_empty_fallback_is_silent() => Run(Accounts + RequestContexts + EmptyFallbackUser + """
        class MyOrders
        {
            readonly ShopDb _db = null!;
            readonly IAccountUser _user = null!;
            List<Order> Mine()
            {
                var userId = _user.GetUserId();
                if (string.IsNullOrEmpty(userId)) return new List<Order>();
                return _db.Orders.Where(o => o.UserId == System.Guid.Parse(userId)).ToList();
            }
        }
        """);

    [Fact]
    public Task Read_keyed_by_a_current_user_getter_with_a_stored_fallback_is_reported() => Run(Accounts + RequestContexts + EmptyFallbackUser + """
        class MyOrders
        {
            readonly ShopDb _db = null!;
            readonly AccountUser _user = null!;
            List<Order> Last() => {|DG1008:_db.Orders.Where(o => o.UserId == System.Guid.Parse(_user.LastUserId())).ToList()|};
        }
        """);

    [Fact]
    public Task Acting_user_read_through_a_key_object_built_from_the_current_user_is_silent() => Run(Accounts + RequestContexts + CurrentUserService + """
        public class ResidentByUser { public ResidentByUser(string userId) { UserId = userId; } public string UserId { get; } }
        class Authorizer
        {
            readonly CityDb _db = null!;
            readonly ICurrentUser _user = null!;
            string Acting()
            {
                if (string.IsNullOrWhiteSpace(_user.UserId)) return "";
                var spec = new ResidentByUser(_user.UserId);
                return _db.Residents.FirstOrDefault(r => r.UserId == spec.UserId)?.Phone ?? "";
            }
        }
        """);

    [Fact]
    public Task Read_through_a_key_object_built_from_a_request_id_is_reported() => Run(Accounts + RequestContexts + CurrentUserService + """
        public class ResidentByUser { public ResidentByUser(string userId) { UserId = userId; } public string UserId { get; } }
        class Authorizer
        {
            readonly CityDb _db = null!;
            readonly ICurrentUser _user = null!;
            string Target(string targetUserId)
            {
                if (string.IsNullOrWhiteSpace(_user.UserId)) return "";
                var spec = new ResidentByUser(targetUserId);
                return {|DG1008:_db.Residents.FirstOrDefault(r => r.UserId == spec.UserId)|}?.Phone ?? "";
            }
        }
        """);
}
