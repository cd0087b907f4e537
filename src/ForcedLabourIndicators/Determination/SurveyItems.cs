using System.Collections.Frozen;
using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>
/// The items of the 2012 survey guidelines (<em>Hard to see, harder to count</em>, ILO SAP-FL/IPEC) mapped to facts.
/// The same items decide the elements of the 2018 ICLS definition: involuntariness items from any dimension, penalty
/// items from all.
/// </summary>
public static class SurveyItems
{
    /// <summary>The source of the items.</summary>
    public const string Source =
        "ILO SAP-FL/IPEC, Hard to see, harder to count: Survey guidelines to estimate forced labour of adults and children, 2012; "
        + "20th International Conference of Labour Statisticians, Guidelines concerning the measurement of forced labour, 2018.";

    private static SurveyItem Inv(string code, SurveyDimension d, IndicatorStrength s, string text, params Fact[][] clauses) =>
        new(code, DefinitionElement.Involuntariness, d, s, text, clauses);

    private static SurveyItem Pen(string code, IndicatorStrength s, string text, params Fact[][] clauses) =>
        new(code, DefinitionElement.MenaceOfPenalty, SurveyDimension.AllDimensions, s, text, clauses);

    private const SurveyDimension D1 = SurveyDimension.UnfreeRecruitment;
    private const SurveyDimension D2 = SurveyDimension.WorkAndLifeUnderDuress;
    private const SurveyDimension D3 = SurveyDimension.ImpossibilityOfLeaving;
    private const IndicatorStrength S = IndicatorStrength.Strong;
    private const IndicatorStrength M = IndicatorStrength.Medium;

    /// <summary>Every item, involuntariness items by dimension first, then penalty items.</summary>
    public static IReadOnlyList<SurveyItem> All { get; } = Array.AsReadOnly<SurveyItem>(
    [
        Inv("d1.bornIntoBondage", D1, S, "Born or descended into slave or bonded status", [Recruitment.BornIntoBondage]),
        Inv("d1.coerciveRecruitment", D1, S, "Coercive recruitment: abduction, confinement during recruitment, sale of the worker", [Recruitment.CoerciveRecruitment]),
        Inv("d1.deceivedAboutNatureOfWork", D1, S, "Deceived about the nature of the work", [Recruitment.DeceivedAboutNatureOfWork]),
        Inv("d1.recruitmentDebt", D1, M, "Recruitment tied to debt (advance or loan)", [Recruitment.RecruitmentDebt]),
        Inv("d1.deceivedAboutConditions", D1, M, "Deceived about conditions, contract, housing, legal status, location, employer or wages",
            [Recruitment.DeceivedAboutConditions], [Recruitment.ContractWithheldOrSubstituted], [Pay.PaidLessThanPromised]),
        Inv("d1.deceptiveMarriagePromise", D1, M, "Deceptive recruitment through a promise of marriage", [Recruitment.DeceptiveMarriagePromise]),
        Inv("d2.forcedOvertime", D2, S, "Forced overtime beyond the legal limit", [WorkingTime.OvertimeCompulsory, WorkingTime.HoursAboveLimit]),
        Inv("d2.onCallDayAndNight", D2, S, "Forced to be on call day and night", [WorkingTime.OnCallDayAndNight]),
        Inv("d2.limitedMovementAndCommunication", D2, S, "Limited freedom of movement and communication",
            [Movement.CurfewOrPermissionToLeave], [Movement.ContactsMonitored], [Movement.FamilyContactRestricted]),
        Inv("d2.degradingLivingConditions", D2, S, "Degrading living conditions", [Conditions.DegradingLivingConditions]),
        Inv("d2.hazardousWork", D2, M, "Hazardous work without consent (ICLS 2018)", [Conditions.HazardousWorkWithoutProtection]),
        Inv("d2.inducedDrugAddiction", D2, M, "Induced drug addiction", [Threats.ForcedDrugOrAlcoholUse]),
        Inv("d2.inducedOrInflatedDebt", D2, M, "Induced or inflated debt", [Debt.DebtManipulated]),
        Inv("d2.multipleDependency", D2, M, "Multiple dependency on the employer", [Vulnerability.MultipleDependency]),
        Inv("d2.preExistingDependency", D2, M, "Pre-existing dependency or employer influence over life outside work", [Vulnerability.PreExistingDependency]),
        Inv("d3.cannotResign", D3, S, "No freedom to resign according to legal rules", [Leaving.CannotResign]),
        Inv("d3.keptBeyondAgreedTerm", D3, S, "Forced to stay longer than agreed, waiting for wages due", [Leaving.KeptBeyondAgreedTerm]),
        Inv("d3.workIndefinitelyToRepayDebt", D3, S, "Forced to work indefinitely to repay a debt or advance", [Debt.MustWorkToRepay]),
        Inv("d3.boundByTrainingCosts", D3, M, "Reduced freedom to resign because of training or benefits paid by the employer", [Leaving.BoundByTrainingCosts]),
        Pen("penalty.violence", S, "Physical or sexual violence, or violence against a worker in front of others",
            [Threats.PhysicalViolence], [Threats.SexualViolenceOrHarassment], [Threats.ViolenceAgainstOthersWitnessed]),
        Pen("penalty.threatsOfViolence", S, "Threats of violence against the worker (ICLS 2018)", [Threats.ThreatsOfViolence]),
        Pen("penalty.threatsAgainstFamily", S, "Threats against family members", [Threats.ThreatsAgainstFamily]),
        Pen("penalty.documentsConfiscated", S, "Confiscation of identity or travel documents", [Documents.Held, Documents.NotReturnedOnRequest]),
        Pen("penalty.denunciation", S, "Denunciation, or threat of it, to the authorities or immigration; prosecution",
            [Threats.ThreatsOfDenunciationOrProsecution], [Leaving.ProsecutionForLeaving]),
        Pen("penalty.confinementAndSurveillance", S, "Locking in, constant surveillance, phone confiscation",
            [Movement.LockedInOrGuarded], [Movement.MovementsMonitored], [Movement.PhoneTakenOrNoContact]),
        Pen("penalty.withholdingOfWages", S, "Withholding of wages or other assets",
            [Pay.WagesUnpaid], [Pay.WagesDeferred], [Pay.WagesPaidToThirdParty], [Pay.ShareWithheldAboveLimit]),
        Pen("penalty.deprivation", S, "Other punishment: deprivation of food, water, sleep or care",
            [Conditions.DeprivedOfFoodWaterOrSleep], [Conditions.MedicalCareDenied]),
        Pen("penalty.dismissalOrFinancialPenalties", M, "Dismissal, extra work as discipline, financial penalties, removal of rights or privileges",
            [Threats.ThreatsOfDismissalOrFines]),
        Pen("penalty.exclusion", M, "Exclusion from future employment, community or country", [Leaving.BarredFromReturningHome]),
    ]);

    private static readonly FrozenSet<string> s_codes = All.Select(i => i.Code).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a code names a survey item.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when an item has this code.</returns>
    public static bool IsKnownCode(string code) => code is not null && s_codes.Contains(code);

    /// <summary>Every fact any item reads, as a mask.</summary>
    internal static ulong Mask { get; } = All.Aggregate(0UL, (m, i) => m | i.Mask);
}
