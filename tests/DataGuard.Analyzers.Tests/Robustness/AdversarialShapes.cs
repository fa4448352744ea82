using System.Text;

namespace DataGuard.Analyzers.Tests.Robustness;

/// <summary>
/// Generates C# shapes that real code has and that make naive analyzers recurse without end or for too long:
/// self-enumerable and mutually enumerable types, recursive generics, deep inheritance, cyclic call graphs, very long
/// methods and expressions, deeply nested lambdas and interpolations. Each shape also holds personal data flowing into
/// logs and exceptions, so every rule has work to do on it.
/// </summary>
internal static class AdversarialShapes
{
    private const string Usings = "using System; using System.Linq; using System.Collections; using System.Collections.Generic;\n";

    /// <summary>A type the shapes share: personal members, reported when they reach a sink.</summary>
    private const string Citizen = "public class Citizen { public string Phone { get; set; } = \"\"; public string FullName { get; set; } = \"\"; }\n";

    /// <summary>
    /// Ends a line that must be reported (<c>// expect DG1001</c>): the rule followed the shape to its sink instead of answering
    /// "unknown" for the whole method.
    /// </summary>
    public const string ExpectMarker = "// expect ";

    /// <summary>Ends a line that must not be reported (<c>// expect no DG1001</c>): code the rule knows never runs.</summary>
    public const string ExpectNoMarker = "// expect no ";

    /// <summary>The (rule, 1-based line) pairs a shape marks with <see cref="ExpectMarker"/>.</summary>
    public static IEnumerable<(string Rule, int Line)> Expected(string shape)
        => Marked(shape, ExpectMarker).Where(expected => !expected.Rule.StartsWith("no ", StringComparison.Ordinal));

    /// <summary>The (rule, 1-based line) pairs a shape marks with <see cref="ExpectNoMarker"/>.</summary>
    public static IEnumerable<(string Rule, int Line)> NotExpected(string shape) => Marked(shape, ExpectNoMarker);

