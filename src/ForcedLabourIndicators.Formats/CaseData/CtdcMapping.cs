using System.Globalization;

namespace ForcedLabourIndicators.Formats.CaseData;

/// <summary>
/// Maps the IOM Human Trafficking Case Data Standard (HTCDS v2, <c>vic_MethodsOfControl</c>) and the Counter-Trafficking
/// Data Collaborative's victim-level layout (<c>meansOfControl…</c> flags) to worker cases. Both spellings of each means
/// of control are accepted.
/// </summary>
/// <remarks>
/// <para>
/// In these data a missing flag means "not recorded": CTDC's <c>-99</c> and blanks, and every HTCDS means of control that
/// is not listed, become <see cref="Answer.Unknown"/>, never <see cref="Answer.No"/>. A CTDC flag of <c>0</c> is "no".
/// </para>
/// <para>
/// What the mapping cannot express: the data record no hours, pay figures, debts amounts, isolation apart from
/// confinement, or the worker's exact age (CTDC gives age bands; the age is left unknown, so both the adult and the
/// children's rule are applied). "Other" means of control are not mapped. Read <c>docs/ctdc-htcds-mapping.md</c> for the table.
/// </para>
/// </remarks>
public static class CtdcMapping
{
    /// <summary>Each means of control, by its CTDC and HTCDS spellings, and the facts it answers "yes".</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Fact>> MeansOfControl { get; } = new Dictionary<string, IReadOnlyList<Fact>>(StringComparer.OrdinalIgnoreCase)
    {
        ["DebtBondage"] = [Facts.Debt.MustWorkToRepay],
        ["TakesEarnings"] = [Facts.Pay.WagesUnpaid],
        ["RestrictsFinancialAccess"] = [Facts.Pay.WagesDeferred],
        ["Threats"] = [Facts.Threats.ThreatsOfViolence],
        ["PhysicalThreats"] = [Facts.Threats.ThreatsOfViolence],
        ["PsychologicalAbuse"] = [Facts.Threats.PsychologicalAbuse],
        ["PhysicalAbuse"] = [Facts.Threats.PhysicalViolence],
        ["SexualAbuse"] = [Facts.Threats.SexualViolenceOrHarassment],
        ["FalsePromises"] = [Facts.Recruitment.DeceivedAboutConditions],
        ["PsychoactiveSubstances"] = [Facts.Threats.ForcedDrugOrAlcoholUse],
        ["PsychoactiveSubstance"] = [Facts.Threats.ForcedDrugOrAlcoholUse],
        ["RestrictsMovement"] = [Facts.Movement.LockedInOrGuarded],
        ["RestrictsMedicalCare"] = [Facts.Conditions.MedicalCareDenied],
        ["ExcessiveWorkingHours"] = [Facts.WorkingTime.OvertimeCompulsory],
        ["UsesChildren"] = [Facts.Threats.ThreatsAgainstFamily],
        ["ThreatensChildrenFamily"] = [Facts.Threats.ThreatsAgainstFamily],
        ["ThreatOfLawEnforcement"] = [Facts.Threats.ThreatsOfDenunciationOrProsecution],
        ["ThreatsLawEnforcement"] = [Facts.Threats.ThreatsOfDenunciationOrProsecution],
        ["WithholdsNecessities"] = [Facts.Conditions.DeprivedOfFoodWaterOrSleep],
        ["WithholdsDocuments"] = [Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest],
        ["Other"] = [],
    };

    /// <summary>The CTDC column of abduction (<c>isAbduction</c>), mapped to <c>recruitment.coerciveRecruitment</c>.</summary>
    public const string AbductionColumn = "isAbduction";

    /// <summary>The HTCDS multi-select column of means of control.</summary>
    public const string HtcdsColumn = "vic_MethodsOfControl";

    /// <summary>The HTCDS column of the age when trafficked, mapped to <see cref="WorkerCase.AgeAtTime"/>.</summary>
    public const string HtcdsAgeColumn = "vic_AgeWhenTrafficked";

