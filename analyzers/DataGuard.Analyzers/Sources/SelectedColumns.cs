using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DataGuard.Analyzers.Flow;
using DataGuard.Analyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A query that returns one value (<c>ExecuteScalar</c>, Dapper's <c>QuerySingle&lt;string&gt;</c>) returns the first column
/// its SQL selects: <c>SELECT Email FROM Users WHERE Id = @id</c> reads a person's e-mail, as <c>reader["Email"]</c> would.
/// The readers are rows; the SQL is every constant its text can take, resolved by the one resolver of constants, <c>?:</c>
/// and locals (<see cref="EndpointResolver.PossibleValues"/>).
/// </summary>
internal static class SelectedColumns
{
    /// <summary>A one-value query method and where its SQL is: the parameter named so, or (null) the command it is called on.</summary>
    private sealed class Row
    {
        public Row(string method, string? sqlParameter)
        {
            Method = method;
            SqlParameter = sqlParameter;
        }

        /// <summary>The method's name; its Async variant is the same row.</summary>
        public string Method { get; }

        public string? SqlParameter { get; }
    }

    private static readonly ImmutableArray<Row> Rows = ImmutableArray.Create(
        new Row("ExecuteScalar", sqlParameter: null),        // ADO.NET: DbCommand, IDbCommand (SqlCommand, NpgsqlCommand, SqliteCommand…)
        new Row("ExecuteScalar", sqlParameter: "sql"),       // Dapper's SqlMapper extensions of a connection
        new Row("QuerySingle", sqlParameter: "sql"),
        new Row("QuerySingleOrDefault", sqlParameter: "sql"),
        new Row("QueryFirst", sqlParameter: "sql"),
        new Row("QueryFirstOrDefault", sqlParameter: "sql"));

    /// <summary>The personal column a one-value query returns, or null when the call is no such query or its column is not personal.</summary>
    public static string? PersonalColumn(IInvocationOperation invocation, PersonalNames names)
    {
        var name = invocation.TargetMethod.Name;
        name = name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;
        foreach (var row in Rows)
        {
            if (row.Method == name && Sql(invocation, row) is { } sql)
            {
                return PersonalColumnOf(sql, names);
            }
        }

        return null;
    }

    private static IOperation? Sql(IInvocationOperation invocation, Row row)
    {
        if (row.SqlParameter is null)
        {
            return invocation.Instance is { } command && IsCommand(command.Type) ? CommandText(command) : null;
        }

        return invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == row.SqlParameter)?.Value;
    }

    private static bool IsCommand(ITypeSymbol? type)
        => type is not null && (type.Name == "IDbCommand" || type.AllInterfaces.Any(i => i.Name == "IDbCommand"));

    /// <summary><c>new SqlCommand(sql, connection)</c>, <c>new SqlCommand { CommandText = sql }</c> or <c>command.CommandText = sql</c>.</summary>
    private static IOperation? CommandText(IOperation command)
    {
        while (command is IConversionOperation conversion)
        {
            command = conversion.Operand;
        }

        if (command is not ILocalReferenceOperation { Local: var local })
        {
            return null;
        }

        foreach (var value in StoredValues.AssignedToMember(local, "CommandText", command).Concat(StoredValues.Assigned(local, command)))
        {
            if (value is IObjectCreationOperation creation && CreatedText(creation) is { } created)
            {
                return created;
            }

            if (value is not IObjectCreationOperation and not IInvocationOperation)
            {
                return value;
            }
        }

        return null;
    }

    private static IOperation? CreatedText(IObjectCreationOperation creation)
    {
        var argument = creation.Arguments.FirstOrDefault(a => a.Parameter is { Type.SpecialType: SpecialType.System_String });
        if (argument is not null)
        {
            return argument.Value;
        }

        return creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IMemberReferenceOperation { Member.Name: "CommandText" })?.Value;
    }

    /// <summary>The first personal column among the texts the SQL can be; an interpolated text is read with its holes left empty.</summary>
    private static string? PersonalColumnOf(IOperation sql, PersonalNames names)
    {
        foreach (var value in EndpointResolver.PossibleValues(sql))
        {
            if (Text(value) is { } text && SqlFirstColumn.NameOf(text) is { } column && names.IsPersonal(column))
            {
                return column;
            }
        }

        return null;
    }

    private static string? Text(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        if (value is not IInterpolatedStringOperation interpolated)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            text.Append(part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string piece } ? piece : " ");
        }

        return text.ToString();
    }
}
