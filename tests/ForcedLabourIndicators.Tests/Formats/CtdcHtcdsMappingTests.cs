using ForcedLabourIndicators.Formats;

namespace ForcedLabourIndicators.Tests.Formats;

/// <summary>Small hand-made rows in the CTDC and HTCDS layouts: a missing flag is unknown, never no.</summary>
public class CtdcHtcdsMappingTests
{
    private const string CtdcHeader = "yearOfRegistration,Datasource,meansOfControlDebtBondage,meansOfControlWithholdsDocuments,meansOfControlThreats,meansOfControlUsesChildren,isAbduction,isForcedLabour\n";

    [Fact]
    public void Ctdc_FlagOneIsYes_ZeroIsNo_MinusNinetyNineIsUnknown()
    {
        var records = FormatTestHelpers.Read(CtdcHeader + "2015,Case Management,1,-99,0,,1,1\n");

        var c = Assert.Single(records).Case!;
        Assert.Equal("ctdc-000001", c.CaseId);
        Assert.Equal(Answer.Yes, c.Debt.MustWorkToRepay);
        Assert.Equal(Answer.Unknown, c.Documents.Held);
        Assert.Equal(Answer.No, c.Threats.ThreatsOfViolence);
        Assert.Equal(Answer.Unknown, c.Threats.ThreatsAgainstFamily);
        Assert.Equal(Answer.Yes, c.Recruitment.CoerciveRecruitment);
        Assert.Null(c.AgeAtTime);
    }

    [Fact]
    public void Ctdc_WithholdsDocuments_IsRetentionOfIdentityDocuments()
    {
        var c = Assert.Single(FormatTestHelpers.Read(CtdcHeader + "2015,Hotline,-99,1,-99,-99,-99,1\n")).Case!;

        Assert.Equal(FindingStatus.Present, c.Finding(IndicatorCodes.RetentionOfIdentityDocuments).Status);
        Assert.Equal(FindingStatus.Undetermined, c.Finding(IndicatorCodes.DebtBondage).Status);
    }

    [Fact]
    public void Ctdc_BadFlag_RejectsTheRecordNamingTheColumn_NotTheValue()
    {
        var records = FormatTestHelpers.Read(CtdcHeader + "2015,Hotline,maybe,1,-99,-99,-99,1\n2016,Hotline,1,1,1,1,1,1\n");

        Assert.Equal(2, records.Count);
        var error = Assert.Single(records[0].Errors);
        Assert.Equal("meansOfControlDebtBondage", error.Field);
        Assert.DoesNotContain("maybe", error.ToString(), StringComparison.Ordinal);
        Assert.True(records[1].IsRead);
    }

    [Fact]
    public void Htcds_ListedMeansAreYes_UnlistedAreUnknown_BothSpellingsAccepted()
    {
        var csv = "caseId,vic_MethodsOfControl,vic_AgeWhenTrafficked\n"
            + "h-1,PhysicalThreats;ThreatsLawEnforcement;PsychoactiveSubstance,16\n"
            + "h-2,Threats|ThreatOfLawEnforcement|PsychoactiveSubstances|RestrictsMovement,\n";

        var records = FormatTestHelpers.Read(csv);

        Assert.All(records, r => Assert.True(r.IsRead));
        foreach (var c in records.Select(r => r.Case!))
        {
            Assert.Equal(Answer.Yes, c.Threats.ThreatsOfViolence);
            Assert.Equal(Answer.Yes, c.Threats.ThreatsOfDenunciationOrProsecution);
            Assert.Equal(Answer.Yes, c.Threats.ForcedDrugOrAlcoholUse);
            Assert.Equal(Answer.Unknown, c.Debt.MustWorkToRepay);
            Assert.Equal(Answer.Unknown, c.Pay.WagesUnpaid);
        }

        Assert.Equal(16, records[0].Case!.AgeAtTime);
        Assert.Equal(Answer.Yes, records[1].Case!.Movement.LockedInOrGuarded);
        Assert.Equal(Answer.Unknown, records[0].Case!.Movement.LockedInOrGuarded);
    }

    [Fact]
    public void Htcds_UnknownPicklistValue_RejectsTheRecord()
    {
        var records = FormatTestHelpers.Read("caseId,vic_MethodsOfControl\nh-1,Hypnosis\n");

        Assert.Equal("vic_MethodsOfControl", Assert.Single(Assert.Single(records).Errors).Field);
    }
}
