using System.Text;
using Pharos.Core.Diagnostics;

namespace Pharos.Local.Selectors;

/// <summary>
/// Parses the shared selector syntax — <c>name(value,"quoted ~" value",nested(…)),other(…)</c> — into calls.
/// Never throws: problems go to the sink and the calls read so far are returned. <c>~</c> escapes the next
/// character, as in Dynatrace.
/// </summary>
internal sealed class SelectorSyntax
{
    public const int MaxLength = 2000;
    private const int MaxDepth = 4;

    private readonly string _text;
    private readonly string _parameter;
    private readonly IDiagnosticSink _diagnostics;
    private int _position;
    private bool _failed;

    private SelectorSyntax(string text, string parameter, IDiagnosticSink diagnostics)
    {
        _text = text;
        _parameter = parameter;
        _diagnostics = diagnostics;
    }

    public static IReadOnlyList<SelectorCall> Parse(string? text, string parameter, IDiagnosticSink diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(SelectorDiagnostics.Empty(parameter));
            return [];
        }

        if (text.Length > MaxLength)
        {
            diagnostics.Add(SelectorDiagnostics.TooLong(parameter, text.Length, MaxLength));
            return [];
        }

        return new SelectorSyntax(text, parameter, diagnostics).ParseList();
    }

    private List<SelectorCall> ParseList()
    {
        var calls = new List<SelectorCall>();
        while (!_failed)
        {
            SkipSpace();
            var call = ParseCall(depth: 0);
            if (call is null)
            {
                break;
            }

            calls.Add(call);
            SkipSpace();
            if (AtEnd)
            {
                break;
            }

            if (Current != ',')
            {
                Fail(SelectorDiagnostics.ExpectedComma(_parameter, Column, Current));
                break;
            }

            _position++;
        }

        return calls;
    }

    private SelectorCall? ParseCall(int depth)
    {
        if (depth > MaxDepth)
        {
            Fail(SelectorDiagnostics.TooDeep(_parameter, Column));
            return null;
        }

        var column = Column;
        var name = ReadName();
        if (name.Length == 0)
        {
            Fail(SelectorDiagnostics.ExpectedName(_parameter, column, AtEnd ? "the end" : $"'{Current}'"));
            return null;
        }

        SkipSpace();
        if (AtEnd || Current != '(')
        {
            Fail(SelectorDiagnostics.ExpectedOpenParen(_parameter, name, Column));
            return null;
        }

        _position++;
        var arguments = new List<SelectorArgument>();
        while (!_failed)
        {
            SkipSpace();
            if (!AtEnd && Current == ')' && arguments.Count == 0)
            {
                break;
            }

            var argument = ParseArgument(depth);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            SkipSpace();
            if (!AtEnd && Current == ',')
            {
                _position++;
                continue;
            }

            break;
        }

        if (_failed)
        {
            return null;
        }

        if (AtEnd || Current != ')')
        {
            Fail(SelectorDiagnostics.ExpectedCloseParen(_parameter, name, Column));
            return null;
        }

        _position++;
        return new SelectorCall(name, arguments, column);
    }

    private SelectorArgument? ParseArgument(int depth)
    {
        var column = Column;
        if (!AtEnd && Current == '"')
        {
            var quoted = ReadQuoted();
            return quoted is null ? null : new SelectorArgument(quoted, null, column);
        }

        if (LooksLikeCall())
        {
            var call = ParseCall(depth + 1);
            return call is null ? null : new SelectorArgument(null, call, column);
        }

        var text = new StringBuilder();
        while (!AtEnd && Current is not (',' or ')'))
        {
            if (Current == '~' && _position + 1 < _text.Length)
            {
                _position++;
            }

            text.Append(Current);
            _position++;
        }

        return new SelectorArgument(text.ToString().Trim(), null, column);
    }

    private string? ReadQuoted()
    {
        var start = Column;
        _position++;
        var text = new StringBuilder();
        while (!AtEnd && Current != '"')
        {
            if (Current == '~' && _position + 1 < _text.Length)
            {
                _position++;
            }

            text.Append(Current);
            _position++;
        }

        if (AtEnd)
        {
            Fail(SelectorDiagnostics.UnterminatedString(_parameter, start));
            return null;
        }

        _position++;
        return text.ToString();
    }

    private bool LooksLikeCall()
    {
        var i = _position;
        while (i < _text.Length && IsNameChar(_text[i]))
        {
            i++;
        }

        if (i == _position)
        {
            return false;
        }

        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i < _text.Length && _text[i] == '(';
    }

    private string ReadName()
    {
        var start = _position;
        while (!AtEnd && IsNameChar(Current))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.';

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private void Fail(Diagnostic diagnostic)
    {
        _failed = true;
        _diagnostics.Add(diagnostic);
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    private int Column => _position + 1;
}
