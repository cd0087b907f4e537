using System.Runtime.CompilerServices;
using System.Text;
using ForcedLabourIndicators.Formats.Csv;
using ForcedLabourIndicators.Formats.Json;

namespace ForcedLabourIndicators.Formats;

/// <summary>The format of a case input.</summary>
public enum CaseFileFormat
{
    /// <summary>Decide from the first character: <c>[</c> a JSON array, <c>{</c> JSON Lines, anything else CSV (whose
    /// layout is decided from its header).</summary>
    Auto,

    /// <summary>A JSON array of cases.</summary>
    Json,

    /// <summary>JSON Lines: one case object per line.</summary>
    JsonLines,

    /// <summary>CSV in this library's layout, or CTDC/HTCDS when the header says so.</summary>
    Csv,

    /// <summary>CSV in the CTDC victim-level layout.</summary>
    Ctdc,

    /// <summary>CSV in the HTCDS v2 layout.</summary>
    Htcds,
}

/// <summary>
/// Reads cases from any supported input as a stream with bounded memory: one <see cref="CaseRecord"/> per input record,
/// in order, and never an exception for bad content (problems are records with errors). A case id seen before is rejected.
/// </summary>
public static class CaseFileReader
{
    /// <summary>Reads cases.</summary>
    /// <param name="stream">The input, UTF-8 with or without a byte-order mark.</param>
    /// <param name="format">The format; <see cref="CaseFileFormat.Auto"/> decides from the content.</param>
    /// <param name="cancellationToken">Stops between records.</param>
    /// <returns>One record per input record, in order; problems with a CSV header come first as record 0.</returns>
    public static async IAsyncEnumerable<CaseRecord> ReadAsync(Stream stream, CaseFileFormat format = CaseFileFormat.Auto, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var prefix = new byte[4096];
        var length = 0;
        while (length < prefix.Length && await stream.ReadAsync(prefix.AsMemory(length), cancellationToken).ConfigureAwait(false) is var n and > 0)
        {
            length += n;
        }

        var input = new PrefixedStream(prefix.AsMemory(0, length), stream);
        if (format == CaseFileFormat.Auto)
        {
            format = Detect(prefix.AsSpan(0, length));
        }

        var records = format switch
        {
            CaseFileFormat.Json => CaseJson.ReadArrayAsync(input, cancellationToken),
            CaseFileFormat.JsonLines => CaseJson.ReadLinesAsync(Text(input), cancellationToken),
            CaseFileFormat.Ctdc => CaseCsv.ReadAsync(Text(input), CsvLayout.Ctdc, cancellationToken),
            CaseFileFormat.Htcds => CaseCsv.ReadAsync(Text(input), CsvLayout.Htcds, cancellationToken),
            _ => CaseCsv.ReadAsync(Text(input), CsvLayout.Auto, cancellationToken),
        };

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var r in records.ConfigureAwait(false))
        {
            if (r.Case is { } c && !string.IsNullOrWhiteSpace(c.CaseId))
            {
                if (seen.TryGetValue(c.CaseId, out var first))
                {
                    yield return CaseRecord.Failed(r.RecordNumber, r.Line, WorkerCaseValidator.SafeId(c.CaseId), Facts.CaseIdCode,
                        $"the case id repeats record {first}; every case needs its own id");
                    continue;
                }

                seen[c.CaseId] = r.RecordNumber;
            }

            yield return r;
        }
    }

    /// <summary>Decides the format from the first bytes of the input.</summary>
    /// <param name="start">The first bytes.</param>
    /// <returns>The format.</returns>
    public static CaseFileFormat Detect(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith("\xEF\xBB\xBF"u8))
        {
            start = start[3..];
        }

        foreach (var b in start)
        {
            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    continue;
                case (byte)'[':
                    return CaseFileFormat.Json;
                case (byte)'{':
                    return CaseFileFormat.JsonLines;
                default:
                    return CaseFileFormat.Csv;
            }
        }

        return CaseFileFormat.Csv;
    }

    private static StreamReader Text(Stream s) => new(s, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 65536);

    /// <summary>A stream that returns some bytes already read, then the rest of another stream.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.Length > 0)
            {
                var n = Math.Min(buffer.Length, _prefix.Length);
                _prefix.Span[..n].CopyTo(buffer);
                _prefix = _prefix[n..];
                return n;
            }

            return inner.Read(buffer);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.Length > 0)
            {
                return ValueTask.FromResult(Read(buffer.Span));
            }

            return inner.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
