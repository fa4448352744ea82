using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// DG1008 across the projects of a solution. A library's repository or service hands the rows it reads to the projects
/// that reference it: the library's compilation cannot see who calls its public query, and the application's compilation
/// sees the call and the rows it gets back but not the query. The duty is judged where the caller is known: a call of a
/// method of another project of the solution that is asked by keys and returns persons' records is a read in the calling
/// method (the application's request handler), and the library's own query that only such callers reach is left to them.
/// <para>
/// Another project of the solution is an assembly without a strong name: the framework and the widely used packages are
/// signed so that versions can be loaded side by side, a solution's own projects almost never are. A call handed a record
/// (<c>Map(owner)</c>, <c>UpdateAsync(dto)</c>) transforms or writes what its caller already holds, and looks nobody up.
/// </para>
/// </summary>
internal sealed class LibraryQueries
{
    private readonly Compilation _compilation;
    private readonly PersonalDataClassifier _classifier;
    private readonly CallSites _sites;
    private readonly AssemblyBoundary _boundary;
    private readonly BoundedVerdicts _leftToCallers = new(WalkKind.Callers);

    /// <summary>Per method: whether it answers with persons' records (every call of a service method asks the same; round 30's CRM).</summary>
    private readonly BoundedVerdicts _lookedUp = new(WalkKind.Members);

    public LibraryQueries(Compilation compilation, PersonalDataClassifier classifier, CallSites sites)
    {
        _compilation = compilation;
        _classifier = classifier;
        _sites = sites;
        _boundary = new AssemblyBoundary(compilation);
    }

    /// <summary>The record a call of another project's query returns (<c>_owners.GetAllAsync()</c>), or null for any other call.</summary>
    public string? Returned(IInvocationOperation call)
    {
        var method = call.TargetMethod.ReducedFrom ?? call.TargetMethod;
        return method.ContainingAssembly is { } assembly && !SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
               && !IsSigned(method) && !IsCommand(method) && !SendsCommand(call) && !ConvertsHeldRecord(call) && !IsRunInPlace(call) && !RunsHandedDelegate(call)
            ? LookedUpRecord(call.TargetMethod)
            : null;
    }

    /// <summary>
    /// <c>_unitOfWork.GetRepositoryByEntity&lt;User&gt;().GetQueryable().Include(u =&gt; u.Roles).FirstOrDefaultAsync(u =&gt; u.Id == id)</c>:
    /// another project's <c>IQueryable&lt;T&gt;</c> is a query not yet run, and the operator that runs it in the same expression is the
    /// read, judged by what it loads and where its rows go (<see cref="PersonalRecordReads"/>); counted again here, every such
    /// chain was a look-up of everything the entity's graph could hold (round 31's school system). A query kept in a local to be
    /// filtered and run later is still judged here, by the entity it answers with.
    /// </summary>
    private static bool IsRunInPlace(IInvocationOperation call)
        => PersonalRecordReads.QueriedEntity(call.Type ?? call.TargetMethod.ReturnType) is not null && PersonalRecordReads.RunsInPlace(call);

