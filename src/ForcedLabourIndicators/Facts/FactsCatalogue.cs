using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ForcedLabourIndicators;

public static partial class Facts
{
    /// <summary>Every yes/no fact, answered and derived, in catalogue order.</summary>
    public static IReadOnlyList<Fact> All => Catalogue.AllReadOnly;

    /// <summary>Every quantity, in catalogue order.</summary>
    public static IReadOnlyList<QuantityFact> Quantities => Catalogue.QuantitiesReadOnly;

    /// <summary>Every yes/no fact as an array, for loops that must not allocate.</summary>
    internal static Fact[] AllArray => Catalogue.AllFacts;

    /// <summary>Every quantity as an array, for loops that must not allocate.</summary>
    internal static QuantityFact[] QuantitiesArray => Catalogue.AllQuantities;

    /// <summary>Code of the worker's age at the time (<see cref="WorkerCase.AgeAtTime"/>).</summary>
    public const string AgeAtTimeCode = "ageAtTime";

    /// <summary>Code of the excluded-context flag (<see cref="WorkerCase.ExcludedContext"/>).</summary>
    public const string ExcludedContextCode = "excludedContext";

    /// <summary>Code of the case id (<see cref="WorkerCase.CaseId"/>).</summary>
    public const string CaseIdCode = "caseId";

    /// <summary>Finds a yes/no fact by its code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code, e.g. <c>documents.held</c>.</param>
    /// <param name="fact">The fact, when found.</param>
    /// <returns>Whether the code names a fact.</returns>
    public static bool TryFind(string code, [NotNullWhen(true)] out Fact? fact)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Catalogue.FactsByCode.TryGetValue(code, out fact);
    }

    /// <summary>Finds a quantity by its code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code, e.g. <c>workingTime.hoursPerWeek</c>.</param>
    /// <param name="quantity">The quantity, when found.</param>
    /// <returns>Whether the code names a quantity.</returns>
    public static bool TryFindQuantity(string code, [NotNullWhen(true)] out QuantityFact? quantity)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Catalogue.QuantitiesByCode.TryGetValue(code, out quantity);
    }

    /// <summary>
    /// Built on first use, after every fact field has been initialised (touching the nested classes runs their initialisers).
    /// </summary>
    private static class Catalogue
    {
        internal static readonly Fact[] AllFacts = Collect();
        internal static readonly QuantityFact[] AllQuantities =
            [ShareOfPayWithheld, PromisedMonthlyPay, PaidMonthlyPay, HoursPerWeek, DaysOffPerWeek, AmountOwed, MonthsToRepay];
        internal static readonly System.Collections.ObjectModel.ReadOnlyCollection<Fact> AllReadOnly = Array.AsReadOnly(AllFacts);
        internal static readonly System.Collections.ObjectModel.ReadOnlyCollection<QuantityFact> QuantitiesReadOnly = Array.AsReadOnly(AllQuantities);
        internal static readonly FrozenDictionary<string, Fact> FactsByCode = AllFacts.ToFrozenDictionary(f => f.Code, StringComparer.Ordinal);
        internal static readonly FrozenDictionary<string, QuantityFact> QuantitiesByCode = AllQuantities.ToFrozenDictionary(f => f.Code, StringComparer.Ordinal);

        private static Fact[] Collect()
        {
            Fact[] facts =
            [
                Recruitment.BornIntoBondage, Recruitment.CoerciveRecruitment, Recruitment.DeceivedAboutNatureOfWork,
                Recruitment.DeceivedAboutConditions, Recruitment.ContractWithheldOrSubstituted, Recruitment.RecruitmentDebt,
                Recruitment.DeceptiveMarriagePromise,
                Pay.WagesUnpaid, Pay.WagesDeferred, Pay.WagesPaidToThirdParty, Pay.ShareWithheldAboveLimit, Pay.PaidLessThanPromised,
                WorkingTime.HoursAboveLimit, WorkingTime.RestBelowMinimum, WorkingTime.OvertimeCompulsory, WorkingTime.OnCallDayAndNight,
                Documents.Held, Documents.NotReturnedOnRequest,
                Movement.LockedInOrGuarded, Movement.CurfewOrPermissionToLeave, Movement.MovementsMonitored, Movement.ContactsMonitored,
                Movement.PhoneTakenOrNoContact, Movement.IsolatedLocation, Movement.FamilyContactRestricted,
                Threats.PhysicalViolence, Threats.SexualViolenceOrHarassment, Threats.ForcedDrugOrAlcoholUse,
                Threats.ViolenceAgainstOthersWitnessed, Threats.ThreatsOfViolence, Threats.ThreatsAgainstFamily,
                Threats.ThreatsOfDenunciationOrProsecution, Threats.ThreatsOfDismissalOrFines, Threats.PsychologicalAbuse,
                Debt.MustWorkToRepay, Debt.DebtManipulated, Debt.RepaymentBeyondLimit,
                Conditions.DegradingLivingConditions, Conditions.HazardousWorkWithoutProtection,
                Conditions.DeprivedOfFoodWaterOrSleep, Conditions.MedicalCareDenied,
                Leaving.CannotResign, Leaving.KeptBeyondAgreedTerm, Leaving.BoundByTrainingCosts,
                Leaving.ProsecutionForLeaving, Leaving.BarredFromReturningHome,
                Vulnerability.WeakPositionExploited, Vulnerability.MultipleDependency, Vulnerability.PreExistingDependency,
                Child.ParentsInForcedLabour, Child.WorstForms, Child.CoercedByThirdParty,
            ];
            Array.Sort(facts, static (a, b) => a.Index.CompareTo(b.Index));
            return facts;
        }
    }
}
