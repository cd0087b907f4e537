using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ForcedLabourIndicators.Formats.Json;

/// <summary>
/// Worker cases as JSON: camelCase names that match the fact codes (<c>{"documents": {"held": "yes"}}</c> is
/// <c>documents.held</c>), answers as "yes"/"no"/"unknown" (absent is unknown), excluded contexts as camelCase strings.
/// Reads a JSON array or JSON Lines as a stream, one <see cref="CaseRecord"/> per element or line.
/// </summary>
public static class CaseJson
{
    /// <summary>Writes one case as compact JSON (unknown answers and quantities are left out).</summary>
    /// <param name="workerCase">The case.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(WorkerCase workerCase) => JsonSerializer.Serialize(workerCase, FormatsJsonContext.Default.WorkerCase);

    /// <summary>Writes cases as an indented JSON array.</summary>
    /// <param name="cases">The cases.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeArray(IEnumerable<WorkerCase> cases) =>
        JsonSerializer.Serialize(cases.ToArray(), IndentedJsonContext.Default.WorkerCaseArray);

    /// <summary>Reads one case from JSON.</summary>
    /// <param name="json">The JSON text of one case.</param>
    /// <returns>The record: the case, or the problems.</returns>
    public static CaseRecord Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseLine(json, 1, 1);
    }

    /// <summary>Reads JSON Lines: one case per non-blank line.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="cancellationToken">Stops between lines.</param>
    /// <returns>One record per non-blank line, in order.</returns>
    public static async IAsyncEnumerable<CaseRecord> ReadLinesAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long line = 0;
        var record = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return ParseLine(text, ++record, line);
        }
    }

    /// <summary>Reads a JSON array of cases as a stream: one element at a time, with bounded memory. A malformed or
    /// truncated array gives one last record with the problem, after every element read before it.</summary>
    /// <param name="stream">The UTF-8 JSON (a byte-order mark is allowed).</param>
    /// <param name="cancellationToken">Stops between elements.</param>
    /// <returns>One record per element, in order.</returns>
    public static async IAsyncEnumerable<CaseRecord> ReadArrayAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var record = 0;
        await using var elements = JsonSerializer.DeserializeAsyncEnumerable(stream, FormatsJsonContext.Default.JsonElement, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            JsonElement element = default;
            JsonException? broken = null;
            var more = false;
            try
            {
                more = await elements.MoveNextAsync().ConfigureAwait(false);
                if (more)
                {
                    element = elements.Current;
                }
            }
            catch (JsonException ex)
            {
                broken = ex;
            }

            if (broken is not null)
            {
                yield return CaseRecord.Failed(record + 1, (broken.LineNumber ?? -1) + 1, null, string.Empty,
                    $"the JSON is malformed or truncated here (after {record} complete records); nothing after this point can be read");
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            yield return FromElement(element, ++record, 0);
        }
    }

    internal static CaseRecord ParseLine(string text, int record, long line)
    {
        JsonElement element;
        try
        {
            using var doc = JsonDocument.Parse(text);
            element = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return CaseRecord.Failed(record, line, null, string.Empty, "the line is not valid JSON (malformed or truncated)");
        }

        return FromElement(element, record, line);
    }

    internal static CaseRecord FromElement(JsonElement element, int record, long line)
    {
        string? caseId = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return CaseRecord.Failed(record, line, null, string.Empty, "expected a JSON object (one case)");
        }

        try
        {
            if (element.TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.String)
            {
                caseId = SafeId(id.GetString());
            }
        }
        catch (InvalidOperationException)
        {
            return CaseRecord.Failed(record, line, null, Facts.CaseIdCode, "the case id is not valid UTF-8 text");
        }

        try
        {
            var c = element.Deserialize(FormatsJsonContext.Default.WorkerCase);
            return c is null
                ? CaseRecord.Failed(record, line, caseId, string.Empty, "expected a JSON object (one case)")
                : new CaseRecord(record, line, WithAbsentGroupsUnknown(c), []);
        }
        catch (InvalidOperationException)
        {
            return CaseRecord.Failed(record, line, caseId, string.Empty, "a value is not valid UTF-8 text");
        }
        catch (JsonException ex)
        {
            var field = FieldOf(ex.Path);
            var message = ex.Message.Contains("missing required", StringComparison.Ordinal)
                ? "the case has no caseId"
                : ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
                    ? "an unknown field (see the case JSON schema for the fields)"
                    : "the value has the wrong type or is not allowed here (answers are yes/no/unknown, quantities are numbers)";
            if (ex.Message.Contains("missing required", StringComparison.Ordinal))
            {
                field = Facts.CaseIdCode;
            }

            return CaseRecord.Failed(record, line, caseId, field, message);
        }
    }

    internal static string SafeId(string? id) => WorkerCaseValidator.SafeId(id);

    /// <summary>A group left out of the JSON (or null) means every fact of it is unknown. The deserializer sets absent
    /// init-only groups to null, so they are restored here.</summary>
    private static WorkerCase WithAbsentGroupsUnknown(WorkerCase c) => c with
    {
        Recruitment = c.Recruitment ?? new(),
        Pay = c.Pay ?? new(),
        WorkingTime = c.WorkingTime ?? new(),
        Documents = c.Documents ?? new(),
        Movement = c.Movement ?? new(),
        Threats = c.Threats ?? new(),
        Debt = c.Debt ?? new(),
        Conditions = c.Conditions ?? new(),
        Leaving = c.Leaving ?? new(),
        Vulnerability = c.Vulnerability ?? new(),
        Child = c.Child ?? new(),
    };

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var p = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var sb = new StringBuilder(p.Length);
        foreach (var ch in p)
        {
            if (ch is '[' or ']' or '\'')
            {
                continue;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
