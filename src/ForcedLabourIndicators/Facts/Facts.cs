namespace ForcedLabourIndicators;

/// <summary>
/// The catalogue of every fact the library reads, grouped as on <see cref="WorkerCase"/>, each with a stable code.
/// </summary>
/// <remarks>The catalogue is fixed and immutable; it is safe to read from any thread.</remarks>
public static partial class Facts
{
    // Indices are explicit so that a fact's bit never depends on which nested class the program touches first.
    private static Fact F(int index, string code, FactGroup group, string question, Func<WorkerCase, Answer> get, Func<WorkerCase, Answer, WorkerCase> set) =>
        new(index, code, group, question, get, set);

    private static Fact Derived(int index, string code, FactGroup group, string question, QuantityFact from) =>
        new(index, code, group, question, null, null, from);

    private static QuantityFact Q(int index, string code, FactGroup group, string description, string unit, double min, double max,
        Func<WorkerCase, double?> get, Func<WorkerCase, double?, WorkerCase> set) =>
        new(index, code, group, description, unit, min, max, get, set);

    // Quantities come first: derived facts refer to them. Field initializers run in textual order.

    /// <summary><c>pay.shareOfPayWithheld</c>: the share of pay kept by the employer, an agency or the state (0-1).</summary>
    public static readonly QuantityFact ShareOfPayWithheld = Q(0, "pay.shareOfPayWithheld", FactGroup.Pay,
        "Share of the worker's pay kept back by the employer, an agency or the state, beyond lawful deductions such as taxes and social security", "share 0-1", 0, 1,
        c => c.Pay.ShareOfPayWithheld, (c, v) => c with { Pay = c.Pay with { ShareOfPayWithheld = v } });

    /// <summary><c>pay.promisedMonthlyPay</c>: monthly pay promised at recruitment.</summary>
    public static readonly QuantityFact PromisedMonthlyPay = Q(1, "pay.promisedMonthlyPay", FactGroup.Pay,
        "Monthly pay promised at recruitment", "money per month", 0, double.PositiveInfinity,
        c => c.Pay.PromisedMonthlyPay, (c, v) => c with { Pay = c.Pay with { PromisedMonthlyPay = v } });

    /// <summary><c>pay.paidMonthlyPay</c>: monthly pay actually received.</summary>
    public static readonly QuantityFact PaidMonthlyPay = Q(2, "pay.paidMonthlyPay", FactGroup.Pay,
        "Monthly pay actually received by the worker", "money per month", 0, double.PositiveInfinity,
        c => c.Pay.PaidMonthlyPay, (c, v) => c with { Pay = c.Pay with { PaidMonthlyPay = v } });

    /// <summary><c>workingTime.hoursPerWeek</c>: usual hours worked per week (0-168).</summary>
    public static readonly QuantityFact HoursPerWeek = Q(3, "workingTime.hoursPerWeek", FactGroup.WorkingTime,
        "Usual hours worked per week", "hours per week", 0, 168,
        c => c.WorkingTime.HoursPerWeek, (c, v) => c with { WorkingTime = c.WorkingTime with { HoursPerWeek = v } });

    /// <summary><c>workingTime.daysOffPerWeek</c>: usual full days off per week (0-7).</summary>
    public static readonly QuantityFact DaysOffPerWeek = Q(4, "workingTime.daysOffPerWeek", FactGroup.WorkingTime,
        "Usual full days off per week", "days per week", 0, 7,
        c => c.WorkingTime.DaysOffPerWeek, (c, v) => c with { WorkingTime = c.WorkingTime with { DaysOffPerWeek = v } });

    /// <summary><c>debt.amountOwed</c>: the amount the worker owes.</summary>
    public static readonly QuantityFact AmountOwed = Q(5, "debt.amountOwed", FactGroup.Debt,
        "Amount the worker owes to the employer, recruiter or others", "money", 0, double.PositiveInfinity,
        c => c.Debt.AmountOwed, (c, v) => c with { Debt = c.Debt with { AmountOwed = v } });

