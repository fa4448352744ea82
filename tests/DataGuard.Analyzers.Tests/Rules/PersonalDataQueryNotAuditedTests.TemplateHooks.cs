namespace DataGuard.Analyzers.Tests.Rules;

/// <summary>
/// DG1008 and a generic CRUD service's hooks (round 36's rental platform: a booking checked before a payment or a review is
/// created, 3 wrong reports): an override of a <c>protected virtual</c> hook the base class calls from its own template methods
/// is called where the base method is; when every such call is in a template that saves, the hook reads for that write. A hook
/// the base calls from a template that only reads stays a look-up.
/// </summary>
public partial class PersonalDataQueryNotAuditedTests
{
    /// <summary><see cref="Clinic"/>, a CRUD base whose <c>CreateAsync</c> saves and whose <c>GetAsync</c> only reads, and a visit service over it.</summary>
    private static string CrudService(string hooks) => Clinic + """
        public abstract class CrudService<TEntity> where TEntity : class, new()
        {
            protected ClinicDb Db = null!;
            public async Task<TEntity> CreateAsync()
            {
                var entity = new TEntity();
                await BeforeCreateAsync(entity);
                await Db.SaveChangesAsync();
                return entity;
            }
            public async Task<TEntity> GetAsync()
            {
                var entity = new TEntity();
                await AfterGetAsync(entity);
                return entity;
            }
            protected virtual Task BeforeCreateAsync(TEntity entity) => Task.CompletedTask;
            protected virtual Task AfterGetAsync(TEntity entity) => Task.CompletedTask;
        }
        public class VisitService : CrudService<Visit>
        {
            HOOKS
        }
        """.Replace("HOOKS", hooks);

    [Fact]
    public Task Hook_of_a_template_that_saves_is_silent() => Run(CrudService("""
        protected override async Task BeforeCreateAsync(Visit entity)
        {
            var patient = await Db.Patients.FirstOrDefaultAsync(p => p.Id == entity.PatientId);
            entity.PatientName = patient!.FullName;
        }
        """));

    [Fact]
    public Task Hook_of_a_template_that_only_reads_is_reported() => Run(CrudService("""
        protected override async Task AfterGetAsync(Visit entity)
        {
            var patient = await {|DG1008:Db.Patients.FirstOrDefaultAsync(p => p.Id == entity.PatientId)|};
            entity.PatientName = patient!.FullName;
        }
        """));
}