    /// <summary>
    /// <c>await _circuitBreaker.ExecuteAsync(async () =&gt; await _db.Employees.FirstOrDefaultAsync(…))</c> (round 33's HR back end,
    /// every repository method): a generic runner — retry, circuit breaker, transaction — answers with what the delegate it is
    /// handed answers, the caller's own code, whose reads are judged where they are written.
    /// </summary>
    private static bool RunsHandedDelegate(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        return Awaited(method.ReturnType) is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } answer
               && method.Parameters.Any(p => p.Type is INamedTypeSymbol { DelegateInvokeMethod: { } invoke } && SymbolEqualityComparer.Default.Equals(Awaited(invoke.ReturnType), answer));
    }

    /// <summary>
    /// <c>await _mediator.Send(new UpdateCustomerCommand { … })</c>, <c>sender.Send(command)</c>: a dispatcher handed a mediator's
    /// <c>…Command</c> request runs that command, whose handler is judged as a command (<see cref="WritingCallers.IsWritingCommand"/>);
    /// what it answers goes to the user issuing it. A <c>…Query</c> request sent the same way stays a read.
    /// </summary>
    private static bool SendsCommand(IInvocationOperation call)
        => call.Arguments.Any(a => OperationShapes.Unconverted(a.Value).Type is { } request && RequestHandlers.IsCommandRequest(request));

    /// <summary>
    /// <c>wrapper.AsRequest()</c>: a method called on a value that holds a person's values of its own (a request body, a DTO) converts
    /// what the caller already holds, as a call handed such a record does. A repository or service holds no person's column.
    /// </summary>
    private bool ConvertsHeldRecord(IInvocationOperation call)
        => call.Instance?.Type is { } held && (_classifier.PersonalColumns(held).Any(c => !PersonalDataClassifier.IsNavigation(c)) || IsCopy(held, call.TargetMethod));

    /// <summary>
    /// <c>order.Clone()</c>, <c>order.Copy()</c>: a method called on a row answering with a row of the same type copies the row
    /// the caller holds in memory; a row knows no store to look anyone up in (round 27's <c>new Lazy&lt;Order&gt;(() =&gt; Order.Clone())</c>).
    /// </summary>
    private static bool IsCopy(ITypeSymbol held, IMethodSymbol method)
        => SymbolEqualityComparer.Default.Equals(Awaited(method.ReturnType).OriginalDefinition, held.OriginalDefinition);

    /// <summary>Declared in a strong-named assembly: the framework's or a package's, never a project of the solution.</summary>
    private static bool IsSigned(ISymbol symbol) => symbol.ContainingAssembly is { Identity.HasPublicKey: true };

    /// <summary>
    /// The persons' record <paramref name="method"/> returns when it is asked by keys alone (<c>Task&lt;List&lt;OwnerModel&gt;&gt;
    /// GetAllAsync(int page)</c>): the shape a caller in another project is judged by.
    /// </summary>
    public string? LookedUpRecord(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary) return null;
        var record = Awaited(method.ReturnType);
        var element = PersonalDataClassifier.ElementType(record) ?? record;
        if (_lookedUp.TryGet(method, out var known)) return known ? element.Name : null;

        return _lookedUp.Keep(method, _lookedUp.Level, AnswersWithPersons(method, record, element)) ? element.Name : null;
    }

    private bool AnswersWithPersons(IMethodSymbol method, ITypeSymbol record, ITypeSymbol element)
    {
        if (method.Parameters.Any(p => !_classifier.PersonalMembers(p.Type).IsEmpty)) return false;
        var columns = AuthorshipStamps.Without(_classifier.PersonalColumns(element));
        return !IsFactory(method, element) && !BuildsEnvelope(method) && (!_classifier.PersonalMembers(record).IsEmpty || PagedRows.RowsOf(record).Count > 0)
               && !KeptRecords.Is(element, columns) && !AnswersAccounts(element) && HoldsAPerson(element, columns);
    }

    /// <summary>
    /// <c>await _mediator.Send(new GetUsersQuery())</c> answering <c>Result&lt;PagedResult&lt;UserDto&gt;&gt;</c>: the row inside the
    /// answer's envelopes is a sign-in account (<see cref="AccountRecords"/>), whose own columns are the access directory; it is a
    /// read only through a served record it refers to (round 36: the users list, a user's roles).
    /// </summary>
    private bool AnswersAccounts(ITypeSymbol element)
    {
        var row = AnsweredRow(element);
        if (!AccountRecords.Is(row)) return false;
        var references = AuthorshipStamps.Without(_classifier.PersonalColumns(row)).Where(PersonalDataClassifier.IsNavigation).ToList();
        return !HoldsAPerson(row, references);
    }

    /// <summary>Envelopes nested in an answer (<c>Result&lt;T&gt;</c>, <c>PagedResult&lt;T&gt;</c>, a list): the row inside, or the type itself.</summary>
    private const int MaxEnvelopes = 4;

    private static ITypeSymbol AnsweredRow(ITypeSymbol answer)
    {
        for (var depth = 0; depth < MaxEnvelopes && answer is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } envelope; depth++)
        {
            var inner = envelope.TypeArguments[0];
            answer = PersonalDataClassifier.ElementType(inner) ?? inner;
        }

        return answer;
    }

    /// <summary>First words of a named constructor: <c>Create</c>, <c>New</c>, <c>From…</c>, <c>Build</c>, <c>Make</c>.</summary>
    private static readonly HashSet<string> MakingVerbs = new(System.StringComparer.Ordinal) { "create", "new", "from", "build", "make" };

    /// <summary>
    /// <c>Attendance.Create(userId, eventId)</c>, <c>User.Create(name, phone)</c>: a static method of the record's own type,
    /// named for making one, answers with a new record (a domain model's named constructor); it reads nobody's row. A static
    /// look-up of the type (<c>User.Find(id)</c>, active-record style) stays a read.
    /// </summary>
    private static bool IsFactory(IMethodSymbol method, ITypeSymbol record)
        => method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, record.OriginalDefinition)
           && (IdentifierWords.Words(method.Name) is { Count: > 0 } words && MakingVerbs.Contains(words[0]) || WrapsItsTypeArgument(method));

    /// <summary>
    /// <c>Result&lt;ApplicationUser&gt;.Failure(error)</c>, <c>Result&lt;T&gt;.Success(value)</c>: a static method of a generic type that
    /// answers with that type holds the person only in its type argument; it knows no store of <c>T</c> and looks no row up,
    /// whatever its name (round 22's bank). A static look-up of a record's own non-generic type (<c>User.Find(id)</c>) stays a read.
    /// </summary>
    private static bool WrapsItsTypeArgument(IMethodSymbol method) => method.ContainingType is { IsGenericType: true };

    /// <summary>
    /// <c>ApiResponseHelper.NotFound&lt;PatientDto&gt;("No patient")</c>, <c>Envelope.Fail&lt;T&gt;(error)</c>: a static generic method that
    /// answers with a wrapper of its own type parameter (<c>ApiResponse&lt;T&gt;</c>) builds a response around a <c>T</c> it is not given;
    /// like <see cref="WrapsItsTypeArgument"/> it knows no store of <c>T</c> (round 35's CRM: every write action's error replies).
    /// Rows of <c>T</c> — a list, a page (<see cref="PagedRows"/>), <c>T</c> itself (<c>Sql.Query&lt;T&gt;(text)</c>) — stay a read.
    /// </summary>
    private static bool BuildsEnvelope(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        return definition is { IsStatic: true, IsGenericMethod: true } && Awaited(definition.ReturnType) is INamedTypeSymbol { IsGenericType: true } answer
               && answer.TypeArguments.Any(t => t is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method })
               && PersonalDataClassifier.ElementType(answer) is null && PagedRows.RowsOf(answer).Count == 0;
    }

    /// <summary>
    /// First words of another project's commands: <c>CreateAsync(request)</c>, <c>RegisterStudentAsync</c>, <c>AssignTeacher</c>,
    /// and the writes a booking or shop names for its domain (<c>BookAppointment(patientId, doctorId, slotId)</c>,
    /// <c>ReserveRoom</c>, <c>PlaceOrder</c>, <c>ScheduleVisit</c>, <c>SaveProfile</c>: round 21's doctor booking).
    /// </summary>
    private static readonly HashSet<string> ChangingVerbs = new(System.StringComparer.Ordinal)
    {
        "create", "add", "insert", "register", "update", "edit", "delete", "remove", "assign", "approve", "reject", "cancel", "submit", "mark",
        "book", "reserve", "place", "schedule", "save", "enrol", "enroll",
    };

    /// <summary>
    /// <c>var payment = await _payments.CreateAsync(request); return Ok(payment);</c>: a command of another project answers with
    /// the row it wrote, to the user who is writing it; nobody is looked up (the edit page's own look-up is a read of its own).
    /// </summary>
    private static bool IsCommand(IMethodSymbol method) => MethodVerbs.FirstWordIn(method, ChangingVerbs);

    /// <summary>
    /// True when the row holds a person's values of its own, or through a single reference (<c>Payment.Registration.Student</c>)
    /// that is no organisation's card.
    /// <c>MessageCategory { Name, List&lt;Contact&gt; Contacts }</c> and an exam session whose class lists its students
    /// (<c>ExamSession.Class.Registrations</c>) hold persons only in the rows of a collection: from the caller's side nothing
    /// says the other project's query loaded them (an entity's collection is empty unless the query includes it), and such a
    /// catalogue row is nobody's record. A page of rows (<see cref="PagedRows"/>) holds the persons of its rows: the page is the answer.
    /// </summary>
    private bool HoldsAPerson(ITypeSymbol row, List<ISymbol> columns)
    {
        if (columns.Any(c => !PersonalDataClassifier.IsNavigation(c))) return true;

        using var walk = BoundedWalk.Enter(WalkKind.Members, row);
        if (!walk.Entered) return false;
        var referenced = columns.Select(PersonalDataClassifier.MemberType).OfType<ITypeSymbol>().Where(t => PersonalDataClassifier.ElementType(t) is null);
        return referenced.Concat(PagedRows.RowsOf(row)).Any(HoldsAPerson);
    }

    /// <summary>
    /// A referenced row holds a person unless the organisation keeps it about itself (<see cref="KeptRecords"/>): a catalogue
    /// item's supplier, with its address and its contacts in a collection, is a company, not a person the item is about.
    /// </summary>
    private bool HoldsAPerson(ITypeSymbol target)
    {
        var columns = AuthorshipStamps.Without(_classifier.PersonalColumns(target));
        return !KeptRecords.Is(target, columns) && HoldsAPerson(target, columns);
    }

    /// <summary>
    /// True when <paramref name="method"/> is a library's query whose callers are judged for it: an ordinary method of a
    /// library that only code calls (<see cref="CalledByCode"/>) and other projects can call (<see cref="AssemblyBoundary"/>), returning persons' records to a caller asked
    /// by keys (<see cref="LookedUpRecord"/>), and called here, if at all, only by methods left to their callers in turn (the
    /// library's service over its own repository). Framework-invoked code (a controller, a message handler) and an
    /// application's methods have known callers and stay judged.
    /// </summary>
    public bool LeftToCallers(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_leftToCallers.TryGet(method, out var known)) return known;

        var level = _leftToCallers.Level;
        using var walk = BoundedWalk.Enter(WalkKind.Callers, method);
        if (!walk.Entered) return false;

        var left = !UncalledMethods.IsExecutable(_compilation) && CalledByCode(method) && OpenToOtherProjects(method) && LookedUpRecord(method) is not null
                   && _sites.Of(method) is { } sites && sites.All(site => LeftToCallers(site.Caller));
        return _leftToCallers.Keep(method, level, left);
    }

    /// <summary>
    /// A method only code calls: an ordinary method without attributes, in a type without attributes that is no controller,
    /// overriding nothing and implementing no interface of a signed assembly — the framework calls those itself. An interface
    /// of another project of the solution (<c>IPatientRepository</c> of the application layer) is called by that project.
    /// </summary>
    private static bool CalledByCode(IMethodSymbol method)
        => method is { MethodKind: MethodKind.Ordinary, IsOverride: false, IsImplicitlyDeclared: false, ContainingType: { } type }
           && method.GetAttributes().IsEmpty && type.GetAttributes().IsEmpty && !type.Name.EndsWith("Controller", System.StringComparison.Ordinal)
           && !BaseTypes.Any(type.BaseType, t => t.SpecialType != SpecialType.System_Object && IsSigned(t))
           && !type.AllInterfaces.Any(i => IsSigned(i) && UncalledMethods.Implements(type, i, method));

    /// <summary>Another assembly can call the method: by its own name, or through an interface it implements that is open to them.</summary>
    private bool OpenToOtherProjects(IMethodSymbol method)
        => _boundary.IsVisibleOutside(method)
           || method.ContainingType is { } type && type.AllInterfaces.Any(i => _boundary.IsVisibleOutside(i) && UncalledMethods.Implements(type, i, method));

    /// <summary>The <c>T</c> of <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, or the type itself.</summary>
    internal static ITypeSymbol Awaited(ITypeSymbol type)
        => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
           && PersonalAttributes.MetadataName(named.OriginalDefinition) is "System.Threading.Tasks.Task`1" or "System.Threading.Tasks.ValueTask`1"
            ? named.TypeArguments[0]
            : type;
}
