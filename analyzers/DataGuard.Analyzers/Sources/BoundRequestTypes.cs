using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// The requests a pipeline step's open request type is bound to, when the step's own assembly declares them: a service whose
/// behaviour dumps every request leaks nothing when none of its requests, walked to the classifier's bounded depth, has a
/// personal member (round 15: a notification service's requests of ids, read flags and paging; a document service's name and
/// ids). Request content stays personal unless shown otherwise — a step whose assembly declares fewer than
/// <see cref="MinDeclared"/> requests (a shared kernel's behaviour, the requests live in the services that use it) is not
/// shown anything.
/// </summary>
internal sealed class BoundRequestTypes
{
    /// <summary>Requests the step's assembly must declare before they are taken as all the step is bound to.</summary>
    private const int MinDeclared = 2;

    private readonly PersonalDataClassifier _classifier;
    private readonly ConcurrentDictionary<ITypeParameterSymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public BoundRequestTypes(PersonalDataClassifier classifier)
    {
        _classifier = classifier;
    }

    /// <summary>True for a pipeline step's request parameter whose every request in the step's assembly holds no personal member.</summary>
    public bool HoldNoPersonalData(IParameterSymbol parameter)
        => parameter.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type } request && PipelineRequests.IsReceived(parameter)
           && _answers.GetOrAdd((ITypeParameterSymbol)request.OriginalDefinition, Compute);

    private bool Compute(ITypeParameterSymbol request)
    {
        if (request.ContainingAssembly is not { } assembly)
        {
            return false;
        }

        var bound = Audit.DeclaredTypes.Of(assembly)
            .Where(type => type is { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false, IsGenericType: false } && Satisfies(type, request))
            .ToList();
        return bound.Count >= MinDeclared && bound.All(type => _classifier.PersonalMembers(type).IsEmpty && !MentionsPersonalData(type, 0));
    }

    /// <summary>Members followed into a request's own member types (its inner request object, a grid request).</summary>
    private const int MaxDepth = 3;

    /// <summary>
    /// A member whose name holds a personal phrase anywhere, not only at its end — a search by a person's field
    /// (<c>FullNameFilterValue</c>, <c>EmailAddressFilterValue</c>: the typed name or e-mail) — here or a few members deep:
    /// such a request is not shown to hold nothing personal.
    /// </summary>
    private bool MentionsPersonalData(ITypeSymbol type, int depth)
    {
        foreach (var member in BaseTypes.Chain(type).TakeWhile(t => !PersonalDataClassifier.IsFramework(t)).SelectMany(t => t.GetMembers()))
        {
            if (PersonalDataClassifier.MemberType(member) is not { } memberType || member.IsStatic)
            {
                continue;
            }

            var held = PersonalDataClassifier.ElementType(memberType) ?? memberType;
            if (NamesPersonalData(member.Name)
                || depth < MaxDepth && held is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !PersonalDataClassifier.IsFramework(named)
                   && !SymbolEqualityComparer.Default.Equals(named, type) && MentionsPersonalData(named, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesPersonalData(string name)
    {
        var words = IdentifierWords.Words(name);
        for (var start = 0; start < words.Count; start++)
        {
            for (var end = start + 1; end <= words.Count; end++)
            {
                if (_classifier.Names.IsPersonal(string.Concat(words.Skip(start).Take(end - start).Select(Capitalised))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>
    /// The type implements or derives from every constraint of the parameter (<c>where TRequest : IRequest&lt;TResponse&gt;</c>,
    /// by definition); with no constraint, it implements an interface named for requests (<c>IRequest</c>, <c>ICommand</c>).
    /// </summary>
    private static bool Satisfies(INamedTypeSymbol type, ITypeParameterSymbol request)
    {
        var constraints = request.ConstraintTypes.OfType<INamedTypeSymbol>().Select(c => c.OriginalDefinition).ToList();
        if (constraints.Count == 0)
        {
            return type.AllInterfaces.Any(PipelineRequests.IsRequestInterface);
        }

        var supertypes = new HashSet<ISymbol>(type.AllInterfaces.Select(i => i.OriginalDefinition), SymbolEqualityComparer.Default);
        supertypes.UnionWith(BaseTypes.Chain(type.BaseType).Select(b => b.OriginalDefinition));
        return constraints.All(supertypes.Contains);
    }
}
