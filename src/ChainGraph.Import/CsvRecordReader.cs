using System.Runtime.CompilerServices;
namespace ChainGraph.Import;

/// <summary>
/// Reads RFC 4180 records from text, handing out each field as a span of the reader's buffer: a data set's cells are
/// mostly ids looked up in a pool, numbers and codes parsed on the spot, so no string is made for a cell unless the
/// caller makes one. Records end at CRLF, LF or a lone CR; a field in double quotes may hold commas, line breaks and
/// doubled quotes. Empty lines are skipped. A quote inside an unquoted field, text after a closing quote, or a quoted
/// field still open at the end of the text marks the record <see cref="Malformed"/> (its fields are then what the
/// reading made of it, for the message only).
/// </summary>
internal sealed class CsvRecordReader
{
    private const int InitialBuffer = 64 * 1024;

    private readonly TextReader _text;
    private readonly List<Field> _fields = [];
    private char[] _buffer = new char[InitialBuffer];
    private char[] _unescaped = new char[256];
    private int _start; // the next record's first character
    private int _end; // the end of the characters read
    private bool _atEnd; // the text has no more characters than those in the buffer
    private int _nextLine = 1;
    private int _recordEnd;

    public CsvRecordReader(TextReader text) => _text = text;

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>The line (from 1) where the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>Whether the current record breaks the quoting rules.</summary>
    public bool Malformed { get; private set; }

    /// <summary>
    /// The start of the current record's text as it stands in the file (at most <see cref="RawRecordChars"/> characters,
    /// without its line break), for messages: a quote left open makes the rest of a file one record.
    /// </summary>
    public string RawRecord => new string(_buffer, RecordStart, Math.Min(_recordEnd - RecordStart, RawRecordChars)).TrimEnd('\r', '\n');

    /// <summary>How much of a record <see cref="RawRecord"/> gives.</summary>
    public const int RawRecordChars = 1_000;

    private int RecordStart { get; set; }

    /// <summary>Field <paramref name="index"/> of the current record, without its quotes and with doubled quotes made single; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get
        {
            var field = _fields[index];
            var raw = _buffer.AsSpan(field.Start, field.Length);
            if (!field.Escaped)
            {
                return raw;
            }
            if (_unescaped.Length < raw.Length)
            {
                _unescaped = new char[Math.Max(raw.Length, _unescaped.Length * 2)];
            }
            var n = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                _unescaped[n++] = raw[i];
                if (raw[i] == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
                {
                    i++;
                }
            }
            return _unescaped.AsSpan(0, n);
        }
    }

    /// <summary>Moves to the next record; false at the end of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return false;
            }
            var first = _buffer[_start];
            if (first is '\n' or '\r')
            {
                // an empty line
                if (first == '\r' && _start + 1 == _end && Fill())
                {
                    continue;
                }
                _start += first == '\r' && _start + 1 < _end && _buffer[_start + 1] == '\n' ? 2 : 1;
                _nextLine++;
                continue;
            }
            if (TryParse())
            {
                return true;
            }
            // the record goes on past the characters read: read more and parse it again from its start
            if (!Fill())
            {
                // cannot happen: TryParse completes every record once the text has ended
                throw new InvalidOperationException("a CSV record could not be completed at the end of the text");
            }
        }
    }

    /// <summary>Parses the record at <see cref="_start"/>; false when more characters are needed to complete it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParse()
    {
        _fields.Clear();
        var malformed = false;
        var breaks = 0;
        var p = _start;
        var span = _buffer.AsSpan(0, _end);
        while (true)
        {
            int fieldStart, fieldLength;
            var escaped = false;
            if (p < _end && span[p] == '"')
            {
                fieldStart = p + 1;
                var q = fieldStart;
                while (true)
                {
                    var next = span[q.._end].IndexOf('"');
                    if (next < 0)
                    {
                        if (!_atEnd)
                        {
                            return false;
                        }
                        // still open at the end of the text
                        breaks += Breaks(span[q.._end]);
                        malformed = true;
                        q = _end;
                        break;
                    }
                    breaks += Breaks(span.Slice(q, next));
                    q += next;
                    if (q + 1 == _end && !_atEnd)
                    {
                        return false;
                    }
                    if (q + 1 < _end && span[q + 1] == '"')
                    {
                        escaped = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                fieldLength = Math.Min(q, _end) - fieldStart;
                p = Math.Min(q + 1, _end);
                // after the closing quote: the delimiter, a line break or the end
                if (p < _end && span[p] is not (',' or '\r' or '\n'))
                {
                    malformed = true;
                    var rest = span[p.._end].IndexOfAny(',', '\r', '\n');
                    if (rest < 0 && !_atEnd)
                    {
                        return false;
                    }
                    p = rest < 0 ? _end : p + rest;
                }
            }
            else
            {
                fieldStart = p;
                var stop = span[p.._end].IndexOfAny(',', '\r', '\n');
                if (stop < 0 && !_atEnd)
                {
                    return false;
                }
                p = stop < 0 ? _end : p + stop;
                fieldLength = p - fieldStart;
                if (span.Slice(fieldStart, fieldLength).Contains('"'))
                {
                    malformed = true;
                }
            }
            _fields.Add(new Field(fieldStart, fieldLength, escaped));
            if (p == _end)
            {
                break;
            }
            var c = span[p];
            if (c == ',')
            {
                p++;
                continue;
            }
            if (c == '\r')
            {
                if (p + 1 == _end && !_atEnd)
                {
                    return false;
                }
                p += p + 1 < _end && span[p + 1] == '\n' ? 2 : 1;
            }
            else
            {
                p++;
            }
            breaks++;
            break;
        }
        Line = _nextLine;
        _nextLine += breaks;
        Malformed = malformed;
        RecordStart = _start;
        _recordEnd = p;
        _start = p;
        return true;
    }

    /// <summary>Line breaks in a quoted field's text: CRLF, LF or a lone CR each count once.</summary>
    private static int Breaks(ReadOnlySpan<char> text)
    {
        var n = text.Count('\n');
        var cr = text.Count('\r');
        if (cr == 0)
        {
            return n;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Reads more characters after those not consumed yet, moving them to the front (or growing the buffer when they fill it); false at the end.</summary>
    private bool Fill()
    {
        if (_atEnd)
        {
            return false;
        }
        var kept = _end - _start;
        if (kept == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, kept);
        }
        _start = 0;
        _end = kept;
        var read = _text.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _atEnd = true;
            return kept > 0;
        }
        _end += read;
        return true;
    }

    private readonly record struct Field(int Start, int Length, bool Escaped);
}
