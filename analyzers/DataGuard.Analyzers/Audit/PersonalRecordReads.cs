using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Recognises operations that read citizens' personal records (DG1008): calls of methods marked
/// <c>[PersonalDataQuery]</c>; EF Core / LINQ-to-database queries that materialise entities with personal members
/// (<c>ToList</c>, <c>FirstOrDefaultAsync</c>, <c>DbSet.Find</c>, <c>foreach</c> over an <c>IQueryable</c>); Dapper
/// <c>Query&lt;T&gt;</c> with such a <c>T</c>; ADO.NET readers asked for a personal column by name; and calls of another
/// project's query that return persons' records (<see cref="LibraryQueries"/>).
/// </summary>
internal sealed class PersonalRecordReads
{
    public const string QueryAttribute = "DataGuard.PersonalDataQueryAttribute";

    /// <summary>The static classes of LINQ's operators: LINQ to objects and queryables, and EF Core's async forms.</summary>
    public static readonly HashSet<string> QueryableOperators = new()
    {
        "System.Linq.Queryable", "System.Linq.Enumerable", "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions",
    };

    /// <summary>Operators that run a query and bring its rows into memory.</summary>
    private static readonly HashSet<string> Materializers = new()
    {
        "ToList", "ToListAsync", "ToArray", "ToArrayAsync", "ToDictionary", "ToDictionaryAsync", "ToHashSet", "ToHashSetAsync",
        "First", "FirstAsync", "FirstOrDefault", "FirstOrDefaultAsync", "Single", "SingleAsync", "SingleOrDefault", "SingleOrDefaultAsync",
        "Last", "LastAsync", "LastOrDefault", "LastOrDefaultAsync", "ElementAt", "ElementAtOrDefault", "AsAsyncEnumerable", "ToLookup",
    };

    private static readonly HashSet<string> DataRecordTypes = new()
    {
        "System.Data.IDataRecord", "System.Data.Common.DbDataReader", "System.Data.IDataReader", "System.Data.DataRow",
    };

    private readonly PersonalDataClassifier _classifier;
    private readonly LibraryQueries _libraries;
    private readonly SourceBodies _bodies;

    /// <summary>Per entity: whether its own columns make it a person's record (asked at every query of it; round 30's CRM).</summary>
    private readonly BoundedVerdicts _personsRecords = new(WalkKind.Members);

    public PersonalRecordReads(PersonalDataClassifier classifier, LibraryQueries libraries, SourceBodies bodies)
    {
        _classifier = classifier;
        _libraries = libraries;
        _bodies = bodies;
    }

    /// <summary>What <paramref name="operation"/> reads (a record type or column name), or null when it reads no personal record.</summary>
    public string? Read(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => InvocationRead(invocation),
        IForEachLoopOperation loop => QueriedRecord(OperationShapes.Unconverted(loop.Collection)),
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer when IsDataRecord(indexer.Property.ContainingType) && !IsHandedIn(indexer.Instance) => PersonalColumn(indexer.Arguments),
        _ => null,
    };