    /// <summary><c>debt.monthsToRepay</c>: months of work needed to repay the debt.</summary>
    public static readonly QuantityFact MonthsToRepay = Q(6, "debt.monthsToRepay", FactGroup.Debt,
        "Months of work the worker needs to repay the debt", "months", 0, double.PositiveInfinity,
        c => c.Debt.MonthsToRepay, (c, v) => c with { Debt = c.Debt with { MonthsToRepay = v } });

    /// <summary>Recruitment facts.</summary>
    public static class Recruitment
    {
        /// <summary><c>recruitment.bornIntoBondage</c></summary>
        public static readonly Fact BornIntoBondage = F(0, "recruitment.bornIntoBondage", FactGroup.Recruitment,
            "Was the worker born or descended into slave or bonded status?",
            c => c.Recruitment.BornIntoBondage, (c, v) => c with { Recruitment = c.Recruitment with { BornIntoBondage = v } });

        /// <summary><c>recruitment.coerciveRecruitment</c></summary>
        public static readonly Fact CoerciveRecruitment = F(1, "recruitment.coerciveRecruitment", FactGroup.Recruitment,
            "Was the worker abducted, confined during recruitment, or sold?",
            c => c.Recruitment.CoerciveRecruitment, (c, v) => c with { Recruitment = c.Recruitment with { CoerciveRecruitment = v } });

        /// <summary><c>recruitment.deceivedAboutNatureOfWork</c></summary>
        public static readonly Fact DeceivedAboutNatureOfWork = F(2, "recruitment.deceivedAboutNatureOfWork", FactGroup.Recruitment,
            "Was the worker deceived about the nature of the work (a different job than agreed)?",
            c => c.Recruitment.DeceivedAboutNatureOfWork, (c, v) => c with { Recruitment = c.Recruitment with { DeceivedAboutNatureOfWork = v } });

        /// <summary><c>recruitment.deceivedAboutConditions</c></summary>
        public static readonly Fact DeceivedAboutConditions = F(3, "recruitment.deceivedAboutConditions", FactGroup.Recruitment,
            "Was the worker deceived about hours, housing, location, employer or legal status?",
            c => c.Recruitment.DeceivedAboutConditions, (c, v) => c with { Recruitment = c.Recruitment with { DeceivedAboutConditions = v } });

        /// <summary><c>recruitment.contractWithheldOrSubstituted</c></summary>
        public static readonly Fact ContractWithheldOrSubstituted = F(4, "recruitment.contractWithheldOrSubstituted", FactGroup.Recruitment,
            "Was the contract substituted, withheld, or were its terms hidden from the worker?",
            c => c.Recruitment.ContractWithheldOrSubstituted, (c, v) => c with { Recruitment = c.Recruitment with { ContractWithheldOrSubstituted = v } });

        /// <summary><c>recruitment.recruitmentDebt</c></summary>
        public static readonly Fact RecruitmentDebt = F(5, "recruitment.recruitmentDebt", FactGroup.Recruitment,
            "Was recruitment tied to a debt (fees, travel costs or an advance)?",
            c => c.Recruitment.RecruitmentDebt, (c, v) => c with { Recruitment = c.Recruitment with { RecruitmentDebt = v } });

        /// <summary><c>recruitment.deceptiveMarriagePromise</c></summary>
        public static readonly Fact DeceptiveMarriagePromise = F(6, "recruitment.deceptiveMarriagePromise", FactGroup.Recruitment,
            "Was the worker recruited through a deceptive promise of marriage?",
            c => c.Recruitment.DeceptiveMarriagePromise, (c, v) => c with { Recruitment = c.Recruitment with { DeceptiveMarriagePromise = v } });
    }

    /// <summary>Pay facts.</summary>
    public static class Pay
    {
        /// <summary><c>pay.wagesUnpaid</c></summary>
        public static readonly Fact WagesUnpaid = F(7, "pay.wagesUnpaid", FactGroup.Pay,
            "Are wages systematically not paid?",
            c => c.Pay.WagesUnpaid, (c, v) => c with { Pay = c.Pay with { WagesUnpaid = v } });

