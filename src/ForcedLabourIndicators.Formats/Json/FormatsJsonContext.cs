using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForcedLabourIndicators.Formats.Json;

/// <summary>The source-generated JSON contract of cases, assessments and methodologies: no reflection, AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AnswerJsonConverter), typeof(ExcludedContextJsonConverter)])]
[JsonSerializable(typeof(WorkerCase))]
[JsonSerializable(typeof(WorkerCase[]))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(AssessmentRecord))]
[JsonSerializable(typeof(MethodologyDocument))]
internal sealed partial class FormatsJsonContext : JsonSerializerContext
{
}

/// <summary>Indented output for documents people read (a methodology, a single case).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    WriteIndented = true,
    Converters = [typeof(AnswerJsonConverter), typeof(ExcludedContextJsonConverter)])]
[JsonSerializable(typeof(WorkerCase))]
[JsonSerializable(typeof(WorkerCase[]))]
[JsonSerializable(typeof(MethodologyDocument))]
internal sealed partial class IndentedJsonContext : JsonSerializerContext
{
}
