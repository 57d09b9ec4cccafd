using static Pharos.Settings.Tests.Fixtures.SettingsFixtures;

namespace Pharos.Settings.Tests.Validation;

public sealed partial class SettingsValidatorTests
{
    [Fact]
    public void CheckUniqueness_SloNameTaken_ReportsCustomMessageOnName()
    {
        var existing = With(SloValue, v =>
        {
            v["metricName"] = "other_metric";
            v["filter"] = "type(\"SERVICE\"),tag(\"team:payments\")";
        });

        var violations = _validator.CheckUniqueness(Slo, Parse(SloValue), [existing]);

        AssertSingle(violations, SettingsViolationCodes.NotUniqueAcrossObjects, "builtin:monitoring.slo/0/name",
            "There is another SLO with an identical name defined. Please make your SLO name unique to save your changes.");
    }

    [Fact]
    public void CheckUniqueness_IdenticalSlo_ReportsEveryUniqueConstraint()
    {
        var violations = _validator.CheckUniqueness(Slo, Parse(SloValue), [Parse(SloValue)]);

        Assert.Equal(
            [
                "There is another SLO with an identical metric name defined. Please make your SLO metric name unique to save your changes.",
                "There is another SLO with an identical name defined. Please make your SLO name unique to save your changes.",
                "There is another identical SLO defined. Please make your SLO unique to save your changes.",
            ],
            violations.Select(v => v.Message).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void CheckUniqueness_DifferentNames_ReportsNothing()
    {
        var other = With(KubernetesLabelZone, v => v["name"] = "payments");

        Assert.Empty(_validator.CheckUniqueness(ManagementZones, Parse(KubernetesLabelZone), [other]));
        Assert.Empty(_validator.CheckUniqueness(ManagementZones, Parse(KubernetesLabelZone), []));
    }

    [Fact]
    public void CheckUniqueness_NamesDifferOnlyInCase_AreDistinct()
    {
        var other = With(KubernetesLabelZone, v => v["name"] = "Checkout");

        Assert.Empty(_validator.CheckUniqueness(ManagementZones, Parse(KubernetesLabelZone), [other]));
    }

    [Fact]
    public void CheckObjectCount_AtMaxObjects_ReportsLimit()
    {
        AssertSingle(_validator.CheckObjectCount(AlertingProfile, "environment", existingObjectsInScope: 1000),
            SettingsViolationCodes.MaxObjectsReached, "builtin:alerting.profile/0",
            "Schema 'builtin:alerting.profile' allows at most 1000 objects in scope 'environment'");
        Assert.Empty(_validator.CheckObjectCount(AlertingProfile, "environment", existingObjectsInScope: 999));
    }

    [Fact]
    public void CheckObjectCount_SingleObjectSchema_AllowsOne()
    {
        Assert.Empty(_validator.CheckObjectCount(MetricMetadata, "metric-func:x", existingObjectsInScope: 0));
        Assert.Single(_validator.CheckObjectCount(MetricMetadata, "metric-func:x", existingObjectsInScope: 1));
    }

    [Fact]
    public void CheckModification_ChangedNeverModifiableProperty_ReportsIt()
    {
        var updated = With(SloValue, v =>
        {
            v["metricName"] = "renamed";
            v["name"] = "Renamed SLO";
        });

        AssertSingle(_validator.CheckModification(Slo, Parse(SloValue), updated),
            SettingsViolationCodes.NotModifiable, "builtin:monitoring.slo/0/metricName", "Value cannot be modified after creation");
    }

    [Fact]
    public void CheckModification_SameValueDifferentSpelling_IsNotAChange()
    {
        var previous = With(StaticThresholdOnSelector, v => v["legacyId"] = "abc");
        var updated = With(StaticThresholdOnSelector, v =>
        {
            v["legacyId"] = "abc";
            v["summary"] = "changed";
        });

        Assert.Empty(_validator.CheckModification(MetricEvents, previous, updated));
    }

    [Fact]
    public void Validate_KnownObjectsWithoutReferencedObject_ReportsReferenceNotFound()
    {
        var options = new SettingsValidationOptions { KnownObjects = new Dictionary<string, string>() };

        AssertSingle(_validator.Validate(Notifications, "environment", Parse(EmailNotification), options),
            SettingsViolationCodes.ReferenceNotFound, "builtin:problem.notifications/0/alertingProfile",
            $"Referenced settings object '{AlertingProfileObjectId}' not found");
    }

    [Fact]
    public void Validate_KnownObjectsWithReferenceToWrongSchema_ReportsExpectedSchema()
    {
        var options = new SettingsValidationOptions { KnownObjects = new Dictionary<string, string> { [AlertingProfileObjectId] = ManagementZones } };

        AssertSingle(_validator.Validate(Notifications, "environment", Parse(EmailNotification), options),
            SettingsViolationCodes.ReferenceWrongSchema, "builtin:problem.notifications/0/alertingProfile",
            "Must reference a settings object of schema 'builtin:alerting.profile', not 'builtin:management-zones'");
    }

    [Fact]
    public void Validate_KnownObjectsWithReferencedObject_ReportsNothing()
    {
        var options = new SettingsValidationOptions
        {
            KnownObjects = new Dictionary<string, string> { [AlertingProfileObjectId] = AlertingProfile, [ManagementZoneObjectId] = ManagementZones },
        };

        Assert.Empty(_validator.Validate(Notifications, "environment", Parse(EmailNotification), options));
        Assert.Empty(_validator.Validate(AlertingProfile, "environment", Parse(AlertingProfileValue), options));
    }

    [Fact]
    public void Validate_DefaultAlertingProfileUuid_IsAcceptedEvenWithKnownObjects()
    {
        var value = With(EmailNotification, v => v["alertingProfile"] = "00000000-0000-0000-0000-000000000000");

        Assert.Empty(_validator.Validate(Notifications, "environment", value, new SettingsValidationOptions { KnownObjects = new Dictionary<string, string>() }));
    }
}