        /// <summary><c>pay.wagesDeferred</c></summary>
        public static readonly Fact WagesDeferred = F(8, "pay.wagesDeferred", FactGroup.Pay,
            "Are wages deferred to the end of the contract or held as \"savings\" by the employer?",
            c => c.Pay.WagesDeferred, (c, v) => c with { Pay = c.Pay with { WagesDeferred = v } });

        /// <summary><c>pay.wagesPaidToThirdParty</c></summary>
        public static readonly Fact WagesPaidToThirdParty = F(9, "pay.wagesPaidToThirdParty", FactGroup.Pay,
            "Are wages paid to a recruiter, agency or the state rather than to the worker?",
            c => c.Pay.WagesPaidToThirdParty, (c, v) => c with { Pay = c.Pay with { WagesPaidToThirdParty = v } });

        /// <summary><c>pay.shareWithheldAboveLimit</c>: derived from <c>pay.shareOfPayWithheld</c> against <see cref="Methodology.SystematicWithholdingShare"/>.</summary>
        public static readonly Fact ShareWithheldAboveLimit = Derived(10, "pay.shareWithheldAboveLimit", FactGroup.Pay,
            "Is the share of pay withheld at or above the share that counts as systematic withholding?", ShareOfPayWithheld);

        /// <summary><c>pay.paidLessThanPromised</c>: derived from <c>pay.paidMonthlyPay</c> and <c>pay.promisedMonthlyPay</c> against <see cref="Methodology.PayShortfallShare"/>.</summary>
        public static readonly Fact PaidLessThanPromised = Derived(11, "pay.paidLessThanPromised", FactGroup.Pay,
            "Is the pay received short of the pay promised by at least the shortfall that counts as deception?", PaidMonthlyPay);
    }

    /// <summary>Working-time facts.</summary>
    public static class WorkingTime
    {
        /// <summary><c>workingTime.hoursAboveLimit</c>: derived from <c>workingTime.hoursPerWeek</c> against <see cref="Methodology.WeeklyHoursLimit"/>.</summary>
        public static readonly Fact HoursAboveLimit = Derived(12, "workingTime.hoursAboveLimit", FactGroup.WorkingTime,
            "Does the worker work more hours per week than the legal limit?", HoursPerWeek);

        /// <summary><c>workingTime.restBelowMinimum</c>: derived from <c>workingTime.daysOffPerWeek</c> against <see cref="Methodology.MinimumRestDaysPerWeek"/>.</summary>
        public static readonly Fact RestBelowMinimum = Derived(13, "workingTime.restBelowMinimum", FactGroup.WorkingTime,
            "Does the worker get fewer days off per week than the minimum weekly rest?", DaysOffPerWeek);

        /// <summary><c>workingTime.overtimeCompulsory</c></summary>
        public static readonly Fact OvertimeCompulsory = F(14, "workingTime.overtimeCompulsory", FactGroup.WorkingTime,
            "Is overtime imposed, so that the worker cannot refuse it without a penalty?",
            c => c.WorkingTime.OvertimeCompulsory, (c, v) => c with { WorkingTime = c.WorkingTime with { OvertimeCompulsory = v } });

        /// <summary><c>workingTime.onCallDayAndNight</c></summary>
        public static readonly Fact OnCallDayAndNight = F(15, "workingTime.onCallDayAndNight", FactGroup.WorkingTime,
            "Is the worker forced to be on call day and night?",
            c => c.WorkingTime.OnCallDayAndNight, (c, v) => c with { WorkingTime = c.WorkingTime with { OnCallDayAndNight = v } });
    }

    /// <summary>Document facts.</summary>
    public static class Documents
    {
        /// <summary><c>documents.held</c></summary>
        public static readonly Fact Held = F(16, "documents.held", FactGroup.Documents,
            "Does the employer, recruiter, agency or state hold the worker's identity, travel or other personal documents?",
            c => c.Documents.Held, (c, v) => c with { Documents = c.Documents with { Held = v } });

