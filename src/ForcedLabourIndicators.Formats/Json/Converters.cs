using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForcedLabourIndicators.Formats.Json;

/// <summary>Reads an <see cref="Answer"/> from "yes"/"no"/"unknown" (and the other spellings of <see cref="AnswerText"/>),
/// true/false, 1/0 or null; writes "yes", "no" or "unknown".</summary>
internal sealed class AnswerJsonConverter : JsonConverter<Answer>
{
    public override Answer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return Answer.Unknown;
            case JsonTokenType.True:
                return Answer.Yes;
            case JsonTokenType.False:
                return Answer.No;
            case JsonTokenType.Number when reader.TryGetInt32(out var n) && n is 0 or 1 or -99:
                return n == 1 ? Answer.Yes : n == 0 ? Answer.No : Answer.Unknown;
            case JsonTokenType.String when AnswerText.TryParse(reader.GetString(), out var a):
                return a;
            default:
                throw new JsonException("Expected yes, no or unknown.");
        }
    }

    public override void Write(Utf8JsonWriter writer, Answer value, JsonSerializerOptions options) =>
        writer.WriteStringValue(AnswerText.ToText(value));
}

/// <summary>Excluded contexts as camelCase strings ("none", "prisonLabourUnderPublicSupervision", ...).</summary>
internal sealed class ExcludedContextJsonConverter : JsonStringEnumConverter<ExcludedContext>
{
    public ExcludedContextJsonConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
