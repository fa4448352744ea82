using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Fields and properties of the program's own types that hold a copy of request content: <c>_form = CopyCollection(request.Form)</c>,
/// <c>error.Form = TryGetCollection(r => r.Form)</c>, <c>new ErrorEntry { Cookies = request.Cookies }</c>. Request content is
/// personal (<see cref="RequestContent"/>), so such a member is personal and its type is a type with personal members: the object
/// is a whole-record holder wherever another method logs, serialises, stores or mails it.
/// <para>
/// The assignment can be in any file, so the set is found by one pass over the compilation's syntax, computed on first need and
/// kept per <see cref="Compilation"/> (in the IDE every edit makes a new compilation, and with it a fresh answer for every file).
/// Only assignments whose right side names request content (<c>Form</c>, <c>Query</c>, <c>Cookies</c>, …) are bound, and only
/// once a member is asked about whose name one of them could assign: the classifier asks about every field and property, and
/// binding the assignments (each binds its whole method) while every other rule's callback waited for the answer cost more
/// than the rules' own work on code that copies requests (ElmahCore).
/// </para>
/// </summary>
internal sealed class RequestFedMembers
{
    /// <summary>Names on the right side that can read request content: members of a request, and parameters named for them.</summary>
    private static readonly HashSet<string> ContentNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Form", "Query", "QueryString", "Cookies", "Headers", "ServerVariables", "Body", "Params", "InputStream", "ModelState",
        "ReadFormAsync", "ReadFromJsonAsync",
    };

    /// <summary>
    /// One of <see cref="ContentNames"/> as a whole identifier in source text (an <c>@</c> before it is not part of the name). Only
    /// the tokens it finds are looked at, never every node of a file: that walk, while every rule that classified a member waited
    /// for it, was most of this class's cost (30 % of DataGuard's time on the generated bench, whose files all say "body").
    /// </summary>
    private static readonly WholeIdentifierSearch ContentNameInText = new(ContentNames);

    /// <summary>Operations looked at on one right side: a copy helper's argument or a lambda is near the top.</summary>
    private const int MaxOperationsPerAssignment = 200;

    private readonly Compilation _compilation;
    private readonly Lazy<Candidates> _candidates;

    /// <summary>
    /// The members that the candidate assignments naming one identifier on their left side fill with request content, bound on
    /// first need per identifier: binding every candidate at the first question, while every other thread that classified a
    /// member waited for it, was 13 % of DataGuard's sampled time on a 41k-line application (round 16's getir, T).
    /// </summary>
    private readonly Flow.OncePerKey<string, HashSet<ISymbol>> _fedByName;

    public RequestFedMembers(Compilation compilation)
    {
        _compilation = compilation;
        _candidates = new Lazy<Candidates>(FindCandidates, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        _fedByName = new(Find, StringComparer.Ordinal);
    }

    /// <summary>
    /// True for a non-private field or property of this compilation that is assigned request content somewhere in it, or a property
    /// that returns such a non-public field.
    /// </summary>
    public bool Contains(ISymbol symbol)
        => symbol is IFieldSymbol or IPropertySymbol
           && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly)
           && _candidates.Value.Names.Contains(SimpleName(symbol))
           && IsFed(symbol.OriginalDefinition);

    /// <summary>
    /// A private member is the type's own business: its methods are followed by the flow walk like any other (a ToString that
    /// prints it is reported at the log call). The type holds the request for others through what they can read.
    /// </summary>
    private bool IsFed(ISymbol member)
        => member.DeclaredAccessibility != Accessibility.Private
           && (FedByName(SimpleName(member)).Contains(member) || member is IPropertySymbol property && ExposesFedField(property));

    /// <summary>A property that returns a non-public field filled with request content (<c>public NameValueCollection Form => FaultIn(ref _form)</c>).</summary>
    private bool ExposesFedField(IPropertySymbol property)
    {
        if (property.IsIndexer || property.GetMethod is null)
        {
            return false;
        }

        foreach (var field in property.ContainingType.GetMembers().OfType<IFieldSymbol>())
        {
            if (field.DeclaredAccessibility != Accessibility.Public && ReturnsField(property, field) && FedByName(field.Name).Contains(field.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<ISymbol> FedByName(string name) => _fedByName.Get(name);

    /// <summary>The name as source writes it: an explicit interface implementation's <c>IError.Form</c> is declared as <c>Form</c>.</summary>
    private static string SimpleName(ISymbol symbol)
    {
        var dot = symbol.Name.LastIndexOf('.');
        return dot < 0 ? symbol.Name : symbol.Name.Substring(dot + 1);
    }

    /// <summary>
    /// The assignments that may copy request content, and every name a member they feed can have: the identifiers of their left
    /// sides, and the properties whose getter names one of those (a property that returns the private field). Syntax only.
    /// </summary>
    private sealed class Candidates(Dictionary<string, List<AssignmentExpressionSyntax>> assignments, HashSet<string> names)
    {
        /// <summary>The assignments by each identifier of their left side.</summary>
        public Dictionary<string, List<AssignmentExpressionSyntax>> Assignments { get; } = assignments;

        public HashSet<string> Names { get; } = names;
    }

    private Candidates FindCandidates()
    {
        var assignments = new Dictionary<string, List<AssignmentExpressionSyntax>>(StringComparer.Ordinal);
        var seen = new HashSet<AssignmentExpressionSyntax>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in Flow.EfMigrationCode.TreesOutsideMigrations(_compilation))
        {
            var text = tree.GetText().ToString();
            SyntaxNode? root = null;
            for (var index = ContentNameInText.Next(text, 0); index >= 0; index = ContentNameInText.Next(text, index + 1))
            {
                root ??= tree.GetRoot();
                var token = root.FindToken(index);
                if (token.Span.Contains(index) && token.Parent is IdentifierNameSyntax name && ContentNames.Contains(name.Identifier.ValueText))
                {
                    AddAssignmentsFedBy(name, assignments, seen, names);
                }
            }
        }

        if (names.Count > 0)
        {
            AddExposingPropertyNames(names);
        }

        return new Candidates(assignments, names);
    }

    /// <summary>
    /// The assignments whose right side holds <paramref name="name"/> (every enclosing one: <c>a = b = request.Form</c> feeds both).
    /// Only the identifiers the text search found are visited, not every node of the file: "body", "query" and "headers" are
    /// ordinary words, so most files of a web app match the search somewhere.
    /// </summary>
    private static void AddAssignmentsFedBy(IdentifierNameSyntax name, Dictionary<string, List<AssignmentExpressionSyntax>> assignments, HashSet<AssignmentExpressionSyntax> seen, HashSet<string> names)
    {
        SyntaxNode child = name;
        for (var node = name.Parent; node is not null; child = node, node = node.Parent)
        {
            if (node is AssignmentExpressionSyntax assignment && assignment.Right == child
                && assignment.Kind() is SyntaxKind.SimpleAssignmentExpression or SyntaxKind.CoalesceAssignmentExpression
                && seen.Add(assignment))
            {
                foreach (var left in assignment.Left.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText).Distinct())
                {
                    if (!assignments.TryGetValue(left, out var named))
                    {
                        assignments[left] = named = new List<AssignmentExpressionSyntax>();
                    }

                    named.Add(assignment);
                    names.Add(left);
                }
            }
        }
    }

    /// <summary>Names of properties whose getter names a candidate (<see cref="ExposesFedField"/> can add them).</summary>
    private void AddExposingPropertyNames(HashSet<string> names)
    {
        var exposing = new List<string>();
        foreach (var tree in Flow.EfMigrationCode.TreesOutsideMigrations(_compilation))
        {
            foreach (var declaration in tree.GetRoot().DescendantNodes(ContainsMembers).OfType<PropertyDeclarationSyntax>())
            {
                if (Getter(declaration) is { } getter
                    && getter.DescendantNodesAndSelf().Any(n => n is IdentifierNameSyntax name && names.Contains(name.Identifier.ValueText)))
                {
                    exposing.Add(declaration.Identifier.ValueText);
                }
            }
        }

        names.UnionWith(exposing);
    }

    /// <summary>
    /// Properties are members of types, and types of namespaces or types: the search for them need not enter method bodies,
    /// which hold most of a file's nodes.
    /// </summary>
    private static bool ContainsMembers(SyntaxNode node) => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax;

    /// <summary>The members the candidate assignments with <paramref name="name"/> on their left side fill with request content.</summary>
    private HashSet<ISymbol> Find(string name)
    {
        var members = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (!_candidates.Value.Assignments.TryGetValue(name, out var assignments))
        {
            return members;
        }

        var models = new Dictionary<SyntaxTree, SemanticModel>();
        foreach (var assignment in assignments)
        {
            if (!models.TryGetValue(assignment.SyntaxTree, out var model))
            {
                models[assignment.SyntaxTree] = model = _compilation.GetSemanticModel(assignment.SyntaxTree);
            }

            if (Target(model, assignment.Left) is { } member && CopiesRequestContent(model.GetOperation(assignment.Right)))
            {
                members.Add(member.OriginalDefinition);
            }
        }

        return members;
    }

    private ISymbol? Target(SemanticModel model, ExpressionSyntax left)
    {
        var symbol = model.GetSymbolInfo(left).Symbol;
        return symbol is IFieldSymbol or IPropertySymbol { IsIndexer: false }
               && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly)
               && !PersonalDataClassifier.IsFramework(symbol.ContainingType)
            ? symbol
            : null;
    }

    /// <summary>
    /// True when the value holds request content: a read of the whole form, query, cookies, headers or body (in a copy helper's
    /// argument or a lambda too), not only its count, a test on it or one field by a constant key (the member's own name
    /// decides about that, as for any value).
    /// </summary>
    private static bool CopiesRequestContent(IOperation? value)
    {
        if (value is null)
        {
            return false;
        }

        var seen = 0;
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (++seen > MaxOperationsPerAssignment)
            {
                return false;
            }

            if (RequestContent.WholeContentRead(operation) is not null && !OnlyMeasured(operation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>request.Form.Count</c>, <c>request.Query.ContainsKey("x")</c>, <c>request.Headers["User-Agent"]</c>: no content is copied.</summary>
    private static bool OnlyMeasured(IOperation read)
    {
        var parent = read.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer
                => indexer.Arguments.Length == 1 && indexer.Arguments[0].Value.ConstantValue.HasValue,
            IMemberReferenceOperation or IInvocationOperation when parent.Type is { } type
                => type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64,
            _ => false,
        };
    }

    /// <summary>True when the property's getter names the field (<c>=> FaultIn(ref _form)</c>).</summary>
    private static bool ReturnsField(IPropertySymbol property, IFieldSymbol field)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax declaration && Getter(declaration) is { } getter
                && getter.DescendantNodesAndSelf().Any(n => n is IdentifierNameSyntax name && name.Identifier.ValueText == field.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxNode? Getter(PropertyDeclarationSyntax declaration)
    {
        if (declaration.ExpressionBody is { } arrow)
        {
            return arrow;
        }

        var get = declaration.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
        return (SyntaxNode?)get?.ExpressionBody ?? get?.Body;
    }
}