    /// <summary>
    /// <c>Map(SqlDataReader reader) =&gt; new Employee { Email = reader["Email"] }</c>: a reader the method is handed was executed by
    /// its caller, whose path the read belongs to (<see cref="MappedColumn"/>); the mapping helper reads nothing itself.
    /// </summary>
    private static bool IsHandedIn(IOperation? record)
        => OperationShapes.VariableOf(record) is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary } };

    /// <summary>
    /// A data record handed to the program's own helper that asks it for a personal column: the caller, which executed the
    /// reader, reads that column (<c>employees.Add(Map(reader))</c>).
    /// </summary>
    private string? MappedColumn(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !IsDataRecord(argument.Value.Type as INamedTypeSymbol) || IsHandedIn(argument.Value)) continue;
            if (_bodies.Body(invocation.TargetMethod.OriginalDefinition) is not { } body) continue;

            var column = body.DescendantsAndSelf().Select(o => ColumnAsked(o, parameter.OriginalDefinition)).FirstOrDefault(c => c is not null);
            if (column is not null) return column;
        }

        return null;
    }

    /// <summary><c>reader["Email"]</c> or <c>reader.GetOrdinal("Email")</c> on <paramref name="record"/>, for a personal column.</summary>
    private string? ColumnAsked(IOperation operation, IParameterSymbol record) => operation switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer when Is(indexer.Instance, record) => PersonalColumn(indexer.Arguments),
        IInvocationOperation { TargetMethod.Name: "GetOrdinal" } call when Is(call.Instance, record) => PersonalColumn(call.Arguments),
        _ => null,
    };

    private static bool Is(IOperation? value, IParameterSymbol parameter)
        => OperationShapes.VariableOf(value) is IParameterSymbol found && SymbolEqualityComparer.Default.Equals(found.OriginalDefinition, parameter);

    private string? InvocationRead(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (MarkedMethods.Has(method, QueryAttribute))
        {
            return method.Name;
        }

        var typeName = method.ContainingType is { } type ? PersonalAttributes.MetadataName(type.OriginalDefinition) : string.Empty;
        if (QueryableOperators.Contains(typeName) && Materializers.Contains(method.Name) && invocation.Arguments.Length > 0)
        {
            if (TokenLookups.FindsByToken(invocation)) return null;
            return QueriedRecord(OperationShapes.Unconverted(invocation.Arguments[0].Value)) ?? PersonsRecords(invocation);
        }

        return typeName switch
        {
            "Microsoft.EntityFrameworkCore.DbSet`1" when method.Name is "Find" or "FindAsync"
                => LoadedRecord(invocation.TargetMethod.ContainingType.TypeArguments[0], LoadedNavigations.None),
            "Dapper.SqlMapper" when method.Name.StartsWith("Query", System.StringComparison.Ordinal) && invocation.TargetMethod.TypeArguments.Length > 0
                => PersonalRecord(invocation.TargetMethod.TypeArguments[0]),
            _ when method.Name == "GetOrdinal" && IsDataRecord(method.ContainingType) => IsHandedIn(invocation.Instance) ? null : PersonalColumn(invocation.Arguments),
            _ => _libraries.Returned(invocation) ?? MappedColumn(invocation),
        };
    }

    /// <summary>
    /// The entity of an <c>IQueryable&lt;T&gt;</c> when the rows the query loads hold personal values; a projection to a pick
    /// list (<see cref="PickListRows"/>) loads none.
    /// </summary>
    private string? QueriedRecord(IOperation query)
    {
        return QueryableEntity(query) is { } entity && !PickListRows.Is(entity, _classifier) ? LoadedRecord(entity, LoadedNavigations.Of(query)) : null;
    }

    /// <summary>
    /// A query loads the entity's own columns, and its navigations only when asked to (<c>Include(x => x.User)</c>), each with
    /// its own columns and the navigations included below it: a <c>UserRole</c> row is two keys and dates unless its
    /// <c>User</c> comes with it, and a course with its form groups holds no pupil unless <c>ThenInclude(g => g.Students)</c>.
    /// Members the database does not hold (<c>[NotMapped]</c>) are never loaded; an organisation's contact card is no
    /// person's record (<see cref="OrganisationRecords"/>). A query of sign-in accounts (<see cref="AccountRecords"/>) reads
    /// only the served records it includes: its own columns are the access directory.
    /// </summary>
    private string? LoadedRecord(ITypeSymbol type, LoadedNavigations loaded)
        => (AccountRecords.Is(type) ? LoadsPersonalNavigations(type, loaded) : LoadsPersonalValues(type, loaded)) ? type.Name : null;

    private bool LoadsPersonalValues(ITypeSymbol type, LoadedNavigations loaded) => IsPersonsRecord(type) || LoadsPersonalNavigations(type, loaded);

    /// <summary>
    /// Each included navigation is asked on its own, not through the entity's member list: that list stops at a bounded
    /// depth, and a course → groups → members chain is deeper than it looks. An included authorship stamp
    /// (<c>Include(b =&gt; b.CreatedByUser)</c>, <see cref="AuthorshipStamps"/>) brings who wrote the row, not whom it is
    /// about: only what is included below it counts; so does a staff record's login account (<see cref="StaffRecords"/>).
    /// </summary>
    private bool LoadsPersonalNavigations(ITypeSymbol type, LoadedNavigations loaded)
    {
        foreach (var (name, below) in loaded.Children)
        {
            if (NavigationMember(type, name) is not { } member || NavigatedType(member) is not { } target) continue;
            var stampOrAccount = AuthorshipStamps.Is(member) || StaffRecords.IsAccountOf(type, target);
            if (stampOrAccount ? LoadsPersonalNavigations(target, below) : LoadsPersonalValues(target, below)) return true;
        }

        return false;
    }

    /// <summary>The navigation <paramref name="name"/> of <paramref name="type"/> or a base type.</summary>
    private static ISymbol? NavigationMember(ITypeSymbol type, string name)
        => BaseTypes.Chain(type).Select(t => t.GetMembers(name).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol))
            .FirstOrDefault(member => member is not null);

    /// <summary>
    /// Rows with no personal column of their own, selected by the key of a person they belong to (<c>Absences.Where(a =>
    /// a.StudentId == studentId)</c>): one person's history — absences, exclusions, marks — is read, even when the person's
    /// row is not loaded with it. The key is a member named for a navigation to a person's record plus <c>Id</c>.
    /// </summary>
    private string? PersonsRecords(IInvocationOperation materializer)
    {
        if (QueryableEntity(OperationShapes.Unconverted(materializer.Arguments[0].Value)) is not { } entity) return null;

        foreach (var key in OperationShapes.QueryFilterParts(materializer).OfType<IPropertyReferenceOperation>())
        {
            if (PersonKeyNavigation(entity, key.Property) is { } person) return entity.Name + " of a " + person.Name;
        }

        return null;
    }

    /// <summary>For <c>StudentId</c> on an entity with a <c>Student</c> navigation to a person's record: that record's type; not a staff record's own account (<c>Doctor.UserId</c>).</summary>
    private ITypeSymbol? PersonKeyNavigation(ITypeSymbol entity, IPropertySymbol key)
    {
        var name = key.Name;
        if (name.Length <= 2 || !name.EndsWith("Id", System.StringComparison.Ordinal)) return null;
        if (NavigationMember(entity, name.Substring(0, name.Length - 2)) is not { } navigation || AuthorshipStamps.Is(navigation)) return null;
        if (NavigatedType(navigation) is not { } person || SymbolEqualityComparer.Default.Equals(person, entity)) return null;
        if (StaffRecords.IsAccountOf(entity, person)) return null;

        return IsPersonsRecord(person) ? person : null;
    }

    /// <summary>
    /// A row with personal columns of its own, besides the stamps of who wrote it (<see cref="AuthorshipStamps"/>), that the
    /// organisation keeps about itself (<see cref="KeptRecords"/>: its card, its things, its staff, its audit trail).
    /// </summary>
    private bool IsPersonsRecord(ITypeSymbol type)
    {
        if (_personsRecords.TryGet(type, out var known)) return known;
        return _personsRecords.Keep(type, _personsRecords.Level, HoldsPersonalValues(type));
    }

    private bool HoldsPersonalValues(ITypeSymbol type)
    {
        var columns = AuthorshipStamps.Without(_classifier.PersonalColumns(type));
        return columns.Any(c => !PersonalDataClassifier.IsNavigation(c)) && !KeptRecords.Is(type, columns);
    }

    /// <summary>Query operators followed from a source to the operator that runs it: <c>Include(…).Where(…).FirstOrDefaultAsync(…)</c> is a handful.</summary>
    private const int MaxChainLength = 32;

    /// <summary>
    /// True when <paramref name="query"/> is the source of a chain of LINQ operators, in the same expression, that ends in one
    /// that runs it (<c>ToListAsync</c>, <c>FirstOrDefaultAsync</c>) or in a <c>foreach</c> over it.
    /// </summary>
    internal static bool RunsInPlace(IOperation query)
    {
        var current = query;
        for (var step = 0; step < MaxChainLength; step++)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation) parent = parent.Parent;
            if (parent is IForEachLoopOperation) return true;
            if (parent is not IArgumentOperation { Parent: IInvocationOperation call } argument || call.Arguments.Length == 0 || call.Arguments[0] != argument) return false;

            var method = call.TargetMethod.ReducedFrom ?? call.TargetMethod;
            if (method.ContainingType is not { } type || !QueryableOperators.Contains(PersonalAttributes.MetadataName(type.OriginalDefinition))) return false;
            if (Materializers.Contains(method.Name)) return true;
            current = call;
        }

        return false;
    }

    private static ITypeSymbol? QueryableEntity(IOperation query) => query.Type is { } type ? QueriedEntity(type) : null;

    /// <summary>The <c>T</c> of a type that is or implements <c>IQueryable&lt;T&gt;</c>: a query not yet run; null for any other type.</summary>
    internal static ITypeSymbol? QueriedEntity(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named) return null;
        var queryable = PersonalAttributes.MetadataName(named.OriginalDefinition) == "System.Linq.IQueryable`1"
            ? named
            : named.AllInterfaces.FirstOrDefault(i => PersonalAttributes.MetadataName(i.OriginalDefinition) == "System.Linq.IQueryable`1");
        return queryable?.TypeArguments[0];
    }

    /// <summary>The record a navigation leads to: <c>User</c> for <c>UserRole.User</c>, <c>Student</c> for <c>ICollection&lt;Student&gt;</c>.</summary>
    private static ITypeSymbol? NavigatedType(ISymbol navigation)
        => PersonalDataClassifier.MemberType(navigation) is { } type
            ? PersonalDataClassifier.ElementType(type) ?? type
            : null;

    private string? PersonalRecord(ITypeSymbol type) => _classifier.PersonalMembers(type).IsEmpty ? null : type.Name;

    private string? PersonalColumn(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments) =>
        arguments.Length == 1 && arguments[0].Value.ConstantValue is { HasValue: true, Value: string column } && _classifier.Names.IsPersonal(column)
            ? "column " + column
            : null;

    private static bool IsDataRecord(INamedTypeSymbol? type)
    {
        if (BaseTypes.Any(type, t => DataRecordTypes.Contains(PersonalAttributes.MetadataName(t.OriginalDefinition)))) return true;
        return type is not null && type.AllInterfaces.Any(i => DataRecordTypes.Contains(PersonalAttributes.MetadataName(i)));
    }

}
