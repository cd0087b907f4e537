using System.Globalization;
using System.Net;
using System.Text;
using ForcedLabourIndicators.Statistics;

namespace ForcedLabourIndicators;

/// <summary>
/// Renders assessments, batch summaries and prevalence tables as Markdown and as plain, dependency-free, accessible HTML
/// (tables with captions and header scopes; a small inline SVG bar chart with a text alternative). The HTML is
/// well-formed XML so that it can be embedded anywhere.
/// </summary>
public static class Rendering
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The assessment as Markdown: the determination, band and score, then one table row per indicator.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Markdown text.</returns>
    public static string ToMarkdown(this Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var a = assessment;
        var sb = new StringBuilder();
        sb.Append(Ci, $"### Case {Md(a.CaseId)}\n\n");
        sb.Append(Ci, $"**{Label(a.Band)}** · score {a.Score:0.0}/100 · coverage {a.Coverage * 100:0}% · ILO definition: **{Label(a.Determination.Status)}**\n\n");
        sb.Append("| Indicator | Status | Contribution | Evidence | Unknown |\n|---|---|---:|---|---|\n");
        foreach (var f in a.Findings)
        {
            sb.Append(Ci, $"| {f.Code} {Md(f.Name)} | {Label(f.Status)} | {f.Contribution:0.0} | {Md(string.Join("; ", f.Evidence))} | {Md(string.Join(", ", f.UnknownFacts))} |\n");
        }

        sb.Append(Ci, $"\n_Screening result, not a legal finding. Methodology {a.Methodology.Id} {a.Methodology.Version} ({a.Methodology.ContentHash[..12]})._\n");
        return sb.ToString();
    }

    /// <summary>The assessment as an HTML fragment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>HTML text.</returns>
    public static string ToHtml(this Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var a = assessment;
        var sb = new StringBuilder("<section class=\"fli-assessment\">");
        sb.Append(Ci, $"<h3>Case {H(a.CaseId)}</h3>");
        sb.Append(Ci, $"<p><strong>{H(Label(a.Band))}</strong>, score {a.Score:0.0}/100, coverage {a.Coverage * 100:0}%, ILO definition: <strong>{H(Label(a.Determination.Status))}</strong>.</p>");
        sb.Append("<table><caption>Indicators of forced labour</caption><thead><tr>");
        foreach (var h in new[] { "Indicator", "Status", "Contribution", "Evidence", "Unknown" })
        {
            sb.Append(Ci, $"<th scope=\"col\">{h}</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var f in a.Findings)
        {
            sb.Append(Ci, $"<tr><th scope=\"row\">{H(f.Code)} {H(f.Name)}</th><td>{H(Label(f.Status))}</td><td>{f.Contribution:0.0}</td><td>{H(string.Join("; ", f.Evidence))}</td><td>{H(string.Join(", ", f.UnknownFacts))}</td></tr>");
        }

        sb.Append(Ci, $"</tbody></table><p><small>Screening result, not a legal finding. Methodology {H(a.Methodology.Id)} {H(a.Methodology.Version)} ({H(a.Methodology.ContentHash[..12])}).</small></p></section>");
        return sb.ToString();
    }

    /// <summary>The batch summary as Markdown: one table row per indicator.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>Markdown text.</returns>
    public static string ToMarkdown(this BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var sb = new StringBuilder();
        sb.Append(Ci, $"**{summary.Assessed} assessed, {summary.Rejected} rejected.** ");
        sb.AppendJoin(", ", summary.ByBand.OrderByDescending(b => b.Key).Select(b => $"{Label(b.Key)}: {b.Value}")).Append("\n\n");
        sb.Append("| Indicator | Present | Undetermined |\n|---|---:|---:|\n");
        foreach (var i in summary.Indicators)
        {
            sb.Append(Ci, $"| {i.Code} {Md(i.Name)} | {i.Present} | {i.Undetermined} |\n");
        }

        return sb.ToString();
    }

    /// <summary>The batch summary as an HTML fragment with a bar chart of how often each indicator is present.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>HTML text.</returns>
    public static string ToHtml(this BatchSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var sb = new StringBuilder("<section class=\"fli-summary\">");
        sb.Append(Ci, $"<p>{summary.Assessed} assessed, {summary.Rejected} rejected. ");
        sb.AppendJoin(", ", summary.ByBand.OrderByDescending(b => b.Key).Select(b => H($"{Label(b.Key)}: {b.Value}"))).Append(".</p>");
        var shares = summary.Indicators.Select(i => (Label: $"{i.Code} {i.Name}", Share: summary.Assessed == 0 ? 0 : (double)i.Present / summary.Assessed)).ToList();
        sb.Append(Bars("Share of cases with each indicator present", shares));
        sb.Append("<table><caption>Indicators present</caption><thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Present</th><th scope=\"col\">Undetermined</th></tr></thead><tbody>");
        foreach (var i in summary.Indicators)
        {
            sb.Append(Ci, $"<tr><th scope=\"row\">{H(i.Code)} {H(i.Name)}</th><td>{i.Present}</td><td>{i.Undetermined}</td></tr>");
        }

        return sb.Append("</tbody></table></section>").ToString();
    }

    /// <summary>The prevalence table as Markdown: one row per measure and group.</summary>
    /// <param name="table">The table.</param>
    /// <returns>Markdown text.</returns>
    public static string ToMarkdown(this PrevalenceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        var level = table.Options.Confidence * 100;
        sb.Append(Ci, $"| Measure | Group | Records | Estimate | {level:0}% CI (Wilson) | {level:0}% CI (Clopper-Pearson) | Undetermined | Bounds | Effective n |\n");
        sb.Append("|---|---|---:|---:|---|---|---:|---|---:|\n");
        foreach (var e in table.Estimates)
        {
            sb.Append(Ci, $"| {Md(e.Measure)} | {Md(e.Group ?? "all")} | {e.Records} | {Pct(e.Estimate)} | {Pct(e.Wilson.Lower)}–{Pct(e.Wilson.Upper)} | {Pct(e.ClopperPearson.Lower)}–{Pct(e.ClopperPearson.Upper)} | {Pct(e.UndeterminedShare)} | {Pct(e.LowerBound)}–{Pct(e.UpperBound)} | {e.EffectiveSize:0.0} |\n");
        }

        sb.Append(Ci, $"\n_{Md(table.Note)}_\n");
        return sb.ToString();
    }

    /// <summary>The prevalence table as an HTML fragment, with a bar chart of the overall estimates.</summary>
    /// <param name="table">The table.</param>
    /// <returns>HTML text.</returns>
    public static string ToHtml(this PrevalenceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder("<section class=\"fli-prevalence\">");
        sb.Append(Bars("Estimated share (overall)", table.Estimates.Where(e => e.Group is null).Select(e => (e.Measure, double.IsNaN(e.Estimate) ? 0 : e.Estimate)).ToList()));
        sb.Append("<table><caption>Prevalence with confidence intervals</caption><thead><tr>");
        foreach (var h in new[] { "Measure", "Group", "Records", "Estimate", "Wilson interval", "Clopper-Pearson interval", "Undetermined", "Bounds", "Effective n" })
        {
            sb.Append(Ci, $"<th scope=\"col\">{h}</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var e in table.Estimates)
        {
            sb.Append(Ci, $"<tr><th scope=\"row\">{H(e.Measure)}</th><td>{H(e.Group ?? "all")}</td><td>{e.Records}</td><td>{Pct(e.Estimate)}</td><td>{Pct(e.Wilson.Lower)}–{Pct(e.Wilson.Upper)}</td><td>{Pct(e.ClopperPearson.Lower)}–{Pct(e.ClopperPearson.Upper)}</td><td>{Pct(e.UndeterminedShare)}</td><td>{Pct(e.LowerBound)}–{Pct(e.UpperBound)}</td><td>{e.EffectiveSize:0.0}</td></tr>");
        }

        return sb.Append(Ci, $"</tbody></table><p><small>{H(table.Note)}</small></p></section>").ToString();
    }

    private static string Bars(string title, IReadOnlyList<(string Label, double Share)> bars)
    {
        const int Row = 18, LabelWidth = 260, BarWidth = 300;
        var height = (bars.Count * Row) + 4;
        var sb = new StringBuilder();
        sb.Append(Ci, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarWidth + 60}\" height=\"{height}\" aria-label=\"{H(title)}\"><title>{H(title)}: {H(string.Join(", ", bars.Select(b => $"{b.Label} {Pct(b.Share)}")))}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = (i * Row) + 2;
            var w = Math.Max(0, Math.Min(1, bars[i].Share)) * BarWidth;
            sb.Append(Ci, $"<text x=\"0\" y=\"{y + 13}\" font-size=\"12\">{H(bars[i].Label)}</text>");
            sb.Append(Ci, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{Row - 4}\" fill=\"#3b6ea5\"/>");
            sb.Append(Ci, $"<text x=\"{LabelWidth + w + 4:0.#}\" y=\"{y + 13}\" font-size=\"12\">{Pct(bars[i].Share)}</text>");
        }

        return sb.Append("</svg>").ToString();
    }

    private static string Pct(double share) => double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.0", Ci) + "%";

    // Characters XML 1.0 forbids even as references become U+FFFD, so the HTML stays well-formed whatever a case id holds.
    private static string H(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        return encoded.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r'))
            ? new string(encoded.Select(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r') ? '\uFFFD' : ch).ToArray())
            : encoded;
    }

    // Markdown: every character that could start markup is escaped, and line breaks and control characters become spaces.
    private static string Md(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsControl(ch))
            {
                sb.Append(' ');
            }
            else
            {
                if (ch is '\\' or '|' or '<' or '>' or '[' or ']' or '(' or ')' or '`' or '*' or '_' or '#' or '!')
                {
                    sb.Append('\\');
                }

                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    // The English labels come from the same resources as every other language.
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static string Label(Band b) => LocalizedText.Label(b, English);

    private static string Label(FindingStatus s) => LocalizedText.Label(s, English);

    private static string Label(DefinitionStatus s) => LocalizedText.Label(s, English);
}
