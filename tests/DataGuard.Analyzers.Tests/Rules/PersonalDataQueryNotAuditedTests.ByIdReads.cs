namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and a by-id read of a person's record across the layers of a clean-architecture solution (round 21's hotel
/// platform: any signed-in user reads any guest by id through the application project's service interface).
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary>The application project: a service interface answering a guest's view by id, and its implementation.</summary>
    private const string GuestLibrary = """
        public class GuestView { public Guid Id { get; set; } public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public DateOnly? DateOfBirth { get; set; } public string Address { get; set; } = ""; public int NumberOfBookings { get; set; } }
        public interface IGuestService { Task<GuestView?> GetGuestAsync(Guid guestId); }
        """;

    [Fact]
    public Task Guest_read_by_id_through_another_projects_service_interface_is_reported() => RunAcrossProjects(
        Library + GuestLibrary, """
        private readonly IGuestService _guests = null!;
        public async Task<object> GetGuest(System.Guid guestId)
        {
            GuestView? guest = await {|DG1008:_guests.GetGuestAsync(guestId)|};
            return guest!;
        }
        """);

    /// <summary>Just enough of ASP.NET Core MVC's results; <c>Ok</c> has no body here, as in the framework's assembly.</summary>
    private const string MvcResults = """

        namespace Microsoft.AspNetCore.Mvc
        {
            public class ActionResult { }
            public class OkObjectResult : ActionResult { public OkObjectResult(object? value) { } }
            public sealed class ActionResult<TValue>
            {
                public ActionResult(TValue value) { Value = value; }
                public ActionResult(ActionResult result) { Result = result; }
                public TValue? Value { get; }
                public ActionResult? Result { get; }
                public static implicit operator ActionResult<TValue>(TValue value) => new(value);
                public static implicit operator ActionResult<TValue>(ActionResult result) => new(result);
            }
            #pragma warning disable CS0626
            public abstract class ControllerBase { public extern OkObjectResult Ok(object? value); }
        }
        public class Stay { public int Id { get; set; } public string FirstName { get; set; } = ""; public string LastName { get; set; } = ""; public DateTime? DateOfBirth { get; set; } public List<Visit> Visits { get; set; } = new(); }
        public class Visit { public int Id { get; set; } public DateTime Day { get; set; } }
        public class Receipt { public bool Valid { get; set; } }
        public interface IStayChecks { bool Validate(Stay stay); }
        public abstract class StaysDb { public abstract DbSet<Stay> Stays { get; } }
        """;

    [Fact]
    public Task Action_answering_a_wrapped_record_through_Ok_is_reported() => Run(MvcResults + """
        public class StaysController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly StaysDb _db = null!;
            public async Task<Microsoft.AspNetCore.Mvc.ActionResult<Stay>> Get(int stayId)
            {
                var stay = await {|DG1008:_db.Stays.Include(s => s.Visits).FirstOrDefaultAsync(s => s.Id == stayId)|};
                return Ok(stay);
            }
        }
        """);

    [Fact]
    public Task Action_answering_a_wrapped_record_free_result_stays_a_command() => Run(MvcResults + """
        public class StaysController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            readonly StaysDb _db = null!;
            readonly IStayChecks _checks = null!;
            public async Task<Microsoft.AspNetCore.Mvc.ActionResult<Receipt>> Check(int stayId)
            {
                var stay = await _db.Stays.Include(s => s.Visits).FirstOrDefaultAsync(s => s.Id == stayId);
                return Ok(new Receipt { Valid = _checks.Validate(stay!) });
            }
        }
        """);
}
