using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// A number an institution gives a person, told by the person's type rather than by a list of names (round 21: a school's
/// <c>Student.StudentID</c>, <c>[Key] [MaxLength(13)] required string</c>, logged as <c>studentId</c> in 21 lines). A
/// <b>text</b> member named like an identifier (…Id, …No, …Number, …Code) of a type that carries a person's names is that
/// person's identifier when the type declares it so: it is the type's <c>[Key]</c>, or it is named for the type
/// (<c>StudentNo</c> on <c>Student</c>) and declared length-limited (<c>[MaxLength]</c>, <c>[StringLength]</c>, a
/// <c>char(n)</c> column) or required. An <c>int</c>, <c>long</c> or <c>Guid</c> key is a surrogate the database counts out
/// and holds nothing of the person; a text key was chosen by someone, and on a person's type it is the person's number.
/// A value named for that member elsewhere — a parameter or local <c>studentId</c>, another record's <c>StudentID</c>
/// column — holds the same number, when it is text too.
/// <para>
/// One instance per compilation: the type a name refers to is looked up once, in the compilation's assembly and the
/// unsigned assemblies it references (the solution's other projects; the framework and the widely used packages are signed).
/// </para>
/// </summary>
internal sealed class PersonKeys
{
    /// <summary>Namespaces searched at most per assembly for a type: a bound on the walk, not a limit real code reaches.</summary>
    private const int MaxNamespaces = 4096;

    /// <summary>Types read at most per assembly when learning identifiers: a bound on the walk, not a limit real code reaches.</summary>
    private const int MaxLearnedTypes = 50_000;

    private readonly PersonalNames _names;
    private readonly Func<INamedTypeSymbol, bool> _isOrganisation;
    private readonly OncePerKey<(IAssemblySymbol Assembly, string Words), bool> _namedForAPersonsKey;
    private readonly OncePerKey<IAssemblySymbol, HashSet<string>> _declaredIn;
    private readonly ConcurrentDictionary<IAssemblySymbol, HashSet<string>> _learned = new(SymbolEqualityComparer.Default);

    public PersonKeys(PersonalNames names, Func<INamedTypeSymbol, bool> isOrganisation)
    {
        _names = names;
        _isOrganisation = isOrganisation;
        _namedForAPersonsKey = new(key => FindPersonsKey(key.Assembly, key.Words), NameInAssembly.Comparer);
        _declaredIn = new(LearnDeclared, SymbolEqualityComparer.Default);
    }

    /// <summary>
    /// True for a text member that its own type declares as a person's identifier (<c>Student.StudentID</c>), or a text
    /// parameter, local or member of another type named for one (<c>string studentId</c>, <c>Grade.StudentID</c>).
    /// </summary>
    public bool Holds(ISymbol symbol)
    {
        if (!HoldsText(symbol))
        {
            return false;
        }

        if (EndsWithLearnedIdentifier(symbol))
        {
            return true;
        }

        var words = IdentifierWords.Words(symbol.Name);
        if (!EndsLikeAnIdentifier(words))
        {
            return false;
        }

        return symbol is IFieldSymbol or IPropertySymbol && IsDeclaredPersonsKey(symbol) || NamesAPersonsKey(symbol, words);
    }

    private static bool IsIdentifierEnding(string word) => word == "id" || PersonIdentifiers.IdentifierEndings.Contains(word);

