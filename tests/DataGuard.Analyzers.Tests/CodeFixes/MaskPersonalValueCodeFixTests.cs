using DataGuard.Analyzers.CodeFixes;
using DataGuard.Analyzers.Rules;
using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.CodeFixes;

public class MaskPersonalValueCodeFixTests
{
    private const string Types = """

        public class Citizen { public string NationalId { get; set; } = ""; public string Phone { get; set; } = ""; }
        """;

    [Fact]
    public Task Logged_value_is_wrapped_and_using_added() => VerifyFix<PersonalDataLoggedAnalyzer, MaskPersonalValueCodeFixProvider>.Fix("""
        using Microsoft.Extensions.Logging;

        class C
        {
            void M(ILogger logger, Citizen citizen)
            {
                {|DG1001:logger.LogInformation("Lookup {Id}", citizen.NationalId)|};
            }
        }
        """ + Types, """
        using Microsoft.Extensions.Logging;
        using DataGuard;

        class C
        {
            void M(ILogger logger, Citizen citizen)
            {
                logger.LogInformation("Lookup {Id}", Masking.Mask(citizen.NationalId));
            }
        }
        """ + Types);

    [Fact]
    public Task Interpolation_hole_is_wrapped_and_existing_using_kept() => VerifyFix<PersonalDataInExceptionMessageAnalyzer, MaskPersonalValueCodeFixProvider>.Fix("""
        using System;
        using DataGuard;

        class C
        {
            void M(Citizen citizen) => throw {|DG1006:new InvalidOperationException($"Citizen {citizen.Phone} not found")|};
        }
        """ + Types, """
        using System;
        using DataGuard;

        class C
        {
            void M(Citizen citizen) => throw new InvalidOperationException($"Citizen {Masking.Mask(citizen.Phone)} not found");
        }
        """ + Types);

    [Fact]
    public Task Fix_all_masks_every_occurrence_in_the_document() => VerifyFix<PersonalDataLoggedAnalyzer, MaskPersonalValueCodeFixProvider>.Fix("""
        using Microsoft.Extensions.Logging;

        class C
        {
            void M(ILogger logger, Citizen citizen, string phoneNumber)
            {
                {|DG1001:logger.LogInformation("Lookup {Id}", citizen.NationalId)|};
                {|DG1001:logger.LogWarning("Phone " + citizen.Phone)|};
                {|DG1001:logger.LogError("{P}", phoneNumber)|};
            }
        }
        """ + Types, """
        using Microsoft.Extensions.Logging;
        using DataGuard;

        class C
        {
            void M(ILogger logger, Citizen citizen, string phoneNumber)
            {
                logger.LogInformation("Lookup {Id}", Masking.Mask(citizen.NationalId));
                logger.LogWarning("Phone " + Masking.Mask(citizen.Phone));
                logger.LogError("{P}", Masking.Mask(phoneNumber));
            }
        }
        """ + Types, iterations: 3);

    [Fact]
    public Task Fix_all_with_the_using_present() => VerifyFix<PersonalDataLoggedAnalyzer, MaskPersonalValueCodeFixProvider>.Fix("""
        using Microsoft.Extensions.Logging;
        using DataGuard;

        class C
        {
            void M(ILogger logger, Citizen citizen, string phoneNumber)
            {
                {|DG1001:logger.LogInformation("Lookup {Id}", citizen.NationalId)|};
                {|DG1001:logger.LogWarning("Phone " + citizen.Phone)|};
            }
        }
        """ + Types, """
        using Microsoft.Extensions.Logging;
        using DataGuard;

        class C
        {
            void M(ILogger logger, Citizen citizen, string phoneNumber)
            {
                logger.LogInformation("Lookup {Id}", Masking.Mask(citizen.NationalId));
                logger.LogWarning("Phone " + Masking.Mask(citizen.Phone));
            }
        }
        """ + Types, iterations: 2);

    [Fact]
    public Task Url_value_is_wrapped() => VerifyFix<PersonalDataInUrlAnalyzer, MaskPersonalValueCodeFixProvider>.Fix("""
        using System;

        class C
        {
            Uri M(Citizen citizen) => {|DG1002:new Uri("https://records/?id=" + citizen.NationalId)|};
        }
        """ + Types, """
        using System;
        using DataGuard;

        class C
        {
            Uri M(Citizen citizen) => new Uri("https://records/?id=" + Masking.Mask(citizen.NationalId));
        }
        """ + Types);
}