    private static IEnumerable<(string Rule, int Line)> Marked(string shape, string marker)
        => All[shape].Split('\n')
            .Select((text, index) => (text, Line: index + 1))
            .Where(l => l.text.Contains(marker, StringComparison.Ordinal))
            .Select(l => (l.text[(l.text.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Trim(), l.Line));

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["self-enumerable"] = SelfEnumerable(),
        ["jtoken-like"] = JTokenLike(),
        ["mutually-enumerable"] = MutuallyEnumerable(),
        ["recursive-generics"] = RecursiveGenerics(),
        ["deep-inheritance"] = DeepInheritance(250),
        ["deep-member-chain"] = DeepMemberChain(300),
        ["cyclic-calls"] = CyclicCalls(60),
        ["long-method"] = LongMethod(3000),
        ["long-expression"] = LongExpression(5000),
        // Past the operation-tree bound (400 frames, ~5 per level) the innermost value is "unknown": the deep shape must
        // finish, the shallow one must still be followed to its sinks.
        ["nested-lambdas"] = NestedLambdas(150),
        ["nested-lambdas-shallow"] = NestedLambdas(30),
        // The compiler's own lexer rescans nested interpolations at every level: a few dozen levels are too deep for csc itself.
        ["nested-interpolations"] = NestedInterpolations(12),
        ["nested-conditionals"] = NestedConditionals(1500),
        ["channel-settings"] = ChannelSettings(400, 500),
        ["top-level-endpoints"] = TopLevelEndpoints(64),
    };

    /// <summary>
    /// The reproduction of the issue: <c>Node : IEnumerable&lt;Node&gt;</c> with no personal members of its own, and
    /// <c>n.FirstOrDefault()</c> next to personal data (before the fix: "Stack overflow", exit code 134).
    /// </summary>
    private static string SelfEnumerable() => Usings + Citizen + """
        public class Node : IEnumerable<Node>
        {
            public string Label { get; set; } = "";
            private readonly List<Node> _children = new();
            public IEnumerator<Node> GetEnumerator() => _children.GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Uses
        {
            public Node? First(Node n) => n.FirstOrDefault();
            public object Select(Node n) => n.Select(c => c.First()).Where(c => c != null).ToList();
            public void Log(Node n, string phone) { foreach (var child in n) Console.WriteLine(phone + child.FirstOrDefault()); }
            public void Fail(Node n, Citizen c) => throw new InvalidOperationException("bad " + n.FirstOrDefault() + c.Phone);
        }
        """;

    /// <summary>Newtonsoft's shape: a token that enumerates tokens, containers, and an object keyed by property name.</summary>
    private static string JTokenLike() => Usings + Citizen + """
        namespace Json.Linq
        {
            public abstract class JToken : IEnumerable<JToken>
            {
                public virtual JToken? this[object key] { get => null; set { } }
                public JToken? First => this.FirstOrDefault();
                public JToken? Parent { get; set; }
                public IEnumerable<JToken> Children() => this;
                public IEnumerator<JToken> GetEnumerator() => Enumerable.Empty<JToken>().GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public static JToken FromObject(object o) => new JValue(o);
                public T? Value<T>(object key) => default;
            }

            public abstract class JContainer : JToken, IList<JToken>
            {
                private readonly List<JToken> _items = new();
                public JToken this[int index] { get => _items[index]; set => _items[index] = value; }
                public int Count => _items.Count;
                public bool IsReadOnly => false;
                public void Add(JToken item) => _items.Add(item);
                public void Clear() => _items.Clear();
                public bool Contains(JToken item) => _items.Contains(item);
                public void CopyTo(JToken[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);
                public int IndexOf(JToken item) => _items.IndexOf(item);
                public void Insert(int index, JToken item) => _items.Insert(index, item);
                public bool Remove(JToken item) => _items.Remove(item);
                public void RemoveAt(int index) => _items.RemoveAt(index);
                public new IEnumerator<JToken> GetEnumerator() => _items.GetEnumerator();
            }

            public class JObject : JContainer, IDictionary<string, JToken?>
            {
                private readonly Dictionary<string, JToken?> _properties = new();
                public JToken? this[string key] { get => _properties[key]; set => _properties[key] = value; }
                public ICollection<string> Keys => _properties.Keys;
                public ICollection<JToken?> Values => _properties.Values;
                public void Add(string key, JToken? value) => _properties.Add(key, value);
                public bool ContainsKey(string key) => _properties.ContainsKey(key);
                public bool Remove(string key) => _properties.Remove(key);
                public bool TryGetValue(string key, out JToken? value) => _properties.TryGetValue(key, out value);
                public void Add(KeyValuePair<string, JToken?> item) => _properties.Add(item.Key, item.Value);
                public bool Contains(KeyValuePair<string, JToken?> item) => _properties.ContainsKey(item.Key);
                public void CopyTo(KeyValuePair<string, JToken?>[] array, int arrayIndex) { }
                public bool Remove(KeyValuePair<string, JToken?> item) => _properties.Remove(item.Key);
                IEnumerator<KeyValuePair<string, JToken?>> IEnumerable<KeyValuePair<string, JToken?>>.GetEnumerator() => _properties.GetEnumerator();
                public override string ToString() => string.Join(",", _properties.Select(p => p.Key + "=" + p.Value));
            }

            public class JArray : JContainer { }

            public class JValue : JToken
            {
                public JValue(object? value) { Value = value; }
                public object? Value { get; }
                public override string ToString() => Value?.ToString() ?? "";
            }
        }

        namespace App
        {
            using Json.Linq;

            public class Importer
            {
                public void Import(JObject o, JArray rows, Citizen c)
                {
                    var email = o["email"];
                    Console.WriteLine("row " + o["phone"] + " " + email?.First + " " + rows.FirstOrDefault()?.First);
                    foreach (var token in o.Children().SelectMany(t => t.Children()))
                    {
                        Console.WriteLine(token.Parent?.First?.Value<string>("name"));
                    }

                    var data = JToken.FromObject(c);
                    if (data.First is null) throw new ArgumentException("missing " + data + c.Phone);
                }
            }
        }
        """;

    private static string MutuallyEnumerable() => Usings + Citizen + """
        public class Ping : IEnumerable<Pong>
        {
            public string Label { get; set; } = "";
            public IEnumerator<Pong> GetEnumerator() => Enumerable.Empty<Pong>().GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Pong : IEnumerable<Ping>
        {
            public int Count { get; set; }
            public IEnumerator<Ping> GetEnumerator() => Enumerable.Empty<Ping>().GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Uses
        {
            public Ping? Deep(Ping p) => p.FirstOrDefault()?.FirstOrDefault()?.FirstOrDefault()?.FirstOrDefault();
            public void Log(Ping p, string phone) => Console.WriteLine(phone + p.SelectMany(x => x).SelectMany(x => x).FirstOrDefault()?.Count);
            public void Fail(Pong p, Citizen c) => throw new Exception(p.FirstOrDefault() + " " + c.Phone);
        }
        """;

    /// <summary><c>class A&lt;T&gt; : IEnumerable&lt;A&lt;A&lt;T&gt;&gt;&gt;</c>: every element type is a new, bigger type.</summary>
    private static string RecursiveGenerics() => Usings + Citizen + """
        public class A<T> : IEnumerable<A<A<T>>>
        {
            public T? Value { get; set; }
            public A<A<T>>? Inner { get; set; }
            public IEnumerator<A<A<T>>> GetEnumerator() => Enumerable.Empty<A<A<T>>>().GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Tree<T> : List<Tree<Tree<T>>> { public Citizen? Holder { get; set; } }

        public record Box<T>(T Item, Box<Box<T>>? Next, string Phone);

        public class Uses
        {
            public A<A<string>>? First(A<string> a) => a.FirstOrDefault();
            public object Chain(A<Citizen> a) => a.First().First().First().First().First().First();
            public void Log(A<string> a, Tree<Citizen> t, string phone) => Console.WriteLine(phone + a.FirstOrDefault()?.FirstOrDefault() + " " + t.FirstOrDefault()?.FirstOrDefault());
            public void Fail(Box<Citizen> b) => throw new Exception("box " + b + b.Next?.Next);
        }
        """;

    /// <summary>A class chain hundreds of levels deep, with a personal member at the root and records beside it.</summary>
    private static string DeepInheritance(int levels)
    {
        var code = new StringBuilder(Usings + Citizen);
        code.AppendLine("public class L0 { public string Phone { get; set; } = \"\"; public override string ToString() => Phone; }");
        code.AppendLine("public record R0(string Phone);");
        for (var i = 1; i <= levels; i++)
        {
            code.AppendLine($"public class L{i} : L{i - 1} {{ public string Field{i} {{ get; set; }} = \"\"; }}");
            code.AppendLine($"public record R{i}(string Phone) : R{i - 1}(Phone) {{ public string Field{i} {{ get; init; }} = \"\"; }}");
        }

        code.AppendLine($"public class Uses {{ public void Log(L{levels} l, R{levels} r) {{ Console.WriteLine(l); Console.WriteLine(r.ToString()); throw new Exception(l + \" \" + r); }} }}");
        return code.ToString();
    }

    /// <summary>Each type holds the next one, hundreds deep, and the last holds the first again.</summary>
    private static string DeepMemberChain(int levels)
    {
        var code = new StringBuilder(Usings + Citizen);
        for (var i = 0; i < levels; i++)
        {
            var next = (i + 1) % levels;
            code.AppendLine($"public record M{i}(M{next}? Next, string Phone, List<M{next}> Items);");
        }

        code.AppendLine("public class Uses { public void Log(M0 m) { Console.WriteLine(m); Console.WriteLine(m.Next?.Next?.Items.FirstOrDefault()); throw new Exception(m.ToString()); } }");
        return code.ToString();
    }

    /// <summary>A ring of methods that call the next one (mutual recursion), returning and logging personal data.</summary>
    private static string CyclicCalls(int methods)
    {
        var code = new StringBuilder(Usings + Citizen);
        code.AppendLine("public class Ring {");
        for (var i = 0; i < methods; i++)
        {
            var next = (i + 1) % methods;
            code.AppendLine($"  public string Get{i}(Citizen c, int n) => n > 0 ? Get{next}(c, n - 1) : c.Phone;");
            code.AppendLine($"  public void Log{i}(string text, int n) {{ if (n > 0) Log{next}(text + n, n - 1); else Console.WriteLine(text); }}");
            code.AppendLine($"  public string Self{i}(string s) => Self{i}(s + Get{i}(new Citizen(), 1));");
        }

        code.AppendLine("  public void Use(Citizen c) { Log0(Get0(c, 3), 3); throw new Exception(Get7(c, 2)); }");
        code.AppendLine("}");
        return code.ToString();
    }

    /// <summary>One method with thousands of statements that grow one string and a list.</summary>
    private static string LongMethod(int statements)
    {
        var code = new StringBuilder(Usings + Citizen);
        code.AppendLine("public class Long { public void Run(Citizen c, string phone) { var s = \"\"; var list = new List<string>();");
        for (var i = 0; i < statements; i++)
        {
            code.AppendLine(i % 3 == 0 ? $"  s += c.Phone + {i};" : i % 3 == 1 ? $"  list.Add(s + \"{i}\");" : $"  if (s.Length > {i}) Console.WriteLine(list.Count);");
        }

        // Past the walk's budget each sink is judged by its direct arguments: the last line still reports.
        code.AppendLine("  Console.WriteLine(s); Console.WriteLine(c.Phone); throw new Exception(string.Join(\",\", list)); } }");
        return code.ToString();
    }

    /// <summary>One expression of thousands of concatenations, sent to a log and an exception.</summary>
    private static string LongExpression(int terms)
    {
        var expression = new StringBuilder("\"start\"");
        for (var i = 0; i < terms; i++)
        {
            expression.Append(i % 50 == 0 ? " + c.Phone" : $" + \"{i % 10}\"");
        }

        return Usings + Citizen + $"public class LongExpression {{ public void Run(Citizen c) {{ Console.WriteLine({expression}); throw new Exception({expression}); }} }}\n";
    }

    private static string NestedLambdas(int depth)
    {
        var body = new StringBuilder("c.Phone");
        for (var i = 0; i < depth; i++)
        {
            body.Insert(0, $"((Func<string>)(() => ");
            body.Append($" + \"{i}\"))()");
        }

        // The one-level leak sits on its own line next to the deep ones: past the bound only the deep value may be "unknown".
        return Usings + Citizen + $"public class Lambdas {{ public void Run(Citizen c) {{ var items = new List<Citizen> {{ c }}; items.ForEach(x => Console.WriteLine({body}));\n"
               + $"Console.WriteLine(((Func<string>)(() => c.Phone))()); {ExpectMarker}DG1001\n"
               + $"throw new Exception({body}); }} }}\n";
    }

    private static string NestedInterpolations(int depth)
    {
        var text = "{c.Phone}";
        for (var i = 0; i < depth; i++)
        {
            text = "{$\"" + i + text + "\"}";
        }

        return Usings + Citizen + $"public class Interpolations {{ public void Run(Citizen c) {{ Console.WriteLine($\"{text}\"); throw new Exception($\"{text}\"); }} }}\n";
    }

    private static string NestedConditionals(int depth)
    {
        var expression = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            expression.Append($"n == {i} ? c.Phone + \"{i}\" : ");
        }

        expression.Append("c.FullName");
        return Usings + Citizen + $"public class Conditionals {{ public void Run(Citizen c, int n) {{ var s = {expression}; Console.WriteLine(s); throw new Exception({expression}); }} }}\n";
    }

