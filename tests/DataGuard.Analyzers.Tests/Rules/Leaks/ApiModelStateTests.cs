using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Model state is request content (DG1001 when dumped into a log), except in an <c>[ApiController]</c> action: there the
/// framework answers an invalid request with 400 before the action runs, so the texts the action prints are messages without
/// the client's values — unless the program turns that answer off.
/// </summary>
public class ApiModelStateTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        public class SignUp { public string Email { get; set; } = ""; public string FullName { get; set; } = ""; }

        """;

    private static Task Run(string body) => LibraryLeakTest.Run(Usings + body);

    private const string Action = """
        {
            private readonly ILogger<AccountsController> _logger = null!;

            [HttpPost]
            public IActionResult Register([FromBody] SignUp form)
            {
                if (!ModelState.IsValid)
                {
                    LOG;
                    return BadRequest(ModelState);
                }

                return Ok();
            }
        }
        """;

    private const string Errors = "_logger.LogWarning(\"Invalid: {Errors}\", string.Join(\", \", ModelState.SelectMany(entry => entry.Value!.Errors).Select(error => error.ErrorMessage)))";

    [Fact]
    public Task Error_texts_of_an_api_controllers_model_state_are_not_reported()
        => Run("[ApiController]\n[Route(\"api/accounts\")]\npublic class AccountsController : ControllerBase\n" + Action.Replace("LOG", Errors));

    [Fact]
    public Task Api_controller_marked_on_its_base_class_is_not_reported()
        => Run("[ApiController]\npublic abstract class ApiBase : ControllerBase { }\npublic class AccountsController : ApiBase\n" + Action.Replace("LOG", Errors));

    [Fact]
    public Task Model_state_of_a_view_controller_is_reported()
        => Run("public class AccountsController : Controller\n" + Action.Replace("LOG", "{|DG1001:" + Errors + "|}"));

    [Fact]
    public Task Api_controller_whose_invalid_requests_reach_the_action_is_reported()
        => Run("""
            public static class Startup
            {
                public static void Configure(ApiBehaviorOptions options) => options.SuppressModelStateInvalidFilter = true;
            }

            [ApiController]
            public class AccountsController : ControllerBase

            """ + Action.Replace("LOG", "{|DG1001:" + Errors + "|}"));

    private const string IdentityStyleAction = """
        public class SignUpError { public string Code { get; set; } = ""; public string Description { get; set; } = ""; }

        [ApiController]
        public class AccountsController : ControllerBase
        {
            private readonly ILogger<AccountsController> _logger = null!;

            [HttpPost]
            public IActionResult Register([FromBody] SignUp form, SignUpError[] errors)
            {
                ADD;
                LOG;
                return BadRequest(ModelState);
            }
        }
        """;

    private const string Dump = "_logger.LogInformation($\"ModelState: {Newtonsoft.Json.JsonConvert.SerializeObject(ModelState)}\")";

    [Fact]
    public Task Api_model_state_holding_error_texts_the_action_computed_is_reported()
        => Run(IdentityStyleAction.Replace("ADD", "foreach (var error in errors) ModelState.TryAddModelError(error.Code, error.Description)")
            .Replace("LOG", "{|DG1001:" + Dump + "|}"));

    [Fact]
    public Task Api_model_state_holding_literal_error_texts_is_not_reported()
        => Run(IdentityStyleAction.Replace("ADD", "ModelState.AddModelError(nameof(form.Email), \"The e-mail is already registered.\")").Replace("LOG", Dump));

    [Fact]
    public Task Attempted_values_of_an_api_controllers_model_state_are_reported()
        => Run(IdentityStyleAction.Replace("ADD", "_ = errors")
            .Replace("LOG", "{|DG1001:_logger.LogWarning(\"Typed {Values}\", string.Join(\", \", ModelState.Values.Select(v => v.AttemptedValue)))|}"));
}
