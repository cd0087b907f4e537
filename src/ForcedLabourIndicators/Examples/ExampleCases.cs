namespace ForcedLabourIndicators;

/// <summary>
/// Worked example cases bundled with the library, built from published accounts rather than from any real person's file.
/// Used by the command-line tool, the README and the tests.
/// </summary>
public static class ExampleCases
{
    /// <summary>
    /// A worker sent abroad by a state labour-export programme: the employer holds passport and diploma and does not return
    /// them; the agency keeps 80% of the pay (75-90% reported); 64-hour weeks are demanded; curfews and travel permissions;
    /// movements and contacts watched; family kept apart; threats from officials; sexual harassment; those who leave face
    /// prosecution and an eight-year ban on returning home. Other facts are unknown.
    /// </summary>
    public static WorkerCase LabourExportProgramme { get; } = new("example-labour-export")
    {
        AgeAtTime = 34,
        Recruitment = new() { ContractWithheldOrSubstituted = Answer.Yes },
        Pay = new() { WagesPaidToThirdParty = Answer.Yes, ShareOfPayWithheld = 0.80 },
        WorkingTime = new() { HoursPerWeek = 64, OvertimeCompulsory = Answer.Yes },
        Documents = new() { Held = Answer.Yes, NotReturnedOnRequest = Answer.Yes },
        Movement = new()
        {
            CurfewOrPermissionToLeave = Answer.Yes,
            MovementsMonitored = Answer.Yes,
            ContactsMonitored = Answer.Yes,
            FamilyContactRestricted = Answer.Yes,
        },
        Threats = new() { ThreatsOfDenunciationOrProsecution = Answer.Yes, SexualViolenceOrHarassment = Answer.Yes },
        Leaving = new() { CannotResign = Answer.Yes, ProsecutionForLeaving = Answer.Yes, BarredFromReturningHome = Answer.Yes },
    };

    /// <summary>A worker in a lawful job: every question answered "no", 40 hours a week, two days off, paid as promised.</summary>
    public static WorkerCase DecentJob { get; } = AllAnswered("example-decent-job", Answer.No) with
    {
        AgeAtTime = 29,
        Pay = new()
        {
            WagesUnpaid = Answer.No, WagesDeferred = Answer.No, WagesPaidToThirdParty = Answer.No,
            ShareOfPayWithheld = 0, PromisedMonthlyPay = 1800, PaidMonthlyPay = 1800,
        },
        WorkingTime = new() { HoursPerWeek = 40, DaysOffPerWeek = 2, OvertimeCompulsory = Answer.No, OnCallDayAndNight = Answer.No },
        Debt = new() { MustWorkToRepay = Answer.No, DebtManipulated = Answer.No, AmountOwed = 0 },
    };

    /// <summary>A short hotline report: the caller says the job is the one agreed and the worker has a phone; nothing else is known.</summary>
    public static WorkerCase SparseHotlineReport { get; } = new("example-sparse-hotline")
    {
        Recruitment = new() { DeceivedAboutNatureOfWork = Answer.No },
        Movement = new() { PhoneTakenOrNoContact = Answer.No },
    };

    /// <summary>
    /// A 15-year-old working beside a parent in a brick kiln to pay off the family's advance: the debt of 1,200 would take 20
    /// months of the 60 a month paid; the accounts are inflated; the owner threatens violence.
    /// </summary>
    public static WorkerCase ChildInBondedFamily { get; } = new("example-child-brick-kiln")
    {
        AgeAtTime = 15,
        Recruitment = new() { RecruitmentDebt = Answer.Yes },
        Pay = new() { PaidMonthlyPay = 60 },
        Debt = new() { MustWorkToRepay = Answer.Yes, DebtManipulated = Answer.Yes, AmountOwed = 1200 },
        Threats = new() { ThreatsOfViolence = Answer.Yes },
        Vulnerability = new() { MultipleDependency = Answer.Yes },
        Child = new() { ParentsInForcedLabour = Answer.Yes },
    };

    /// <summary>
    /// Work after conviction, under public supervision and not hired out to private parties (C29 Art. 2(2)(c)): reported as
    /// outside the definition, with the indicators still shown.
    /// </summary>
    public static WorkerCase PrisonLabourUnderPublicSupervision { get; } = new("example-prison-labour")
    {
        AgeAtTime = 41,
        ExcludedContext = ExcludedContext.PrisonLabourUnderPublicSupervision,
        Movement = new() { LockedInOrGuarded = Answer.Yes },
        WorkingTime = new() { HoursPerWeek = 35 },
    };

    /// <summary>All bundled examples, in the order the command-line tool prints them.</summary>
    public static IReadOnlyList<WorkerCase> All { get; } =
        [LabourExportProgramme, DecentJob, SparseHotlineReport, ChildInBondedFamily, PrisonLabourUnderPublicSupervision];

    /// <summary>A case with every yes/no fact given the same answer and every quantity unknown.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="answer">The answer for every fact answered directly.</param>
    /// <returns>The case.</returns>
    public static WorkerCase AllAnswered(string caseId, Answer answer)
    {
        var c = new WorkerCase(caseId);
        foreach (var fact in Facts.All)
        {
            if (!fact.IsDerived)
            {
                c = fact.SetOn(c, answer);
            }
        }

        return c;
    }
}