    /// <summary>
    /// A connection option chosen through fallbacks nested <paramref name="fallbacks"/> deep (each a call from another assembly
    /// handed the default it returns when nothing is set) and a certificate callback added <paramref name="additions"/> times
    /// with <c>+=</c>: every possible value is followed until the bound, never without end.
    /// </summary>
    private static string ChannelSettings(int fallbacks, int additions)
    {
        var option = new StringBuilder("false");
        for (var i = 0; i < fallbacks; i++)
        {
            option.Insert(0, $"flags[{i % 7}].GetValueOrDefault(").Append(')');
        }

        var callbacks = new StringBuilder();
        for (var i = 0; i < additions; i++)
        {
            callbacks.Append($"        client.ServerCertificateValidationCallback += (s, c, h, e) => {(i % 2 == 0 ? "true" : "e == 0")};\n");
        }

        return Usings + Citizen + $$"""
            public class MailClient
            {
                public bool EnableSsl { get; set; }
                public Func<object, object, object, int, bool>? ServerCertificateValidationCallback { get; set; }
                public void Send(string body) { }
            }
            public class Sender
            {
                public void Run(Citizen c, bool?[] flags)
                {
                    var client = new MailClient();
                    client.EnableSsl = {{option}};
            {{callbacks}}
                    client.Send(c.Phone);
                    Console.WriteLine(c.Phone); // expect DG1001
                }
            }

            """;
    }

