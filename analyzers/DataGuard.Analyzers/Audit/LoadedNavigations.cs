using System.Collections.Generic;
using System.Linq;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Audit;

/// <summary>
/// The navigations a query loads, as a tree: <c>Include(c => c.FormGroups).ThenInclude(f => f.Students)</c> loads
/// <c>FormGroups</c> and, below it, <c>Students</c>; <c>Include(c => c.FormGroups)</c> alone loads the groups' own columns and
/// none of their navigations. <c>Include("Project.District")</c> and <c>Include(x => x.Project.District)</c> are paths too.
/// </summary>
internal sealed class LoadedNavigations
{
    public static readonly LoadedNavigations None = new();

    private readonly Dictionary<string, LoadedNavigations> _children = new();

    /// <summary>The navigations loaded at this level, each with what is loaded below it.</summary>
    public IEnumerable<(string Name, LoadedNavigations Below)> Children => _children.Select(pair => (pair.Key, pair.Value));

    /// <summary>The navigations a query chain loads: its <c>Include</c> and <c>ThenInclude</c> calls, innermost first.</summary>
    public static LoadedNavigations Of(IOperation query)
    {
        var calls = new List<IInvocationOperation>();
        for (var current = query; current is IInvocationOperation { Arguments.Length: > 0 } call; current = OperationShapes.Unconverted(call.Arguments[0].Value))
        {
            if (call.TargetMethod.Name is "Include" or "ThenInclude" && call.Arguments.Length >= 2) calls.Add(call);
        }

        var root = new LoadedNavigations();
        var last = new List<string>();
        for (var i = calls.Count - 1; i >= 0; i--)
        {
            var path = Path(OperationShapes.Unconverted(calls[i].Arguments[1].Value));
            last = calls[i].TargetMethod.Name == "ThenInclude" ? last.Concat(path).ToList() : path;
            root.Add(last);
        }

        return root;
    }

    private void Add(List<string> path)
    {
        var node = this;
        foreach (var name in path)
        {
            if (!node._children.TryGetValue(name, out var child)) node._children[name] = child = new LoadedNavigations();
            node = child;
        }
    }

    /// <summary><c>"A.B"</c> or <c>x => x.A.B</c> (a filtered <c>x => x.Items.Where(…)</c> loads <c>Items</c>) as [A, B].</summary>
    private static List<string> Path(IOperation selector)
    {
        if (selector.ConstantValue is { HasValue: true, Value: string text }) return text.Split('.').ToList();

        var body = selector.DescendantsAndSelf().OfType<IReturnOperation>().FirstOrDefault()?.ReturnedValue;
        var path = new List<string>();
        for (var current = body is null ? null : OperationShapes.Unconverted(body); current is not null;)
        {
            switch (current)
            {
                case IPropertyReferenceOperation property:
                    path.Insert(0, property.Property.Name);
                    current = property.Instance is null ? null : OperationShapes.Unconverted(property.Instance);
                    break;
                case IInvocationOperation { Arguments.Length: > 0 } filter when filter.TargetMethod.IsExtensionMethod:
                    current = OperationShapes.Unconverted(filter.Arguments[0].Value);
                    break;
                default:
                    current = null;
                    break;
            }
        }

        return path;
    }

}
