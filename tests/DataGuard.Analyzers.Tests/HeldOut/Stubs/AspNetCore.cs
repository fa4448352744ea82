// Stubs of the ASP.NET Core and Identity surface the corpus uses (the shared framework is not referenced by the test process).
using System;
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult<T> { public static implicit operator ActionResult<T>(T value) => new(); public static implicit operator ActionResult<T>(ObjectResult r) => new(); }
    public class ObjectResult : IActionResult { public ObjectResult(object? value) { } }
    public class NotFoundResult : IActionResult { public static implicit operator ObjectResult(NotFoundResult r) => new(null); }
    [AttributeUsage(AttributeTargets.Class)] public sealed class ApiControllerAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)] public sealed class RouteAttribute : Attribute { public RouteAttribute(string template) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class HttpGetAttribute : Attribute { public HttpGetAttribute() { } public HttpGetAttribute(string template) { } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class HttpPostAttribute : Attribute { public HttpPostAttribute() { } public HttpPostAttribute(string template) { } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromBodyAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromQueryAttribute : Attribute { public string? Name { get; set; } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromRouteAttribute : Attribute { }
    public abstract class ControllerBase
    {
        public ObjectResult Ok(object? value) => new(value);
        public IActionResult Ok() => new ObjectResult(null);
        public NotFoundResult NotFound() => new();
        public ObjectResult BadRequest(object? error) => new(error);
    }
}
namespace Microsoft.AspNetCore.Http
{
    public static class Results
    {
        public static IResult Ok(object? value = null) => null!;
        public static IResult NotFound() => null!;
        public static IResult BadRequest(object? error = null) => null!;
    }
    public interface IResult { }
}
namespace Microsoft.AspNetCore.Builder
{
    public sealed class WebApplicationBuilder { public WebApplication Build() => new(); }
    public sealed class WebApplication
    {
        public static WebApplicationBuilder CreateBuilder(string[] args) => new();
        public object MapGet(string pattern, Delegate handler) => handler;
        public object MapPost(string pattern, Delegate handler) => handler;
        public void Run() { }
    }
}
namespace Microsoft.AspNetCore.Identity
{
    [AttributeUsage(AttributeTargets.Property)] public class PersonalDataAttribute : Attribute { }
    public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
}
namespace Microsoft.Extensions.Compliance.Classification
{
    public readonly struct DataClassification { public DataClassification(string taxonomyName, string value) { } }
    [AttributeUsage(AttributeTargets.All)]
    public class DataClassificationAttribute : Attribute { protected DataClassificationAttribute(DataClassification classification) { } }
}
namespace Microsoft.Extensions.Compliance.Redaction
{
    public abstract class Redactor
    {
        public string Redact(string? source) => "";
        public abstract int Redact(ReadOnlySpan<char> source, Span<char> destination);
        public abstract int GetRedactedLength(ReadOnlySpan<char> input);
    }
}
