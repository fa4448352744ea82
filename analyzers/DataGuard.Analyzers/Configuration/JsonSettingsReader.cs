using System.Collections.Generic;
using System.Text;

namespace DataGuard.Analyzers.Configuration;

/// <summary>
/// Reads a configuration JSON file into <c>Section:Key</c> / value pairs, as Microsoft.Extensions.Configuration does (arrays
/// become <c>Key:0</c>, <c>Key:1</c>). The analyzer runs on netstandard2.0 inside the compiler, where no JSON library can be
/// assumed, and needs only the scalar values. Comments and trailing commas are accepted, as the configuration loader accepts
/// them; a malformed file yields the pairs read before the error, nesting past <see cref="MaxDepth"/> is skipped.
/// </summary>
internal sealed class JsonSettingsReader
{
    private const int MaxDepth = 32;

    private readonly string _text;
    private readonly List<KeyValuePair<string, string>> _pairs = new();
    private int _position;

    private JsonSettingsReader(string text) => _text = text;

    public static IReadOnlyList<KeyValuePair<string, string>> Flatten(string text)
    {
        var reader = new JsonSettingsReader(text);
        try
        {
            reader.Value(prefix: null, depth: 0);
        }
        catch (System.FormatException)
        {
            // Malformed: keep what was read.
        }

        return reader._pairs;
    }

    private void Value(string? prefix, int depth)
    {
        SkipSpace();
        if (_position >= _text.Length)
        {
            return;
        }

        if (depth > MaxDepth)
        {
            throw new System.FormatException("nested too deeply");
        }

        switch (_text[_position])
        {
            case '{':
                Members(prefix, depth);
                break;
            case '[':
                Elements(prefix, depth);
                break;
            case '"':
                Add(prefix, String());
                break;
            default:
                Add(prefix, Scalar());
                break;
        }
    }

    private void Members(string? prefix, int depth)
    {
        _position++;
        while (true)
        {
            SkipSpace();
            if (Take('}'))
            {
                return;
            }

            var key = String();
            SkipSpace();
            Expect(':');
            Value(prefix is null ? key : prefix + ":" + key, depth + 1);
            SkipSpace();
            Take(',');
        }
    }

    private void Elements(string? prefix, int depth)
    {
        _position++;
        for (var index = 0; ; index++)
        {
            SkipSpace();
            if (Take(']'))
            {
                return;
            }

            Value((prefix is null ? string.Empty : prefix + ":") + index, depth + 1);
            SkipSpace();
            Take(',');
        }
    }

    private string String()
    {
        Expect('"');
        var value = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '"')
        {
            var c = _text[_position++];
            if (c == '\\' && _position < _text.Length)
            {
                c = _text[_position++] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other };
            }

            value.Append(c);
        }

        Expect('"');
        return value.ToString();
    }

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>: the text up to the next delimiter.</summary>
    private string Scalar()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] is not (',' or '}' or ']' or '/') && !char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw new System.FormatException("value expected");
        }

        return _text.Substring(start, _position - start);
    }

    private void Add(string? key, string value)
    {
        if (key is not null)
        {
            _pairs.Add(new KeyValuePair<string, string>(key, value));
        }
    }

    /// <summary>White space and <c>//</c> or <c>/* */</c> comments.</summary>
    private void SkipSpace()
    {
        while (_position < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
            else if (_text[_position] == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                var end = _text.IndexOf('\n', _position);
                _position = end < 0 ? _text.Length : end + 1;
            }
            else if (_text[_position] == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                _position = end < 0 ? _text.Length : end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private bool Take(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!Take(c))
        {
            throw new System.FormatException("'" + c + "' expected");
        }
    }
}
