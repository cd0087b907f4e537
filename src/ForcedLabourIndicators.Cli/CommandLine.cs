using System.Globalization;
using ForcedLabourIndicators.Formats;
using ForcedLabourIndicators.Formats.Csv;
using ForcedLabourIndicators.Formats.Json;

namespace ForcedLabourIndicators.Cli;

/// <summary>Parses the command line and runs a command. Writes data to standard output and everything else to standard error.</summary>
internal static class CommandLine
{
    internal const string Help = """
        fli: screens worker cases against the ILO indicators of forced labour.

        Usage:
          fli                               assess the bundled example cases and print them (fli examples --lang es: in Spanish)
          fli score <file|-> [options]      assess cases from a file, or from standard input with -
          fli methodology [--methodology F] print a methodology as JSON (the default one, or F validated)
          fli --help

        Options of score:
          --format auto|json|jsonl|csv|ctdc|htcds   input format (default auto: [ JSON array, { JSON Lines, else CSV;
                                                    a CSV header with meansOfControl... is CTDC, with vic_MethodsOfControl HTCDS)
          --output table|jsonl|csv                  output format (default table)
          --explain                                 include every indicator's evidence and the elements of the definition
          --methodology <file.json>                 assess with this methodology (see fli methodology)
          --no-progress                             no progress bar on standard error
          --lang en|es|fr|pt                        language of the --explain text and of the examples (default en)

        Exit codes: 0 every record assessed; 1 some records rejected (each is in the output, marked, with its errors);
        2 wrong command line or methodology; 3 input missing, unreadable, or holding no records. Columns that were ignored
        (unknown, repeated, or none mapped) are reported on standard error and make the exit code at least 1.
        A screening result says which indicators the recorded facts show and what to do next; it is not a legal finding.
        """;

    public static async Task<int> RunAsync(string[] args, Func<Stream> openStdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Length == 0)
        {
            Examples.Print(stdout, CultureInfo.GetCultureInfo("en"));
            return ExitCodes.Success;
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            await stdout.WriteLineAsync(Help).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (a is "--explain" or "--no-progress")
            {
                options[a] = null;
            }
            else if (a is "--format" or "--output" or "--methodology" or "--lang")
            {
                if (i + 1 >= args.Length)
                {
                    return Usage(stderr, $"{a} needs a value.");
                }

                options[a] = args[++i];
            }
            else if (a.StartsWith("--", StringComparison.Ordinal))
            {
                return Usage(stderr, $"unknown option {a}.");
            }
            else
            {
                positional.Add(a);
            }
        }

        Methodology methodology;
        CaseAssessor assessor;
        try
        {
            methodology = options.TryGetValue("--methodology", out var path) && path is not null
                ? MethodologyDocument.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).ToMethodology()
                : Methodology.Default;
            assessor = CaseAssessor.Create(methodology);
        }
        catch (Exception ex) when (ex is MethodologyValidationException or IOException or UnauthorizedAccessException)
        {
            return Usage(stderr, $"the methodology could not be used: {ex.Message}");
        }

        var culture = CultureInfo.GetCultureInfo("en");
        if (options.TryGetValue("--lang", out var lang) && lang is not null)
        {
            var match = LocalizedText.SupportedCultures.FirstOrDefault(c => c.Name.Equals(lang, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return Usage(stderr, "--lang is one of en, es, fr, pt.");
            }

            culture = match;
        }

        switch (args[0])
        {
            case "examples":
                Examples.Print(stdout, culture);
                return ExitCodes.Success;
            case "methodology":
                await stdout.WriteLineAsync(MethodologyDocument.From(methodology).ToJson()).ConfigureAwait(false);
                return ExitCodes.Success;
            case "score":
                if (positional.Count != 1)
                {
                    return Usage(stderr, "score needs one input: a file path, or - for standard input.");
                }

                if (!TryParse(options, "--format", CaseFileFormat.Auto, out CaseFileFormat format)
                    || !TryParse(options, "--output", OutputFormat.Table, out OutputFormat output))
                {
                    return Usage(stderr, "--format is one of auto, json, jsonl, csv, ctdc, htcds; --output one of table, jsonl, csv.");
                }

                var run = new ScoreCommand(assessor, format, output, options.ContainsKey("--explain"), !options.ContainsKey("--no-progress"), culture);
                return await run.RunAsync(positional[0], openStdin, stdout, stderr, cancellationToken).ConfigureAwait(false);
            default:
                return Usage(stderr, $"unknown command {args[0]}.");
        }
    }

    private static bool TryParse<T>(Dictionary<string, string?> options, string name, T fallback, out T value)
        where T : struct, Enum
    {
        value = fallback;
        if (!options.TryGetValue(name, out var text) || text is null)
        {
            return true;
        }

        var normalized = text.Equals("jsonl", StringComparison.OrdinalIgnoreCase) ? "JsonLines" : text;
        return Enum.TryParse(normalized, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fli: {message} See fli --help."));
        return ExitCodes.Usage;
    }
}

/// <summary>The output formats of <c>fli score</c>.</summary>
internal enum OutputFormat
{
    /// <summary>A readable table (with --explain, the full assessment of each case).</summary>
    Table,

    /// <summary>One JSON object per line.</summary>
    JsonLines,

    /// <summary>CSV, one row per input record.</summary>
    Csv,
}

/// <summary>The bundled examples, printed readably.</summary>
internal static class Examples
{
    public static void Print(TextWriter stdout, CultureInfo culture)
    {
        var assessor = CaseAssessor.Default;
        stdout.Write(
            $"ForcedLabourIndicators {CaseAssessor.LibraryVersion}: screening against the ILO indicators of forced labour.\n"
            + "A screening result says which indicators the recorded facts show and what to do next; it is not a legal finding.\n\n");
        foreach (var workerCase in ExampleCases.All)
        {
            stdout.Write(assessor.Assess(workerCase).ToText(culture));
            stdout.Write('\n');
        }
    }
}
