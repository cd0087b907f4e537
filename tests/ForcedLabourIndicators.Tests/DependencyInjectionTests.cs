using Microsoft.Extensions.DependencyInjection;

namespace ForcedLabourIndicators.Tests;

/// <summary>Registration with Microsoft.Extensions.DependencyInjection.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public void AddForcedLabourIndicators_RegistersOneSharedAssessor()
    {
        using var provider = new ServiceCollection().AddForcedLabourIndicators().BuildServiceProvider();

        var assessor = provider.GetRequiredService<ICaseAssessor>();

        Assert.Same(assessor, provider.GetRequiredService<CaseAssessor>());
        Assert.Same(assessor.Methodology, provider.GetRequiredService<Methodology>());
        Assert.Equal(Band.Refer, assessor.Assess(ExampleCases.LabourExportProgramme).Band);
    }

    [Fact]
    public void AddForcedLabourIndicators_AppliesOptions()
    {
        using var provider = new ServiceCollection()
            .AddForcedLabourIndicators(o =>
            {
                o.MethodologyBuilder.WeeklyHoursLimit = 40;
                o.AdditionalRules.Add(new ScoringPropertyTests.RecruitmentFeeRule());
            })
            .BuildServiceProvider();

        var assessor = provider.GetRequiredService<ICaseAssessor>();

        Assert.Equal(40, assessor.Methodology.WeeklyHoursLimit);
        Assert.Contains(assessor.Rules, r => r.Code == "NAT-FEES");
    }

    [Fact]
    public void AddForcedLabourIndicators_IsIdempotent()
    {
        var services = new ServiceCollection().AddForcedLabourIndicators().AddForcedLabourIndicators(o => o.MethodologyBuilder.WeeklyHoursLimit = 40);

        Assert.Single(services, d => d.ServiceType == typeof(ICaseAssessor));
        Assert.Single(services, d => d.ServiceType == typeof(CaseAssessor));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(48, provider.GetRequiredService<ICaseAssessor>().Methodology.WeeklyHoursLimit);
    }

    [Fact]
    public void AddForcedLabourIndicators_InvalidOptions_FailAtRegistration()
    {
        var services = new ServiceCollection();

        Assert.Throws<MethodologyValidationException>(() => services.AddForcedLabourIndicators(o => o.MethodologyBuilder.ReferScore = -1));
        Assert.Empty(services);
    }
}
