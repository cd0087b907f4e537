using System.Text;
using System.Text.Json;

namespace ForcedLabourIndicators.Formats.Json;

/// <summary>The JSON Schema (draft 2020-12) of a worker case, generated from the fact catalogue.</summary>
public static class CaseJsonSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://forcedlabourindicators.invalid/schemas/worker-case.schema.json";

    /// <summary>Writes the schema.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", Id);
            w.WriteString("title", "Worker case");
            w.WriteString("description", "What is known about one worker in one job. Every answer is yes, no or unknown (absent is unknown); every quantity is a number or absent (unknown).");
            w.WriteString("type", "object");
            w.WriteStartArray("required");
            w.WriteStringValue(Facts.CaseIdCode);
            w.WriteEndArray();
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("$defs");
            w.WriteStartObject("answer");
            w.WriteString("description", "yes, no or unknown; readers also accept true/false, 1/0 and common spellings.");
            w.WriteStartArray("enum");
            foreach (var a in new[] { "yes", "no", "unknown" })
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteStartObject(Facts.CaseIdCode);
            w.WriteString("type", "string");
            w.WriteString("description", "A pseudonymous case id; never a name.");
            w.WriteNumber("minLength", 1);
            w.WriteNumber("maxLength", WorkerCaseValidator.MaxCaseIdLength);
            w.WriteEndObject();
            w.WriteStartObject(Facts.AgeAtTimeCode);
            w.WriteString("type", "integer");
            w.WriteString("description", "The worker's age in whole years at the time of the work.");
            w.WriteNumber("minimum", 0);
            w.WriteNumber("maximum", WorkerCaseValidator.MaxAge);
            w.WriteEndObject();
            w.WriteStartObject(Facts.ExcludedContextCode);
            w.WriteString("description", "A context C29 Art. 2(2) excludes from the definition of forced labour.");
            w.WriteStartArray("enum");
            foreach (var name in Enum.GetNames<ExcludedContext>())
            {
                w.WriteStringValue(AssessmentJson.Camel(name));
            }

            w.WriteEndArray();
            w.WriteEndObject();
            foreach (var group in Facts.All.Where(f => !f.IsDerived).GroupBy(f => f.Code[..f.Code.IndexOf('.', StringComparison.Ordinal)]))
            {
                w.WriteStartObject(group.Key);
                w.WriteString("type", "object");
                w.WriteBoolean("additionalProperties", false);
                w.WriteStartObject("properties");
                foreach (var fact in group)
                {
                    w.WriteStartObject(fact.Code[(group.Key.Length + 1)..]);
                    w.WriteString("$ref", "#/$defs/answer");
                    w.WriteString("description", fact.Question);
                    w.WriteEndObject();
                }

                foreach (var q in Facts.Quantities.Where(q => q.Code.StartsWith(group.Key + ".", StringComparison.Ordinal)))
                {
                    w.WriteStartObject(q.Code[(group.Key.Length + 1)..]);
                    w.WriteString("type", "number");
                    w.WriteString("description", $"{q.Description} ({q.Unit}).");
                    w.WriteNumber("minimum", q.Minimum);
                    if (!double.IsPositiveInfinity(q.Maximum))
                    {
                        w.WriteNumber("maximum", q.Maximum);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