        /// <summary><c>documents.notReturnedOnRequest</c></summary>
        public static readonly Fact NotReturnedOnRequest = F(17, "documents.notReturnedOnRequest", FactGroup.Documents,
            "Are the documents withheld when the worker asks for them?",
            c => c.Documents.NotReturnedOnRequest, (c, v) => c with { Documents = c.Documents with { NotReturnedOnRequest = v } });
    }

    /// <summary>Movement and communication facts.</summary>
    public static class Movement
    {
        /// <summary><c>movement.lockedInOrGuarded</c></summary>
        public static readonly Fact LockedInOrGuarded = F(18, "movement.lockedInOrGuarded", FactGroup.MovementAndCommunication,
            "Is the worker locked in or guarded at the workplace or lodging?",
            c => c.Movement.LockedInOrGuarded, (c, v) => c with { Movement = c.Movement with { LockedInOrGuarded = v } });

        /// <summary><c>movement.curfewOrPermissionToLeave</c></summary>
        public static readonly Fact CurfewOrPermissionToLeave = F(19, "movement.curfewOrPermissionToLeave", FactGroup.MovementAndCommunication,
            "Is the worker under a curfew, or needs permission to go out or to travel?",
            c => c.Movement.CurfewOrPermissionToLeave, (c, v) => c with { Movement = c.Movement with { CurfewOrPermissionToLeave = v } });

        /// <summary><c>movement.movementsMonitored</c></summary>
        public static readonly Fact MovementsMonitored = F(20, "movement.movementsMonitored", FactGroup.MovementAndCommunication,
            "Are the worker's movements watched, escorted or reported on?",
            c => c.Movement.MovementsMonitored, (c, v) => c with { Movement = c.Movement with { MovementsMonitored = v } });

        /// <summary><c>movement.contactsMonitored</c></summary>
        public static readonly Fact ContactsMonitored = F(21, "movement.contactsMonitored", FactGroup.MovementAndCommunication,
            "Are the worker's contacts and communications monitored?",
            c => c.Movement.ContactsMonitored, (c, v) => c with { Movement = c.Movement with { ContactsMonitored = v } });

        /// <summary><c>movement.phoneTakenOrNoContact</c></summary>
        public static readonly Fact PhoneTakenOrNoContact = F(22, "movement.phoneTakenOrNoContact", FactGroup.MovementAndCommunication,
            "Was the worker's phone taken, or has the worker no way to contact outside help?",
            c => c.Movement.PhoneTakenOrNoContact, (c, v) => c with { Movement = c.Movement with { PhoneTakenOrNoContact = v } });

        /// <summary><c>movement.isolatedLocation</c></summary>
        public static readonly Fact IsolatedLocation = F(23, "movement.isolatedLocation", FactGroup.MovementAndCommunication,
            "Is the workplace isolated, or does the worker not know where it is?",
            c => c.Movement.IsolatedLocation, (c, v) => c with { Movement = c.Movement with { IsolatedLocation = v } });

        /// <summary><c>movement.familyContactRestricted</c></summary>
        public static readonly Fact FamilyContactRestricted = F(24, "movement.familyContactRestricted", FactGroup.MovementAndCommunication,
            "Is the worker kept apart from family, or is contact with family controlled?",
            c => c.Movement.FamilyContactRestricted, (c, v) => c with { Movement = c.Movement with { FamilyContactRestricted = v } });
    }

    /// <summary>Violence, threats and intimidation facts.</summary>
    public static class Threats
    {
        /// <summary><c>threats.physicalViolence</c></summary>
        public static readonly Fact PhysicalViolence = F(25, "threats.physicalViolence", FactGroup.ThreatsAndViolence,
            "Has the worker suffered physical violence?",
            c => c.Threats.PhysicalViolence, (c, v) => c with { Threats = c.Threats with { PhysicalViolence = v } });