    /// <summary>
    /// A minimal API's <c>Program.cs</c> (round 24's Bellwood.AdminApi, T): <paramref name="endpoints"/> endpoint lambdas in the
    /// top-level statements, each querying a list of people, logging what it found and handing the person to a method of
    /// its own. The lambdas' sinks are reported by the flow walk (a local holding a phone number; past the walk's budget only
    /// the direct arguments would be judged), the called methods are seen as called from top-level statements without binding
    /// them, a namesake with another parameter list is not (it never runs: no report), and a personal route template among
    /// the top-level statements makes the path a middleware logs personal.
    /// </summary>
    private static string TopLevelEndpoints(int endpoints)
    {
        var code = new StringBuilder(Usings);
        code.AppendLine("var app = new Microsoft.AspNetCore.Builder.App();");
        code.AppendLine("var people = new List<Citizen>();");
        code.AppendLine("var notifier = new Notifier();");
        code.AppendLine("var archive = new Archive();");
        code.AppendLine("var pathLogger = new PathLogger();");
        code.AppendLine("app.MapGet(\"/citizens/{email}\", (Microsoft.AspNetCore.Http.HttpContext context, string email) => { pathLogger.Log(context); return email.Length; });");
        for (var i = 0; i < endpoints; i++)
        {
            code.AppendLine($"app.MapGet(\"/people/{i}/{{id}}\", (int id) =>");
            code.AppendLine("{");
            code.AppendLine($"    var found = people.Where(p => p.FullName.Length == id + {i}).OrderBy(p => p.FullName).FirstOrDefault() ?? new Citizen();");
            code.AppendLine("    var text = \"found \" + found.Phone;");
            code.AppendLine($"    Console.WriteLine(text); {ExpectMarker}DG1001");
            code.AppendLine($"    notifier.Notify{i}(found);");
            code.AppendLine("    return found.FullName.Length;");
            code.AppendLine("});");
        }

        code.Append(Citizen);
        code.AppendLine("public class Notifier {");
        for (var i = 0; i < endpoints; i++)
        {
            code.AppendLine($"    public void Notify{i}(Citizen c) {{ Console.WriteLine(c.Phone); }} {ExpectMarker}DG1001");
        }

        code.AppendLine("}");
        code.AppendLine($"public class Archive {{ public void Notify0(Citizen c, int copies) {{ Console.WriteLine(c.Phone + copies); }} }} {ExpectNoMarker}DG1001");
        code.AppendLine($"public class PathLogger {{ public void Log(Microsoft.AspNetCore.Http.HttpContext context) {{ Console.WriteLine(context.Request.Path); }} }} {ExpectMarker}DG1001");
        code.Append("""
            namespace Microsoft.AspNetCore.Builder { public class App { public void MapGet(string pattern, Delegate handler) { } } }
            namespace Microsoft.AspNetCore.Http
            {
                public class HttpRequest { public string Path { get; set; } = ""; }
                public class HttpContext { public HttpRequest Request { get; } = new(); }
            }

            """);
        return code.ToString();
    }
}
