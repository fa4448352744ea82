using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// DG1008's write test applied per request path, not per method: a command handler's private helper that loads or validates
/// the rows the command will change (<c>ValidateAccountAsync</c>, <c>LoadAccountsAsync</c>) reads them for a write, though the
/// helper itself saves nothing. A method is on write paths when every call of it in this compilation is made from a write
/// path, or, up to <see cref="WalkKind.Callers"/> levels, from a method whose own callers all are. A write path is the
/// <c>Handle</c> of a <c>…Command</c> request that saves, adds, creates, updates, changes or deletes, or any other method that saves
/// (<c>SaveChangesAsync</c>, <c>CommitAsync</c>) — itself or through the program's methods it calls (<see cref="WalkKind.Summary"/>
/// levels). A <c>…Query</c> handler is never one. Callers that cannot all be seen leave the helper reported: a method other
/// assemblies can name (<see cref="AssemblyBoundary"/>), one the source also names without calling it (a method group or a
/// delegate: <see cref="CallSites.IsReferencedUncalled"/>, bound to the method, so a namesake's method group or a
/// <c>nameof</c> does not count), or one called outside any method. A writing command's <c>Handle</c> is judged so itself (<see cref="IsWritingCommand"/>).
/// </summary>
internal sealed class WritingCallers
{
    private readonly SourceBodies _bodies;
    private readonly CallSites _sites;
    private readonly AssemblyBoundary _boundary;
    private readonly BoundedVerdicts _onWritePaths = new(WalkKind.Callers);
    private readonly BoundedVerdicts _saves = new(WalkKind.Summary);
    private readonly BoundedVerdicts _changes = new(WalkKind.Summary);

    public WritingCallers(Compilation compilation, SourceBodies bodies, CallSites sites)
    {
        _bodies = bodies;
        _sites = sites;
        _boundary = new AssemblyBoundary(compilation);
    }

    /// <summary>True when every call of <paramref name="method"/> is seen in this compilation and each is made on a write path.</summary>
    public bool AllWrite(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (TemplateHook(method) is { } hook) return CalledOnWritePaths(hook);
        if (_boundary.IsVisibleOutside(method) || _sites.IsReferencedUncalled(method)) return false;
        return CalledOnWritePaths(method);
    }

    /// <summary>
    /// <c>protected override Task BeforeCreateAsync(Review entity, ReviewRequest request)</c>: a hook a base class of the program
    /// declares <c>protected virtual</c> (or abstract) in source and calls from its own template methods (<c>CreateAsync</c>: map, hook, add, save). The
    /// override has no call of its own — every call binds to the base's method — so the base method's calls are its calls; a hook
    /// only writing templates call checks or loads rows for their write (round 36's rental platform: a booking checked before a
    /// payment or a review is created). Only types deriving from the base can call a protected method.
    /// </summary>
    private IMethodSymbol? TemplateHook(IMethodSymbol method)
        => method.IsOverride && method.OverriddenMethod?.OriginalDefinition is { DeclaredAccessibility: Accessibility.Protected } hook
           && hook.DeclaringSyntaxReferences.Length > 0 && !_sites.IsReferencedUncalled(hook)
            ? hook
            : null;

    private bool CalledOnWritePaths(IMethodSymbol method)
    {
        if (_onWritePaths.TryGet(method, out var known)) return known;

        var level = _onWritePaths.Level;
        using var walk = BoundedWalk.Enter(WalkKind.Callers, method);
        if (!walk.Entered) return false;

        var sites = _sites.Of(method);
        var onWritePaths = sites is { Count: > 0 } && sites.All(site => IsWritePath(site.Caller) || AllWrite(site.Caller));
        return _onWritePaths.Keep(method, level, onWritePaths);
    }

    /// <summary>
    /// True when <paramref name="method"/> is the <c>Handle</c> of a <c>…Command</c> request whose path writes: what it reads it
    /// reads for the command's change (the user a password change loads, the account a withdrawal checks).
    /// </summary>
    public bool IsWritingCommand(IMethodSymbol method) => RequestHandlers.HandlesCommand(method) && Writes(method.OriginalDefinition, command: true);

    /// <summary>A command handler that changes rows, or a method (not a query handler) that saves.</summary>
    private bool IsWritePath(IMethodSymbol caller)
    {
        if (RequestHandlers.HandlesQuery(caller)) return false;
        return Writes(caller.OriginalDefinition, RequestHandlers.HandlesCommand(caller));
    }

    /// <summary>The body, or a program's method it calls, saves — or, for a command, also adds, updates or deletes rows.</summary>
    private bool Writes(IMethodSymbol method, bool command)
    {
        var verdicts = command ? _changes : _saves;
        if (verdicts.TryGet(method, out var known)) return known;

        var level = verdicts.Level;
        using var walk = BoundedWalk.Enter(WalkKind.Summary, method);
        if (!walk.Entered || _bodies.Body(method) is not { } body) return false;

        var calls = body.DescendantsAndSelf().OfType<IInvocationOperation>().ToList();
        var writes = calls.Any(call => IsWrite(call, command))
                     || calls.Any(call => _bodies.Body(call.TargetMethod.OriginalDefinition) is not null && Writes(call.TargetMethod.OriginalDefinition, command));
        return verdicts.Keep(method, level, writes);
    }

    /// <summary>
    /// First words of the calls a command makes to create or change a row through a service with no body here
    /// (<c>_users.CreateUserAsync(…)</c>, <c>_users.ChangePasswordAsync(…)</c>); a method that is no command must save.
    /// </summary>
    private static readonly HashSet<string> CommandVerbs = new(System.StringComparer.Ordinal) { "create", "change" };

    private static bool IsWrite(IInvocationOperation call, bool command)
        => MethodVerbs.FirstWordIn(call.TargetMethod, ChangedRows.SavingVerbs)
           || command && (MethodVerbs.FirstWordIn(call.TargetMethod, ChangedRows.OverwritingVerbs) || MethodVerbs.FirstWordIn(call.TargetMethod, CommandVerbs)
                          || StoredRows.Stores(call));
}