    private const string CtdcPrefix = "meansOfControl";

    /// <summary>Maps one row, given as (column, value) pairs.</summary>
    /// <param name="cells">The row's cells by column name.</param>
    /// <param name="htcds">Whether the row is in the HTCDS layout (case ids <c>htcds-N</c>) rather than CTDC (<c>ctdc-N</c>).</param>
    /// <param name="record">The record number, from 1.</param>
    /// <param name="line">The line the row starts on.</param>
    /// <returns>The record: the case, or the problems.</returns>
    public static CaseRecord Map(IEnumerable<(string Column, string Value)> cells, bool htcds, int record, long line)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var answers = new Dictionary<Fact, Answer>();
        string? caseId = null;
        int? age = null;
        var errors = new List<RecordError>();
        var fallbackId = string.Create(CultureInfo.InvariantCulture, $"{(htcds ? "htcds" : "ctdc")}-{record:D6}");
        foreach (var (column, raw) in cells)
        {
            var value = raw.Trim();
            if (column.Equals(Facts.CaseIdCode, StringComparison.Ordinal))
            {
                caseId = value.Length > 0 ? value : null;
            }
            else if (column.StartsWith(CtdcPrefix, StringComparison.Ordinal) && MeansOfControl.TryGetValue(column[CtdcPrefix.Length..], out var facts))
            {
                if (!TryFlag(value, out var a))
                {
                    errors.Add(new RecordError(record, line, null, column, "expected 1 (yes), 0 (no), or -99/blank (not recorded)"));
                    continue;
                }

                foreach (var f in facts)
                {
                    Merge(answers, f, a);
                }
            }
            else if (column.Equals(AbductionColumn, StringComparison.Ordinal))
            {
                if (!TryFlag(value, out var a))
                {
                    errors.Add(new RecordError(record, line, null, column, "expected 1 (yes), 0 (no), or -99/blank (not recorded)"));
                    continue;
                }

                Merge(answers, Facts.Recruitment.CoerciveRecruitment, a);
            }
            else if (column.Equals(HtcdsColumn, StringComparison.Ordinal))
            {
                foreach (var item in value.Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (MeansOfControl.TryGetValue(item, out var listed))
                    {
                        foreach (var f in listed)
                        {
                            Merge(answers, f, Answer.Yes);
                        }
                    }
                    else
                    {
                        errors.Add(new RecordError(record, line, null, column, "holds a value that is not an HTCDS v2 means of control"));
                    }
                }
            }
            else if (column.Equals(HtcdsAgeColumn, StringComparison.Ordinal) && value.Length > 0 && value != "-99")
            {
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var years))
                {
                    age = years;
                }
                else
                {
                    errors.Add(new RecordError(record, line, null, column, "expected a whole number of years"));
                }
            }
        }

        var id = caseId ?? fallbackId;
        if (errors.Count > 0)
        {
            var safe = WorkerCaseValidator.SafeId(id);
            return new CaseRecord(record, line, null, errors.Select(e => e with { CaseId = safe }).ToArray());
        }

        var c = new WorkerCase(id) { AgeAtTime = age };
        foreach (var (fact, answer) in answers)
        {
            c = fact.SetOn(c, answer);
        }

        return new CaseRecord(record, line, c, []);
    }

    private static bool TryFlag(string value, out Answer answer)
    {
        answer = value switch
        {
            "1" => Answer.Yes,
            "0" => Answer.No,
            _ => Answer.Unknown,
        };
        return value is "1" or "0" or "-99" or "" or "NA";
    }

    // Where two columns answer the same fact, yes outweighs no, and no outweighs unknown.
    private static void Merge(Dictionary<Fact, Answer> answers, Fact fact, Answer answer)
    {
        if (!answers.TryGetValue(fact, out var current) || answer > current)
        {
            answers[fact] = answer;
        }
    }
}