    /// <summary>A text field or property (not static, not an indexer), parameter or local.</summary>
    private static bool HoldsText(ISymbol symbol) => symbol switch
    {
        IPropertySymbol { IsStatic: false, IsIndexer: false } p => p.Type.SpecialType == SpecialType.System_String,
        IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } f => f.Type.SpecialType == SpecialType.System_String,
        IParameterSymbol p => p.Type.SpecialType == SpecialType.System_String,
        ILocalSymbol l => l.Type.SpecialType == SpecialType.System_String,
        _ => false,
    };

    /// <summary>The member is its person's type's <c>[Key]</c>, or is named for the type and declared length-limited or required.</summary>
    private bool IsDeclaredPersonsKey(ISymbol member)
    {
        if (member.ContainingType is not { } owner || PersonalDataClassifier.IsFramework(owner))
        {
            return false;
        }

        // The member's own declaration first: whether the owner is an organisation's record is the costly question.
        var declared = HasAttribute(member, "KeyAttribute")
                       || IsNamedForItsType(member, owner) && (IsLengthLimited(member) || IsRequired(member));
        return declared && !_isOrganisation(owner) && PersonIdentifiers.DescribesPerson(owner, member, _names);
    }

    /// <summary><c>StudentID</c>, <c>StudentNo</c> on <c>Student</c> (or <c>StudentRecord</c>): the words before the ending begin the type's name.</summary>
    private static bool IsNamedForItsType(ISymbol member, INamedTypeSymbol owner)
    {
        var words = IdentifierWords.Words(member.Name);
        var typeWords = IdentifierWords.Words(owner.Name);
        // A one-word member (Citizen.Precinct) has no words before an ending: it names nothing, let alone its type.
        if (words.Count < 2 || typeWords.Count < words.Count - 1)
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] != typeWords[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLengthLimited(ISymbol member)
        => member.GetAttributes().Any(a => a.AttributeClass?.Name is "MaxLengthAttribute" or "StringLengthAttribute" or "LengthAttribute"
                                           || a.AttributeClass?.Name == "ColumnAttribute" && a.NamedArguments.Any(n => n.Key == "TypeName"
                                               && n.Value.Value is string column && column.IndexOf("char(", StringComparison.OrdinalIgnoreCase) >= 0));

    private static bool IsRequired(ISymbol member) => member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true } || HasAttribute(member, "RequiredAttribute");

    private static bool HasAttribute(ISymbol member, string name) => member.GetAttributes().Any(a => a.AttributeClass?.Name == name);

    /// <summary>
    /// <c>studentId</c> names <c>Student.StudentID</c>: a type named by the words before the ending, in this project or another
    /// of the solution, whose member of the same words is its person's declared key. Asked once per name and compilation.
    /// </summary>
    private bool NamesAPersonsKey(ISymbol symbol, IReadOnlyList<string> words)
        => symbol.ContainingAssembly is { } assembly && _namedForAPersonsKey.Get((assembly, string.Join(" ", words)));

    /// <summary>
    /// Whether a solution type named by the words before the ending declares the member of those words as its person's key.
    /// Kept by assembly and words: the answer was kept by the words alone, so the first thread's assembly decided for all.
    /// </summary>
    private bool FindPersonsKey(IAssemblySymbol assembly, string key)
    {
        var words = key.Split(' ');
        var typeName = string.Concat(words.Take(words.Length - 1).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
        return SolutionAssemblies(assembly).Any(a => TypesNamed(a, typeName).Any(type => type.GetMembers().Any(member =>
            member is IFieldSymbol or IPropertySymbol && HoldsText(member) && IdentifierWords.Words(member.Name).SequenceEqual(words)
            && IsDeclaredPersonsKey(member))));
    }

    /// <summary>Compares look-ups by assembly (as symbols are compared) and words.</summary>
    private sealed class NameInAssembly : IEqualityComparer<(IAssemblySymbol Assembly, string Words)>
    {
        public static readonly NameInAssembly Comparer = new();

        public bool Equals((IAssemblySymbol Assembly, string Words) x, (IAssemblySymbol Assembly, string Words) y)
            => string.Equals(x.Words, y.Words, StringComparison.Ordinal) && SymbolEqualityComparer.Default.Equals(x.Assembly, y.Assembly);

        public int GetHashCode((IAssemblySymbol Assembly, string Words) key)
            => StringComparer.Ordinal.GetHashCode(key.Words) ^ SymbolEqualityComparer.Default.GetHashCode(key.Assembly);
    }

    /// <summary>
    /// Round 25's <c>hdid</c>: the name of an identifier the solution's own person records declare — a platform's number for
    /// its person (<see cref="PersonIdentifiers"/>: <c>PatientIdentity.HdId</c> beside names and a birth date) or a person
    /// type's declared key — is that person's identifier wherever it travels: a text parameter or local <c>hdid</c>, another
    /// record's <c>Hdid</c>, <c>ProfileHdid</c> or <c>SubjectHdid</c> (the name ends with the identifier's words). Identifiers of
    /// other records are never learned (an order's <c>OrderId</c> says what it numbers, <see cref="PersonIdentifiers"/>).
    /// </summary>
    private bool EndsWithLearnedIdentifier(ISymbol symbol)
    {
        if (symbol.ContainingAssembly is not { } assembly || LearnedIdentifiers(assembly) is not { Count: > 0 } learned)
        {
            return false;
        }

        var words = IdentifierWords.Words(symbol.Name);
        var tail = "";
        for (var i = words.Count - 1; i >= 0; i--)
        {
            tail = words[i] + tail;
            if (learned.Contains(tail))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person identifiers the solution's records declare, as their words run together (<c>HdId</c> → <c>hdid</c>): once per
    /// assembly asked (a compilation asks for its own), the identifiers of the assembly and of the solution projects it
    /// references. Each assembly's own types are read once per compilation (<see cref="LearnDeclared"/>), whichever assembly
    /// asks: round 35 — a web project, then its services project, then its core project each read the core's types again.
    /// Two threads may join the same pieces; each starts at another piece, so a thread learns an assembly nobody has begun
    /// instead of waiting for the one another thread is reading (round 34: 2.6 s of blocked waits in one trace).
    /// </summary>
    private HashSet<string> LearnedIdentifiers(IAssemblySymbol assembly)
        => _learned.TryGetValue(assembly, out var known) ? known : _learned.GetOrAdd(assembly, Learn(assembly));

    private HashSet<string> Learn(IAssemblySymbol assembly)
    {
        var assemblies = SolutionAssemblies(assembly).ToList();
        var start = (System.Threading.Thread.CurrentThread.ManagedThreadId & int.MaxValue) % assemblies.Count;
        var learned = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < assemblies.Count; i++)
        {
            learned.UnionWith(_declaredIn.Get(assemblies[(start + i) % assemblies.Count]));
        }

        return learned;
    }

    /// <summary>
    /// The identifiers one assembly's own types declare, learned by one thread while the others that ask for the same assembly
    /// wait: the symbol actions of every type ask at once, and a factory each of them ran (a plain <c>GetOrAdd</c>) walked every
    /// referenced type once per thread — round 31's 12.7 s of DG1007 on a 4k-line project whose unsigned SMS package has
    /// thousands of types.
    /// </summary>
    private HashSet<string> LearnDeclared(IAssemblySymbol assembly)
    {
        var learned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in AllTypes(assembly).Take(MaxLearnedTypes))
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || PersonalDataClassifier.IsFramework(type) || !MayDeclareAnIdentifier(type)
                || IsInMetadata(type) && !PersonIdentifiers.MayDescribePerson(type)) continue;
            var declared = type.GetMembers().Where(DeclaresAnIdentifier).ToList();
            if (declared.Count > 0 && !_isOrganisation(type))
            {
                learned.UnionWith(declared.Select(member => string.Concat(IdentifierWords.Words(member.Name))));
            }
        }

        return learned;
    }

    private bool DeclaresAnIdentifier(ISymbol member)
        => member is IFieldSymbol or IPropertySymbol && HoldsText(member)
           && (PersonIdentifiers.IsPersonsIdentifier(member, _names) || NamesTheSubject(member) && IsDeclaredPersonsKey(member));

    /// <summary>
    /// Round 29: a referenced assembly's type (Twilio's thousands of API resources) is passed over by its member names, read
    /// from metadata without building its members, when none is shaped like an identifier. Whether a type is an organisation's
    /// record is asked only of one that declares an identifier. Learning from every type of Clinix's references took 2.6 s,
    /// most of DG1007's time there. A source type's names may leave out a positional record's properties, so its members are read.
    /// </summary>
    private static bool MayDeclareAnIdentifier(INamedTypeSymbol type)
        => !IsInMetadata(type)
           || type.MemberNames.Any(name => PersonIdentifiers.IsUpperCaseCode(name) || MayEndLikeAnIdentifier(name) && EndsLikeAnIdentifier(IdentifierWords.Words(name)));

    /// <summary>
    /// A referenced assembly's type, whose member names are read from metadata without building its members. Every identifier
    /// learned is declared by a type that describes a person (<see cref="PersonIdentifiers.DescribesPerson"/>), so a metadata
    /// type whose member names cannot describe one (<see cref="PersonIdentifiers.MayDescribePerson"/>) is passed over unbuilt.
    /// </summary>
    private static bool IsInMetadata(INamedTypeSymbol type) => type.Locations.Any(l => l.IsInMetadata);

    /// <summary>
    /// Round 30: the name's last characters may be an identifier's ending. Thousands of a package's member names were split
    /// into words (and kept) only to find that they do not end like one: 2.4 s of learning's 11.4 s in a cold Clinix build.
    /// </summary>
    private static bool MayEndLikeAnIdentifier(string name)
    {
        foreach (var ending in AllEndings)
        {
            if (IdentifierWords.MayEndWith(name, ending))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words <see cref="IsIdentifierEnding"/> accepts, as a list to loop over.</summary>
    private static readonly string[] AllEndings = PersonIdentifiers.IdentifierEndings.Concat(new[] { "id" }).ToArray();

    /// <summary>Two words or more, the last an identifier's ending (…Id, …No, …Number, …Code).</summary>
    private static bool EndsLikeAnIdentifier(IReadOnlyList<string> words) => words.Count >= 2 && IsIdentifierEnding(words[words.Count - 1]);

    /// <summary>
    /// Round 27: a person type's key is learned only when its name is an identifier of the record's subject — it ends like
    /// one (…Id, …No, …Number, …Code) and no word names another thing the record points at. A suspect's <c>[Key] CaseNumber</c>
    /// numbers the case: learning it made every <c>caseNumber</c> of the police sample a person's identifier.
    /// </summary>
    private static bool NamesTheSubject(ISymbol member)
        => IdentifierWords.Words(member.Name) is var words && EndsLikeAnIdentifier(words) && !PersonIdentifiers.NamesAnotherThing(words);

    /// <summary>The compilation's own assembly and the unsigned assemblies it references: the solution's projects.</summary>
    private static IEnumerable<IAssemblySymbol> SolutionAssemblies(IAssemblySymbol assembly)
        => new[] { assembly }.Concat(assembly.Modules.SelectMany(m => m.ReferencedAssemblySymbols).Where(a => !a.Identity.HasPublicKey));

    /// <summary>The assembly's types of that name, found by a namespace walk of at most <see cref="MaxNamespaces"/> namespaces.</summary>
    private static IEnumerable<INamedTypeSymbol> TypesNamed(IAssemblySymbol assembly, string name)
        => assembly.TypeNames.Contains(name) ? Namespaces(assembly).SelectMany(ns => ns.GetTypeMembers(name)) : Enumerable.Empty<INamedTypeSymbol>();

    /// <summary>The assembly's top-level types of every namespace the bounded walk reaches.</summary>
    private static IEnumerable<INamedTypeSymbol> AllTypes(IAssemblySymbol assembly) => Namespaces(assembly).SelectMany(ns => ns.GetTypeMembers());

    /// <summary>The assembly's namespaces, at most <see cref="MaxNamespaces"/> of them.</summary>
    private static IEnumerable<INamespaceSymbol> Namespaces(IAssemblySymbol assembly)
    {
        var pending = new Stack<INamespaceSymbol>();
        pending.Push(assembly.GlobalNamespace);
        for (var visited = 0; pending.Count > 0 && visited < MaxNamespaces; visited++)
        {
            var ns = pending.Pop();
            yield return ns;

            foreach (var inner in ns.GetNamespaceMembers())
            {
                pending.Push(inner);
            }
        }
    }
}
