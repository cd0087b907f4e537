namespace ForcedLabourIndicators.Benchmarks;

/// <summary>A worker case as a flat record of nullable fields: the input shape rules engines and first versions use.</summary>
public sealed class FlatCase
{
    public required string CaseId { get; init; }

    public bool? RecruitmentBornIntoBondage { get; init; }
    public bool? RecruitmentCoerciveRecruitment { get; init; }
    public bool? RecruitmentDeceivedAboutNatureOfWork { get; init; }
    public bool? RecruitmentDeceivedAboutConditions { get; init; }
    public bool? RecruitmentContractWithheldOrSubstituted { get; init; }
    public bool? RecruitmentRecruitmentDebt { get; init; }
    public bool? RecruitmentDeceptiveMarriagePromise { get; init; }
    public bool? PayWagesUnpaid { get; init; }
    public bool? PayWagesDeferred { get; init; }
    public bool? PayWagesPaidToThirdParty { get; init; }
    public bool? WorkingTimeOvertimeCompulsory { get; init; }
    public bool? WorkingTimeOnCallDayAndNight { get; init; }
    public bool? DocumentsHeld { get; init; }
    public bool? DocumentsNotReturnedOnRequest { get; init; }
    public bool? MovementLockedInOrGuarded { get; init; }
    public bool? MovementCurfewOrPermissionToLeave { get; init; }
    public bool? MovementMovementsMonitored { get; init; }
    public bool? MovementContactsMonitored { get; init; }
    public bool? MovementPhoneTakenOrNoContact { get; init; }
    public bool? MovementIsolatedLocation { get; init; }
    public bool? MovementFamilyContactRestricted { get; init; }
    public bool? ThreatsPhysicalViolence { get; init; }
    public bool? ThreatsSexualViolenceOrHarassment { get; init; }
    public bool? ThreatsForcedDrugOrAlcoholUse { get; init; }
    public bool? ThreatsViolenceAgainstOthersWitnessed { get; init; }
    public bool? ThreatsThreatsOfViolence { get; init; }
    public bool? ThreatsThreatsAgainstFamily { get; init; }
    public bool? ThreatsThreatsOfDenunciationOrProsecution { get; init; }
    public bool? ThreatsThreatsOfDismissalOrFines { get; init; }
    public bool? ThreatsPsychologicalAbuse { get; init; }
    public bool? DebtMustWorkToRepay { get; init; }
    public bool? DebtDebtManipulated { get; init; }
    public bool? ConditionsDegradingLivingConditions { get; init; }
    public bool? ConditionsHazardousWorkWithoutProtection { get; init; }
    public bool? ConditionsDeprivedOfFoodWaterOrSleep { get; init; }
    public bool? ConditionsMedicalCareDenied { get; init; }
    public bool? LeavingCannotResign { get; init; }
    public bool? LeavingKeptBeyondAgreedTerm { get; init; }
    public bool? LeavingBoundByTrainingCosts { get; init; }
    public bool? LeavingProsecutionForLeaving { get; init; }
    public bool? LeavingBarredFromReturningHome { get; init; }
    public bool? VulnerabilityWeakPositionExploited { get; init; }
    public bool? VulnerabilityMultipleDependency { get; init; }
    public bool? VulnerabilityPreExistingDependency { get; init; }
    public bool? ChildParentsInForcedLabour { get; init; }
    public bool? ChildWorstForms { get; init; }

    public double? PayShareOfPayWithheld { get; init; }
    public double? PayPromisedMonthlyPay { get; init; }
    public double? PayPaidMonthlyPay { get; init; }
    public double? WorkingTimeHoursPerWeek { get; init; }
    public double? WorkingTimeDaysOffPerWeek { get; init; }
    public double? DebtAmountOwed { get; init; }
    public double? DebtMonthsToRepay { get; init; }