        /// <summary><c>threats.sexualViolenceOrHarassment</c></summary>
        public static readonly Fact SexualViolenceOrHarassment = F(26, "threats.sexualViolenceOrHarassment", FactGroup.ThreatsAndViolence,
            "Has the worker suffered sexual violence or sexual harassment?",
            c => c.Threats.SexualViolenceOrHarassment, (c, v) => c with { Threats = c.Threats with { SexualViolenceOrHarassment = v } });

        /// <summary><c>threats.forcedDrugOrAlcoholUse</c></summary>
        public static readonly Fact ForcedDrugOrAlcoholUse = F(27, "threats.forcedDrugOrAlcoholUse", FactGroup.ThreatsAndViolence,
            "Is the worker forced or induced to take drugs or alcohol?",
            c => c.Threats.ForcedDrugOrAlcoholUse, (c, v) => c with { Threats = c.Threats with { ForcedDrugOrAlcoholUse = v } });

        /// <summary><c>threats.violenceAgainstOthersWitnessed</c></summary>
        public static readonly Fact ViolenceAgainstOthersWitnessed = F(28, "threats.violenceAgainstOthersWitnessed", FactGroup.ThreatsAndViolence,
            "Has the worker witnessed violence against co-workers used as an example?",
            c => c.Threats.ViolenceAgainstOthersWitnessed, (c, v) => c with { Threats = c.Threats with { ViolenceAgainstOthersWitnessed = v } });

        /// <summary><c>threats.threatsOfViolence</c></summary>
        public static readonly Fact ThreatsOfViolence = F(29, "threats.threatsOfViolence", FactGroup.ThreatsAndViolence,
            "Has the worker been threatened with violence?",
            c => c.Threats.ThreatsOfViolence, (c, v) => c with { Threats = c.Threats with { ThreatsOfViolence = v } });

        /// <summary><c>threats.threatsAgainstFamily</c></summary>
        public static readonly Fact ThreatsAgainstFamily = F(30, "threats.threatsAgainstFamily", FactGroup.ThreatsAndViolence,
            "Has the worker's family been threatened?",
            c => c.Threats.ThreatsAgainstFamily, (c, v) => c with { Threats = c.Threats with { ThreatsAgainstFamily = v } });

        /// <summary><c>threats.threatsOfDenunciationOrProsecution</c></summary>
        public static readonly Fact ThreatsOfDenunciationOrProsecution = F(31, "threats.threatsOfDenunciationOrProsecution", FactGroup.ThreatsAndViolence,
            "Has the worker been threatened with denunciation to the police or immigration, or with prosecution (including by officials)?",
            c => c.Threats.ThreatsOfDenunciationOrProsecution, (c, v) => c with { Threats = c.Threats with { ThreatsOfDenunciationOrProsecution = v } });

        /// <summary><c>threats.threatsOfDismissalOrFines</c></summary>
        public static readonly Fact ThreatsOfDismissalOrFines = F(32, "threats.threatsOfDismissalOrFines", FactGroup.ThreatsAndViolence,
            "Has the worker been threatened with dismissal, fines, extra work, or loss of rights or privileges?",
            c => c.Threats.ThreatsOfDismissalOrFines, (c, v) => c with { Threats = c.Threats with { ThreatsOfDismissalOrFines = v } });

        /// <summary><c>threats.psychologicalAbuse</c></summary>
        public static readonly Fact PsychologicalAbuse = F(33, "threats.psychologicalAbuse", FactGroup.ThreatsAndViolence,
            "Is the worker subjected to psychological abuse: verbal abuse, humiliation or insults used to intimidate?",
            c => c.Threats.PsychologicalAbuse, (c, v) => c with { Threats = c.Threats with { PsychologicalAbuse = v } });
    }

