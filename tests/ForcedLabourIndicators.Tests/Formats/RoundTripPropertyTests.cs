using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForcedLabourIndicators.Formats;
using ForcedLabourIndicators.Formats.Csv;
using ForcedLabourIndicators.Formats.Json;

namespace ForcedLabourIndicators.Tests.Formats;

/// <summary>Generated cases survive JSON and CSV; garbage never throws.</summary>
public class RoundTripPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Json_RoundTrip_GivesTheSameCase() =>
        Prop.ForAll(Generators.ValidCases, c => CaseJson.Deserialize(CaseJson.Serialize(c)).Case == c);

    [Property(MaxTest = 100)]
    public Property Csv_RoundTrip_GivesTheSameCases() =>
        Prop.ForAll(Gen.ArrayOf(Generators.ValidCase, 5).ToArbitrary(), cases =>
        {
            var distinct = cases.Select((c, i) => c with { CaseId = $"case-{i}" }).ToArray();
            var writer = new StringWriter();
            CaseCsv.Write(distinct, writer);
            var read = FormatTestHelpers.Read(writer.ToString());
            return read.Select(r => r.Case).SequenceEqual(distinct);
        });

    [Property(MaxTest = 300)]
    public Property Garbage_NeverThrows_AndEveryRecordIsAccountedFor() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)).ToArbitrary(), bytes =>
        {
            // Nothing lost or reordered: after any header problems (record 0), records are numbered 1, 2, 3, ... in order.
            var numbers = FormatTestHelpers.Read(bytes).Select(r => r.RecordNumber).Where(n => n > 0).ToArray();
            return numbers.SequenceEqual(Enumerable.Range(1, numbers.Length));
        });

    [Property(MaxTest = 200)]
    public Property Truncated_ValidInput_NeverThrows() =>
        Prop.ForAll(Generators.ValidCases, Gen.Choose(0, 100).ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (c, cut, format) =>
        {
            var text = format switch
            {
                0 => CaseJson.SerializeArray([c, c with { CaseId = "other" }]),
                1 => CaseJson.Serialize(c) + "\n" + CaseJson.Serialize(c with { CaseId = "other" }),
                _ => CsvOf(c),
            };
            var truncated = text[..(text.Length * cut / 100)];
            var records = FormatTestHelpers.Read(truncated).Where(r => r.RecordNumber > 0).ToArray();
            return records.Select(r => r.RecordNumber).SequenceEqual(Enumerable.Range(1, records.Length))
                && records.Where(r => r.IsRead).All(r => CaseAssessor.Default.Validate(r.Case!).IsValid || r.Case!.CaseId.Length == 0);
        });

    private static string CsvOf(WorkerCase c)
    {
        var w = new StringWriter();
        CaseCsv.Write([c], w);
        return w.ToString();
    }
}