    public static FlatCase From(WorkerCase c) => new()
    {
        CaseId = c.CaseId,
        RecruitmentBornIntoBondage = Flag(c.Recruitment.BornIntoBondage),
        RecruitmentCoerciveRecruitment = Flag(c.Recruitment.CoerciveRecruitment),
        RecruitmentDeceivedAboutNatureOfWork = Flag(c.Recruitment.DeceivedAboutNatureOfWork),
        RecruitmentDeceivedAboutConditions = Flag(c.Recruitment.DeceivedAboutConditions),
        RecruitmentContractWithheldOrSubstituted = Flag(c.Recruitment.ContractWithheldOrSubstituted),
        RecruitmentRecruitmentDebt = Flag(c.Recruitment.RecruitmentDebt),
        RecruitmentDeceptiveMarriagePromise = Flag(c.Recruitment.DeceptiveMarriagePromise),
        PayWagesUnpaid = Flag(c.Pay.WagesUnpaid),
        PayWagesDeferred = Flag(c.Pay.WagesDeferred),
        PayWagesPaidToThirdParty = Flag(c.Pay.WagesPaidToThirdParty),
        WorkingTimeOvertimeCompulsory = Flag(c.WorkingTime.OvertimeCompulsory),
        WorkingTimeOnCallDayAndNight = Flag(c.WorkingTime.OnCallDayAndNight),
        DocumentsHeld = Flag(c.Documents.Held),
        DocumentsNotReturnedOnRequest = Flag(c.Documents.NotReturnedOnRequest),
        MovementLockedInOrGuarded = Flag(c.Movement.LockedInOrGuarded),
        MovementCurfewOrPermissionToLeave = Flag(c.Movement.CurfewOrPermissionToLeave),
        MovementMovementsMonitored = Flag(c.Movement.MovementsMonitored),
        MovementContactsMonitored = Flag(c.Movement.ContactsMonitored),
        MovementPhoneTakenOrNoContact = Flag(c.Movement.PhoneTakenOrNoContact),
        MovementIsolatedLocation = Flag(c.Movement.IsolatedLocation),
        MovementFamilyContactRestricted = Flag(c.Movement.FamilyContactRestricted),
        ThreatsPhysicalViolence = Flag(c.Threats.PhysicalViolence),
        ThreatsSexualViolenceOrHarassment = Flag(c.Threats.SexualViolenceOrHarassment),
        ThreatsForcedDrugOrAlcoholUse = Flag(c.Threats.ForcedDrugOrAlcoholUse),
        ThreatsViolenceAgainstOthersWitnessed = Flag(c.Threats.ViolenceAgainstOthersWitnessed),
        ThreatsThreatsOfViolence = Flag(c.Threats.ThreatsOfViolence),
        ThreatsThreatsAgainstFamily = Flag(c.Threats.ThreatsAgainstFamily),
        ThreatsThreatsOfDenunciationOrProsecution = Flag(c.Threats.ThreatsOfDenunciationOrProsecution),
        ThreatsThreatsOfDismissalOrFines = Flag(c.Threats.ThreatsOfDismissalOrFines),
        ThreatsPsychologicalAbuse = Flag(c.Threats.PsychologicalAbuse),
        DebtMustWorkToRepay = Flag(c.Debt.MustWorkToRepay),
        DebtDebtManipulated = Flag(c.Debt.DebtManipulated),
        ConditionsDegradingLivingConditions = Flag(c.Conditions.DegradingLivingConditions),
        ConditionsHazardousWorkWithoutProtection = Flag(c.Conditions.HazardousWorkWithoutProtection),
        ConditionsDeprivedOfFoodWaterOrSleep = Flag(c.Conditions.DeprivedOfFoodWaterOrSleep),
        ConditionsMedicalCareDenied = Flag(c.Conditions.MedicalCareDenied),
        LeavingCannotResign = Flag(c.Leaving.CannotResign),
        LeavingKeptBeyondAgreedTerm = Flag(c.Leaving.KeptBeyondAgreedTerm),
        LeavingBoundByTrainingCosts = Flag(c.Leaving.BoundByTrainingCosts),
        LeavingProsecutionForLeaving = Flag(c.Leaving.ProsecutionForLeaving),
        LeavingBarredFromReturningHome = Flag(c.Leaving.BarredFromReturningHome),
        VulnerabilityWeakPositionExploited = Flag(c.Vulnerability.WeakPositionExploited),
        VulnerabilityMultipleDependency = Flag(c.Vulnerability.MultipleDependency),
        VulnerabilityPreExistingDependency = Flag(c.Vulnerability.PreExistingDependency),
        ChildParentsInForcedLabour = Flag(c.Child.ParentsInForcedLabour),
        ChildWorstForms = Flag(c.Child.WorstForms),
        PayShareOfPayWithheld = c.Pay.ShareOfPayWithheld,
        PayPromisedMonthlyPay = c.Pay.PromisedMonthlyPay,
        PayPaidMonthlyPay = c.Pay.PaidMonthlyPay,
        WorkingTimeHoursPerWeek = c.WorkingTime.HoursPerWeek,
        WorkingTimeDaysOffPerWeek = c.WorkingTime.DaysOffPerWeek,
        DebtAmountOwed = c.Debt.AmountOwed,
        DebtMonthsToRepay = c.Debt.MonthsToRepay,
    };

    private static bool? Flag(Answer a) => a switch { Answer.Yes => true, Answer.No => false, _ => null };
}
