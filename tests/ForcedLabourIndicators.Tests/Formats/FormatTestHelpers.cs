using System.Text;
using ForcedLabourIndicators.Formats;

namespace ForcedLabourIndicators.Tests.Formats;

internal static class FormatTestHelpers
{
    public static readonly string CtdcPath = Path.Combine(ReadmeExampleTests.RepositoryRoot(), "..", "shared", "data", "ctdc", "ctdc_global_dataset_2017-11-27.csv");

    public static List<CaseRecord> Read(string text, CaseFileFormat format = CaseFileFormat.Auto) =>
        Read(Encoding.UTF8.GetBytes(text), format);

    public static List<CaseRecord> Read(byte[] bytes, CaseFileFormat format = CaseFileFormat.Auto) =>
        [.. CaseFileReader.ReadAsync(new MemoryStream(bytes), format).ToBlockingEnumerable()];
}
