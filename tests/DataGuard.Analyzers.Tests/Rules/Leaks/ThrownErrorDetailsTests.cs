using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// DG1006 on the error details a thrown exception carries (Rules/CarriedErrorMessages): an error object with a message,
/// handed to the exception's constructor or to a factory that makes the exception in a <c>throw</c>. The exception handler
/// writes those messages into the log and the problem response as it writes the exception's own.
/// </summary>
public class ThrownErrorDetailsTests
{
    private static Task Run(string body) => LibraryLeakTest.Run("""
        using System;

        public record Error(string Code, string Message);

        public sealed class Failure
        {
            public string Code { get; init; } = "";
            public string Description { get; init; } = "";
        }

        public class ApiException(string title, string message, Error[] errors) : Exception(message)
        {
            public Error[] Errors => errors;

            public static ApiException NotFound(Error error, string message = "The requested resource was not found.")
                => new("Not Found", message, new[] { error });
        }

        public class DetailedException(Failure failure) : Exception("Request failed.")
        {
            public Failure Failure => failure;
        }

        public static class Result
        {
            public static object Fail(Error error) => error;
        }

        public sealed class Handler
        {
            public object Handle(Buyer buyer)
            {
                BODY;
            }
        }
        """.Replace("BODY", body) + LibraryLeakTest.Buyer);

    [Fact]
    public Task An_error_message_handed_to_a_thrown_factory_is_reported() => Run("""
        throw {|DG1006:ApiException.NotFound(new Error("Auth.Error", $"User with email '{buyer.Email}' not found"))|}
        """);

    [Fact]
    public Task An_error_message_in_an_array_handed_to_the_constructor_is_reported() => Run("""
        throw {|DG1006:new ApiException("Bad Request", "Invalid request.", new[] { new Error("Phone", "Unknown phone " + buyer.Phone) })|}
        """);

    [Fact]
    public Task An_initialized_description_of_an_error_object_is_reported() => Run("""
        throw {|DG1006:new DetailedException(new Failure { Code = "Mail", Description = $"Cannot reach {buyer.Email}" })|}
        """);

    [Fact]
    public Task The_message_argument_of_a_thrown_factory_is_reported_through_its_body() => Run("""
        throw {|DG1006:ApiException.NotFound(new Error("Auth.Error", "Not found"), $"No user {buyer.Email}")|}
        """);

    [Fact]
    public Task An_error_message_without_personal_data_is_not_reported() => Run("""
        throw ApiException.NotFound(new Error("Order.Missing", $"Order {buyer.OrderNo} not found"))
        """);

    [Fact]
    public Task An_error_object_returned_rather_than_thrown_is_not_an_exception_message() => Run("""
        return Result.Fail(new Error("Auth.Error", $"User with email '{buyer.Email}' not found"))
        """);
}
