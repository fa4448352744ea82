using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// A query that returns one value returns the column its SQL selects: <c>ExecuteScalar</c> on a command whose text is
/// <c>SELECT Email FROM Users …</c>, or Dapper's <c>QuerySingle&lt;string&gt;</c> with that SQL, reads a person's e-mail
/// whatever the local it lands in is called. A count or a non-personal column stays silent.
/// </summary>
public class SelectedColumnTests
{
    private static Task Ado(string body) => LibraryLeakTest.Run("""
        using System.Data.Common;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public sealed class UserLookup
        {
            private const string Current = "SELECT Email FROM Users WHERE Id = @id";
            private const string Archived = "SELECT a.[PhoneNumber], a.Id FROM ArchivedUsers a WHERE a.Id = @id";
            private readonly ILogger<UserLookup> _logger = null!;

            public async Task Find(DbConnection connection, int id, bool archived)
            {
                using var command = connection.CreateCommand();
                BODY
            }
        }
        """.Replace("BODY", body));

    [Fact]
    public Task Scalar_of_a_personal_column_is_reported() => Ado("""
        command.CommandText = "SELECT Email FROM Users WHERE Id = @id";
                var value = command.ExecuteScalar();
                {|DG1001:_logger.LogInformation("Found {Value}", value)|};
        """);

    [Fact]
    public Task Scalar_of_a_constant_chosen_between_two_queries_is_reported() => Ado("""
        command.CommandText = archived ? Archived : Current;
                var value = await command.ExecuteScalarAsync();
                {|DG1001:_logger.LogInformation("Found {Value}", value?.ToString())|};
        """);

    [Fact]
    public Task Scalar_count_is_not_reported() => Ado("""
        command.CommandText = "SELECT COUNT(*) FROM Users WHERE Email IS NOT NULL";
                var value = command.ExecuteScalar();
                _logger.LogInformation("Found {Value}", value);
        """);

    [Fact]
    public Task Scalar_of_a_non_personal_column_is_not_reported() => Ado("""
        command.CommandText = "SELECT Status, Email FROM Orders WHERE Id = @id";
                var value = command.ExecuteScalar();
                _logger.LogInformation("Found {Value}", value);
        """);

    /// <summary>Dapper's one-value readers, as its SqlMapper declares them: their bodies are not in the compilation.</summary>
    private const string Dapper = """
        using System.Data;
        using System.Threading.Tasks;
        namespace Dapper
        {
            public static class SqlMapper
            {
                public static T QuerySingle<T>(this IDbConnection cnn, string sql, object? param = null) => default!;
                public static Task<T> QueryFirstOrDefaultAsync<T>(this IDbConnection cnn, string sql, object? param = null) => Task.FromResult<T>(default!);
            }
        }
        """;

    private static Task WithDapper(string body) => LibraryLeakTest.RunWithLibrary("""
        using System.Data;
        using System.Threading.Tasks;
        using Dapper;
        using Microsoft.Extensions.Logging;

        public sealed class UserLookup
        {
            private readonly ILogger<UserLookup> _logger = null!;

            public async Task Find(IDbConnection connection, int id)
            {
                BODY
            }
        }
        """.Replace("BODY", body), Dapper);

    [Fact]
    public Task Dapper_single_value_of_a_personal_column_is_reported() => WithDapper("""
        var value = await connection.QueryFirstOrDefaultAsync<string>($"SELECT u.FullName FROM Users u WHERE u.Id = {id}");
                {|DG1001:_logger.LogWarning("Lookup {Value}", value)|};
        """);

    [Fact]
    public Task Dapper_single_value_of_a_non_personal_column_is_not_reported() => WithDapper("""
        var value = connection.QuerySingle<string>("SELECT Title FROM Posts WHERE Id = @id", new { id });
                _logger.LogWarning("Lookup {Value}", value);
        """);
}
