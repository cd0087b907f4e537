using System.Text;

namespace ForcedLabourIndicators.Formats.Csv;

/// <summary>
/// Reads RFC 4180 CSV records from text: commas, quoted fields with doubled quotes, line breaks inside quotes, and
/// CRLF, LF or CR line endings mixed freely. Tracks the line each record starts on.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly StringBuilder _field = new();
    private long _line = 1;
    private int _pending = -2;

    /// <summary>The line the last record started on, from 1.</summary>
    internal long RecordLine { get; private set; }

    /// <summary>Whether the last record ended inside an open quote (the input was truncated).</summary>
    internal bool UnterminatedQuote { get; private set; }

    /// <summary>Reads the next record's fields; <see langword="null"/> at the end of the input.</summary>
    internal List<string>? Read()
    {
        var fields = new List<string>();
        _field.Clear();
        var quoted = false;
        var any = false;
        RecordLine = _line;
        UnterminatedQuote = false;
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                if (!any && fields.Count == 0 && _field.Length == 0)
                {
                    return null;
                }

                UnterminatedQuote = quoted;
                fields.Add(_field.ToString());
                return fields;
            }

            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n' || (ch == '\r' && Peek() != '\n'))
                    {
                        _line++;
                    }

                    _field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when _field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    break;
                case '\r':
                    if (Peek() == '\n')
                    {
                        Next();
                    }

                    _line++;
                    fields.Add(_field.ToString());
                    return fields;
                case '\n':
                    _line++;
                    fields.Add(_field.ToString());
                    return fields;
                default:
                    _field.Append(ch);
                    break;
            }
        }
    }

    private int Next()
    {
        if (_pending != -2)
        {
            var p = _pending;
            _pending = -2;
            return p;
        }

        return reader.Read();
    }

    private int Peek()
    {
        if (_pending == -2)
        {
            _pending = reader.Read();
        }

        return _pending;
    }
}
