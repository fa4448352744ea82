using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// Recognises operations that read citizens' personal records (DG1008): calls of methods marked
/// <c>[PersonalDataQuery]</c>; EF Core / LINQ-to-database queries that materialise entities with personal members
/// (<c>ToList</c>, <c>FirstOrDefaultAsync</c>, <c>DbSet.Find</c>, <c>foreach</c> over an <c>IQueryable</c>); Dapper
/// <c>Query&lt;T&gt;</c> with such a <c>T</c>; and ADO.NET readers asked for a personal column by name.
/// </summary>
internal sealed class PersonalRecordReads
{
    public const string QueryAttribute = "DataGuard.PersonalDataQueryAttribute";

    private static readonly HashSet<string> QueryableOperators = new()
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

    public PersonalRecordReads(PersonalDataClassifier classifier)
    {
        _classifier = classifier;
    }

    /// <summary>What <paramref name="operation"/> reads (a record type or column name), or null when it reads no personal record.</summary>
    public string? Read(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => InvocationRead(invocation),
        IForEachLoopOperation loop => QueriedRecord(Unconverted(loop.Collection)),
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer when IsDataRecord(indexer.Property.ContainingType) => PersonalColumn(indexer.Arguments),
        _ => null,
    };

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
            return QueriedRecord(Unconverted(invocation.Arguments[0].Value));
        }

        return typeName switch
        {
            "Microsoft.EntityFrameworkCore.DbSet`1" when method.Name is "Find" or "FindAsync"
                => LoadedRecord(invocation.TargetMethod.ContainingType.TypeArguments[0], NoIncludes),
            "Dapper.SqlMapper" when method.Name.StartsWith("Query", System.StringComparison.Ordinal) && invocation.TargetMethod.TypeArguments.Length > 0
                => PersonalRecord(invocation.TargetMethod.TypeArguments[0]),
            _ when method.Name == "GetOrdinal" && IsDataRecord(method.ContainingType) => PersonalColumn(invocation.Arguments),
            _ => null,
        };
    }

    private static readonly HashSet<string> NoIncludes = new();

    /// <summary>The entity of an <c>IQueryable&lt;T&gt;</c> when the rows the query loads hold personal values.</summary>
    private string? QueriedRecord(IOperation query)
    {
        if (query.Type is not INamedTypeSymbol named) return null;
        var queryable = PersonalAttributes.MetadataName(named.OriginalDefinition) == "System.Linq.IQueryable`1"
            ? named
            : named.AllInterfaces.FirstOrDefault(i => PersonalAttributes.MetadataName(i.OriginalDefinition) == "System.Linq.IQueryable`1");
        return queryable is null ? null : LoadedRecord(queryable.TypeArguments[0], Includes(query));
    }

    /// <summary>
    /// A query loads the entity's own columns, and its navigations only when asked to (<c>Include(x => x.User)</c>): a
    /// <c>UserRole</c> row is two keys and dates unless its <c>User</c> comes with it. Members the database does not hold
    /// (<c>[NotMapped]</c>) are never loaded.
    /// </summary>
    private string? LoadedRecord(ITypeSymbol type, HashSet<string> includes)
        => _classifier.PersonalColumns(type).Any(member => includes.Contains(member.Name) || !PersonalDataClassifier.IsNavigation(member)) ? type.Name : null;

    private string? PersonalRecord(ITypeSymbol type) => _classifier.PersonalMembers(type).IsEmpty ? null : type.Name;

    /// <summary>Names of the navigations a query chain includes: <c>Include(x => x.User)</c>, <c>ThenInclude</c>, <c>Include("User")</c>.</summary>
    private static HashSet<string> Includes(IOperation query)
    {
        var names = new HashSet<string>();
        for (var current = query; current is IInvocationOperation { Arguments.Length: > 0 } call; current = Unconverted(call.Arguments[0].Value))
        {
            if (call.TargetMethod.Name is not ("Include" or "ThenInclude") || call.Arguments.Length < 2) continue;
            var selector = Unconverted(call.Arguments[1].Value);
            if (selector.ConstantValue is { HasValue: true, Value: string path })
            {
                names.UnionWith(path.Split('.'));
            }
            else
            {
                // x => x.User (a lambda, as a delegate or an expression tree)
                foreach (var member in selector.DescendantsAndSelf().OfType<IPropertyReferenceOperation>())
                {
                    names.Add(member.Property.Name);
                }
            }
        }

        return names;
    }

    private string? PersonalColumn(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments) =>
        arguments.Length == 1 && arguments[0].Value.ConstantValue is { HasValue: true, Value: string column } && _classifier.Names.IsPersonal(column)
            ? "column " + column
            : null;

    private static bool IsDataRecord(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (DataRecordTypes.Contains(PersonalAttributes.MetadataName(current.OriginalDefinition))) return true;
        }
        return type is not null && type.AllInterfaces.Any(i => DataRecordTypes.Contains(PersonalAttributes.MetadataName(i)));
    }

    private static IOperation Unconverted(IOperation operation) => operation is IConversionOperation conversion ? conversion.Operand : operation;
}
