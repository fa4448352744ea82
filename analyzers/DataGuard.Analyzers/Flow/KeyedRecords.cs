using System;
using System.Collections.Immutable;
using DataGuard.Analyzers.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Flow;

/// <summary>
/// Record types that a method shows to hold personal values by reading one by a personal key: <c>row["Email"]</c> makes every
/// DataRow (and its table and data set) in that method a personal record, <c>dataset.GetString(DicomTag.PatientName)</c> every
/// DicomDataset. A signed-in person's claim read by its type (<see cref="ClaimValues"/>) says nothing of the principal's
/// printed form, which is its type name. Dumping such a record whole — serialised, enumerated, its <c>ItemArray</c> joined — leaks those values.
/// </summary>
internal static class KeyedRecords
{
    /// <summary>ADO.NET's record types hold the same rows: evidence on one is evidence on all.</summary>
    private static readonly ImmutableArray<string> DataFamily = ImmutableArray.Create(
        "System.Data.DataRow", "System.Data.DataTable", "System.Data.DataSet", "System.Data.DataRowView", "System.Data.DataView",
        "System.Data.DataRowCollection", "System.Data.IDataRecord", "System.Data.IDataReader", "System.Data.Common.DbDataReader");

    /// <summary>Metadata names of the types read by a personal key in <paramref name="root"/>; empty when none is.</summary>
    public static ImmutableHashSet<string> In(IOperation root, PersonalDataClassifier classifier)
    {
        // Most methods read nothing by a personal key: the set is built only on the first one.
        ImmutableHashSet<string>.Builder? builder = null;
        foreach (var operation in root.Descendants())
        {
            var instance = operation switch
            {
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
                IInvocationOperation invocation => invocation.Instance,
                _ => null,
            };
            if (instance?.Type is not INamedTypeSymbol type || PersonalDataClassifier.IsPlainValue(type) || classifier.PersonalKey(operation) is null
                || ClaimValues.PersonalRead(operation, classifier.Names) is not null)
            {
                continue;
            }

            var name = PersonalAttributes.MetadataName(type.OriginalDefinition);
            builder ??= ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            builder.Add(name);
            if (DataFamily.Contains(name))
            {
                builder.UnionWith(DataFamily);
            }
        }

        return builder?.ToImmutable() ?? ImmutableHashSet<string>.Empty;
    }

    /// <summary>True when a value of this type is one of the records.</summary>
    public static bool Holds(ImmutableHashSet<string> records, ITypeSymbol? type)
        => !records.IsEmpty && type is INamedTypeSymbol named && records.Contains(PersonalAttributes.MetadataName(named.OriginalDefinition));
}