    /// <summary>Debt facts.</summary>
    public static class Debt
    {
        /// <summary><c>debt.mustWorkToRepay</c></summary>
        public static readonly Fact MustWorkToRepay = F(34, "debt.mustWorkToRepay", FactGroup.Debt,
            "Must the worker keep working to repay a debt or advance, unable to leave before it is repaid?",
            c => c.Debt.MustWorkToRepay, (c, v) => c with { Debt = c.Debt with { MustWorkToRepay = v } });

        /// <summary><c>debt.debtManipulated</c></summary>
        public static readonly Fact DebtManipulated = F(35, "debt.debtManipulated", FactGroup.Debt,
            "Is the debt induced or inflated (falsified accounts, inflated prices, undervalued output, excessive interest)?",
            c => c.Debt.DebtManipulated, (c, v) => c with { Debt = c.Debt with { DebtManipulated = v } });

        /// <summary><c>debt.repaymentBeyondLimit</c>: derived from <c>debt.monthsToRepay</c> against <see cref="Methodology.DebtRepaymentMonthsLimit"/>.</summary>
        public static readonly Fact RepaymentBeyondLimit = Derived(36, "debt.repaymentBeyondLimit", FactGroup.Debt,
            "Would repaying the debt take longer than the limit beyond which it binds the worker?", MonthsToRepay);
    }

    /// <summary>Working and living condition facts.</summary>
    public static class Conditions
    {
        /// <summary><c>conditions.degradingLivingConditions</c></summary>
        public static readonly Fact DegradingLivingConditions = F(37, "conditions.degradingLivingConditions", FactGroup.Conditions,
            "Does the employer impose degrading, overcrowded or unsafe living conditions?",
            c => c.Conditions.DegradingLivingConditions, (c, v) => c with { Conditions = c.Conditions with { DegradingLivingConditions = v } });

        /// <summary><c>conditions.hazardousWorkWithoutProtection</c></summary>
        public static readonly Fact HazardousWorkWithoutProtection = F(38, "conditions.hazardousWorkWithoutProtection", FactGroup.Conditions,
            "Is the worker made to do hazardous work without protection, without having consented to it?",
            c => c.Conditions.HazardousWorkWithoutProtection, (c, v) => c with { Conditions = c.Conditions with { HazardousWorkWithoutProtection = v } });

        /// <summary><c>conditions.deprivedOfFoodWaterOrSleep</c></summary>
        public static readonly Fact DeprivedOfFoodWaterOrSleep = F(39, "conditions.deprivedOfFoodWaterOrSleep", FactGroup.Conditions,
            "Is the worker deprived of food, water or sleep?",
            c => c.Conditions.DeprivedOfFoodWaterOrSleep, (c, v) => c with { Conditions = c.Conditions with { DeprivedOfFoodWaterOrSleep = v } });

        /// <summary><c>conditions.medicalCareDenied</c></summary>
        public static readonly Fact MedicalCareDenied = F(40, "conditions.medicalCareDenied", FactGroup.Conditions,
            "Is medical care denied to the worker or controlled by the employer?",
            c => c.Conditions.MedicalCareDenied, (c, v) => c with { Conditions = c.Conditions with { MedicalCareDenied = v } });
    }

    /// <summary>Facts about leaving the job.</summary>
    public static class Leaving
    {
        /// <summary><c>leaving.cannotResign</c></summary>
        public static readonly Fact CannotResign = F(41, "leaving.cannotResign", FactGroup.Leaving,
            "Is the worker unable to resign as the law allows?",
            c => c.Leaving.CannotResign, (c, v) => c with { Leaving = c.Leaving with { CannotResign = v } });

        /// <summary><c>leaving.keptBeyondAgreedTerm</c></summary>
        public static readonly Fact KeptBeyondAgreedTerm = F(42, "leaving.keptBeyondAgreedTerm", FactGroup.Leaving,
            "Is the worker kept longer than agreed, for example waiting for wages due?",
            c => c.Leaving.KeptBeyondAgreedTerm, (c, v) => c with { Leaving = c.Leaving with { KeptBeyondAgreedTerm = v } });

