using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ForcedLabourIndicators.Formats.CaseData;

namespace ForcedLabourIndicators.Formats.Csv;

/// <summary>The layout of a CSV input.</summary>
public enum CsvLayout
{
    /// <summary>Decide from the header: CTDC when it has <c>meansOfControl…</c> columns, HTCDS when it has
    /// <c>vic_MethodsOfControl</c>, otherwise this library's own layout.</summary>
    Auto,

    /// <summary>This library's layout: one column per field, named by its code (<c>caseId</c>, <c>documents.held</c>, ...).</summary>
    Native,

    /// <summary>The CTDC victim-level layout (see <see cref="CtdcMapping"/>).</summary>
    Ctdc,

    /// <summary>The HTCDS v2 layout with <c>vic_MethodsOfControl</c> (see <see cref="CtdcMapping"/>).</summary>
    Htcds,
}

/// <summary>
/// Worker cases as CSV: one row per case, one column per field named by its code. Answers are yes/no/unknown, also 1/0/blank
/// and the other spellings of <see cref="AnswerText"/>; numbers use a dot for decimals. Reading streams row by row.
/// </summary>
public static class CaseCsv
{
    /// <summary>The columns of the native layout, in order: caseId, ageAtTime, excludedContext, every answered fact, every quantity.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [Facts.CaseIdCode, Facts.AgeAtTimeCode, Facts.ExcludedContextCode,
         .. Facts.All.Where(f => !f.IsDerived).Select(f => f.Code), .. Facts.Quantities.Select(q => q.Code)];

    /// <summary>Writes cases in the native layout, with a header row.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(IEnumerable<WorkerCase> cases, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        var answered = Facts.All.Where(f => !f.IsDerived).ToArray();
        foreach (var c in cases)
        {
            var cells = new List<string>(Columns.Count)
            {
                CsvText.Quote(c.CaseId),
                c.AgeAtTime?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                c.ExcludedContext == ExcludedContext.None ? string.Empty : Json.AssessmentJson.Camel(c.ExcludedContext.ToString()),
            };
            cells.AddRange(answered.Select(f => f.GetFrom(c) switch { Answer.Yes => "yes", Answer.No => "no", _ => string.Empty }));
            cells.AddRange(Facts.Quantities.Select(q => q.GetFrom(c)?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty));
            writer.Write(string.Join(',', cells));
            writer.Write('\n');
        }
    }

    /// <summary>Reads cases from CSV with a header row, one record per row, in order.</summary>
    /// <param name="reader">The text (a byte-order mark is skipped by the reader that decodes it).</param>
    /// <param name="layout">The layout; <see cref="CsvLayout.Auto"/> decides from the header.</param>
    /// <param name="cancellationToken">Stops between rows.</param>
    /// <returns>One record per row; a problem with the header comes first as record 0.</returns>
    public static async IAsyncEnumerable<CaseRecord> ReadAsync(TextReader reader, CsvLayout layout = CsvLayout.Auto, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await Task.Yield();
        var csv = new CsvRecordReader(reader);
        var header = csv.Read();
        if (header is null)
        {
            yield break;
        }

        header = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        if (layout == CsvLayout.Auto)
        {
            layout = header.Any(h => h.StartsWith("meansOfControl", StringComparison.Ordinal)) ? CsvLayout.Ctdc
                : header.Any(h => h.Equals("vic_MethodsOfControl", StringComparison.Ordinal)) ? CsvLayout.Htcds
                : CsvLayout.Native;
        }

        var mapper = new RowMapper(header, layout);
        foreach (var problem in mapper.HeaderProblems)
        {
            yield return CaseRecord.Failed(0, 1, null, problem.Field, problem.Message) with { Case = null };
        }

        var record = 0;
        while (csv.Read() is { } fields)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            record++;
            yield return mapper.Map(fields, record, csv.RecordLine, csv.UnterminatedQuote);
        }
    }

    /// <summary>Maps the cells of one row to a case, by the header's columns.</summary>
    private sealed class RowMapper
    {
        private readonly CsvLayout _layout;
        private readonly int _columns;
        private readonly (int Column, string Code)[] _cells;

        internal RowMapper(List<string> header, CsvLayout layout)
        {
            _layout = layout;
            _columns = header.Count;
            var problems = new List<(string Field, string Message)>();
            if (layout == CsvLayout.Native)
            {
                var known = Columns.ToHashSet(StringComparer.Ordinal);
                _cells = header.Select((h, i) => (i, h)).Where(x => known.Contains(x.h)).ToArray();
                foreach (var unknown in header.Where(h => !known.Contains(h)))
                {
                    problems.Add((unknown, "an unknown column; it is ignored (columns are named by field codes, e.g. documents.held)"));
                }

                if (!header.Contains(Facts.CaseIdCode))
                {
                    problems.Add((Facts.CaseIdCode, "the header has no caseId column; every row will be rejected"));
                }
            }
            else
            {
                _cells = header.Select((h, i) => (i, h)).ToArray();
            }

            var repeated = header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Key.Length > 0).Select(g => g.Key).ToArray();
            foreach (var column in repeated)
            {
                problems.Add((column, "the column appears more than once; every row is rejected rather than one answer silently winning"));
            }

            _repeated = repeated.Length > 0 ? repeated[0] : null;
            if (layout != CsvLayout.Native && !header.Any(h => h.StartsWith("meansOfControl", StringComparison.Ordinal)
                || h is CtdcMapping.AbductionColumn or CtdcMapping.HtcdsColumn or CtdcMapping.HtcdsAgeColumn))
            {
                problems.Add((string.Empty, "no column of the CTDC or HTCDS layout was found; every case will be all unknown"));
            }

            HeaderProblems = problems;
        }

        private readonly string? _repeated;

        internal IReadOnlyList<(string Field, string Message)> HeaderProblems { get; }

        internal CaseRecord Map(List<string> fields, int record, long line, bool unterminated)
        {
            if (unterminated)
            {
                return CaseRecord.Failed(record, line, null, string.Empty, "the row ends inside a quoted field (the file is truncated or a quote is not closed)");
            }

            if (_repeated is not null)
            {
                return CaseRecord.Failed(record, line, null, _repeated, "the column appears more than once in the header");
            }

            if (fields.Count != _columns)
            {
                return CaseRecord.Failed(record, line, null, string.Empty, $"the row has {fields.Count} fields where the header has {_columns}");
            }

            return _layout == CsvLayout.Native
                ? MapNative(fields, record, line)
                : CtdcMapping.Map(_cells.Select(c => (c.Code, fields[c.Column])), _layout == CsvLayout.Htcds, record, line);
        }

        private CaseRecord MapNative(List<string> fields, int record, long line)
        {
            var id = _cells.Where(c => c.Code == Facts.CaseIdCode).Select(c => fields[c.Column].Trim()).FirstOrDefault() ?? string.Empty;
            var c = new WorkerCase(id);
            var errors = new List<RecordError>();
            var safeId = WorkerCaseValidator.SafeId(id);
            foreach (var (column, code) in _cells)
            {
                var text = fields[column];
                if (code == Facts.CaseIdCode)
                {
                    continue;
                }

                if (code == Facts.AgeAtTimeCode)
                {
                    if (text.Trim().Length == 0)
                    {
                        continue;
                    }

                    if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var age))
                    {
                        c = c with { AgeAtTime = age };
                    }
                    else
                    {
                        errors.Add(new RecordError(record, line, safeId, code, "expected a whole number of years, or blank"));
                    }
                }
                else if (code == Facts.ExcludedContextCode)
                {
                    if (text.Trim().Length == 0)
                    {
                        continue;
                    }

                    if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                        && Enum.TryParse<ExcludedContext>(text.Trim(), ignoreCase: true, out var ctx) && Enum.IsDefined(ctx))
                    {
                        c = c with { ExcludedContext = ctx };
                    }
                    else
                    {
                        errors.Add(new RecordError(record, line, safeId, code, $"expected one of: {string.Join(", ", Enum.GetNames<ExcludedContext>())}, or blank"));
                    }
                }
                else if (Facts.TryFind(code, out var fact))
                {
                    if (AnswerText.TryParse(text, out var a))
                    {
                        c = fact.SetOn(c, a);
                    }
                    else
                    {
                        errors.Add(new RecordError(record, line, safeId, code, "expected yes, no or unknown (or 1, 0, blank)"));
                    }
                }
                else if (Facts.TryFindQuantity(code, out var q))
                {
                    var t = text.Trim();
                    if (t.Length == 0 || AnswerText.TryParse(t, out var u) && u == Answer.Unknown && t != "0")
                    {
                        continue;
                    }

                    if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    {
                        c = q.SetOn(c, v);
                    }
                    else
                    {
                        errors.Add(new RecordError(record, line, safeId, code, $"expected a number ({q.Unit}), or blank"));
                    }
                }
            }

            return new CaseRecord(record, line, errors.Count == 0 ? c : null, errors);
        }
    }
}

/// <summary>CSV cell text.</summary>
public static class CsvText
{
    /// <summary>Quotes a cell when it holds a comma, quote or line break, and leaves it otherwise as it is (for data files read back).</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The CSV cell.</returns>
    public static string Quote(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text ?? string.Empty;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Quotes a cell when it holds a comma, quote or line break, and neutralises text a spreadsheet would run as a
    /// formula (a leading =, +, -, @, tab or carriage return gets a leading apostrophe).</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The CSV cell.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var ch in text)
        {
            sb.Append(ch == '"' ? "\"\"" : ch.ToString());
        }

        return sb.Append('"').ToString();
    }
}