        /// <summary><c>leaving.boundByTrainingCosts</c></summary>
        public static readonly Fact BoundByTrainingCosts = F(43, "leaving.boundByTrainingCosts", FactGroup.Leaving,
            "Is the worker's freedom to resign reduced by training costs or benefits paid by the employer?",
            c => c.Leaving.BoundByTrainingCosts, (c, v) => c with { Leaving = c.Leaving with { BoundByTrainingCosts = v } });

        /// <summary><c>leaving.prosecutionForLeaving</c></summary>
        public static readonly Fact ProsecutionForLeaving = F(44, "leaving.prosecutionForLeaving", FactGroup.Leaving,
            "Do those who leave face prosecution or prison?",
            c => c.Leaving.ProsecutionForLeaving, (c, v) => c with { Leaving = c.Leaving with { ProsecutionForLeaving = v } });

        /// <summary><c>leaving.barredFromReturningHome</c></summary>
        public static readonly Fact BarredFromReturningHome = F(45, "leaving.barredFromReturningHome", FactGroup.Leaving,
            "Are those who leave barred from returning home, or excluded from future employment or community life?",
            c => c.Leaving.BarredFromReturningHome, (c, v) => c with { Leaving = c.Leaving with { BarredFromReturningHome = v } });
    }

    /// <summary>Vulnerability facts.</summary>
    public static class Vulnerability
    {
        /// <summary><c>vulnerability.weakPositionExploited</c></summary>
        public static readonly Fact WeakPositionExploited = F(46, "vulnerability.weakPositionExploited", FactGroup.Vulnerability,
            "Does the employer take advantage of the worker's weak position (language, legal knowledge, status, few options, poverty)?",
            c => c.Vulnerability.WeakPositionExploited, (c, v) => c with { Vulnerability = c.Vulnerability with { WeakPositionExploited = v } });

        /// <summary><c>vulnerability.multipleDependency</c></summary>
        public static readonly Fact MultipleDependency = F(47, "vulnerability.multipleDependency", FactGroup.Vulnerability,
            "Does the worker depend on the employer for more than the job (housing, food, relatives' jobs)?",
            c => c.Vulnerability.MultipleDependency, (c, v) => c with { Vulnerability = c.Vulnerability with { MultipleDependency = v } });

        /// <summary><c>vulnerability.preExistingDependency</c></summary>
        public static readonly Fact PreExistingDependency = F(48, "vulnerability.preExistingDependency", FactGroup.Vulnerability,
            "Does the worker have a pre-existing dependency on the employer, or does the employer control life outside work?",
            c => c.Vulnerability.PreExistingDependency, (c, v) => c with { Vulnerability = c.Vulnerability with { PreExistingDependency = v } });
    }

    /// <summary>Facts for the child rule of the determination.</summary>
    public static class Child
    {
        /// <summary><c>child.parentsInForcedLabour</c></summary>
        public static readonly Fact ParentsInForcedLabour = F(49, "child.parentsInForcedLabour", FactGroup.Child,
            "Does the child work as a direct result of a parent being in forced labour?",
            c => c.Child.ParentsInForcedLabour, (c, v) => c with { Child = c.Child with { ParentsInForcedLabour = v } });

        /// <summary><c>child.worstForms</c></summary>
        public static readonly Fact WorstForms = F(50, "child.worstForms", FactGroup.Child,
            "Is the work one of the worst forms of child labour of C182 Art. 3(a)-(c)?",
            c => c.Child.WorstForms, (c, v) => c with { Child = c.Child with { WorstForms = v } });

        /// <summary><c>child.coercedByThirdParty</c></summary>
        public static readonly Fact CoercedByThirdParty = F(51, "child.coercedByThirdParty", FactGroup.Child,
            "Is the child made to work under coercion by someone other than the parents, applied to the child or to the parents?",
            c => c.Child.CoercedByThirdParty, (c, v) => c with { Child = c.Child with { CoercedByThirdParty = v } });
    }
}
