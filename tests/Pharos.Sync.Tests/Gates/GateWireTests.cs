using Pharos.Dynatrace.Common;
using Pharos.Dynatrace.Events;
using Pharos.Dynatrace.Metrics;
using Pharos.Dynatrace.Problems;
using Pharos.Dynatrace.Slos;
using Pharos.Gates.Data;
using Pharos.Sync.Gates;

namespace Pharos.Sync.Tests.Gates;

public sealed class GateWireTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 40, 0, TimeSpan.Zero);

    private static EntityStub Stub(string id, string type, string? name = null) => new() { EntityId = new EntityIdentity { Id = id, Type = type }, Name = name };

    [Fact]
    public void Problem_OpenWithEndTimeMinusOne_HasNullEndAndItsEntities()
    {
        var problem = GateWire.Problem(new Problem
        {
            ProblemId = "-615_1669823466223V2",
            DisplayId = "P-2503141",
            Title = "Failure rate increase",
            SeverityLevel = "ERROR",
            ImpactLevel = "SERVICES",
            Status = "OPEN",
            StartTime = Start.ToUnixTimeMilliseconds(),
            EndTime = -1,
            AffectedEntities = [Stub("SERVICE-0000000000000001", "SERVICE", "payment-processor"), new EntityStub { Name = "no id" }],
            RootCauseEntity = Stub("SERVICE-0000000000000001", "SERVICE"),
        })!;

        Assert.Null(problem.EndTime);
        Assert.Equal(Start, problem.StartTime);
        Assert.Equal("P-2503141", problem.DisplayId);
        Assert.Equal([new GateEntity("SERVICE-0000000000000001", "SERVICE", "payment-processor")], problem.AffectedEntities);
        Assert.Equal("SERVICE-0000000000000001", problem.RootCauseEntity?.Id);
        Assert.Null(problem.LinkedProblemId);
        Assert.False(problem.UnderMaintenance);
    }

    [Fact]
    public void Problem_ClosedLinkedAndUnderMaintenance_MapsEndDuplicateAndMaintenance()
    {
        var problem = GateWire.Problem(new Problem
        {
            ProblemId = "p2",
            Status = "CLOSED",
            StartTime = Start.ToUnixTimeMilliseconds(),
            EndTime = Start.AddMinutes(5).ToUnixTimeMilliseconds(),
            LinkedProblemInfo = new LinkedProblem { ProblemId = "p1", DisplayId = "P-1" },
            EvidenceDetails = new EvidenceDetails { Details = [new Evidence { EvidenceType = "EVENT" }, new Evidence { EvidenceType = "maintenance_window" }] },
        })!;

        Assert.Equal(Start.AddMinutes(5), problem.EndTime);
        Assert.Equal("p2", problem.DisplayId);
        Assert.Equal("p1", problem.LinkedProblemId);
        Assert.Equal("P-1", problem.LinkedDisplayId);
        Assert.True(problem.UnderMaintenance);
    }

    [Fact]
    public void Problem_WithoutId_IsNull()
    {
        Assert.Null(GateWire.Problem(new Problem { DisplayId = "P-1" }));
    }

    [Fact]
    public void Event_PropertyList_BecomesAMapWhereTheLastValueWins()
    {
        var e = GateWire.Event(new DynatraceEvent
        {
            EventId = "e1",
            EventType = "CUSTOM_DEPLOYMENT",
            StartTime = Start.ToUnixTimeMilliseconds(),
            EndTime = null,
            EntityId = Stub("SERVICE-1", "SERVICE", "svc"),
            Properties = [new EventProperty { Key = "gitcommit", Value = "abc" }, new EventProperty { Key = "gitcommit", Value = "def" }, new EventProperty { Key = null, Value = "x" }],
        });

        Assert.Equal(new Dictionary<string, string> { ["gitcommit"] = "def" }, e.Properties);
        Assert.Equal(Start, e.StartTime);
        Assert.Null(e.EndTime);
        Assert.Equal(new GateEntity("SERVICE-1", "SERVICE", "svc"), e.Entity);
    }

    [Fact]
    public void Series_EveryCollectionsSeries_AreFlattenedWithTimesAndNulls()
    {
        var data = new MetricData
        {
            Result =
            [
                new MetricSeriesCollection
                {
                    Data =
                    [
                        new MetricSeries { DimensionMap = new Dictionary<string, string?> { ["dt.entity.service"] = "SERVICE-1" }, Timestamps = [Start.ToUnixTimeMilliseconds()], Values = [1.5] },
                        new MetricSeries { Timestamps = [Start.ToUnixTimeMilliseconds()], Values = [null] },
                    ],
                },
                new MetricSeriesCollection { Data = [new MetricSeries { Timestamps = [Start.AddMinutes(1).ToUnixTimeMilliseconds()], Values = [2.0] }] },
            ],
        };

        var series = GateWire.Series(data).ToList();

        Assert.Equal(3, series.Count);
        Assert.Equal("SERVICE-1", series[0].Dimensions["dt.entity.service"]);
        Assert.Equal([Start], series[0].Timestamps);
        Assert.Equal([null], series[1].Values);
        Assert.Equal([Start.AddMinutes(1)], series[2].Timestamps);
    }

    [Fact]
    public void Slo_EvaluatedWithBurnRate_MapsEveryNumber()
    {
        var slo = GateWire.Slo(new Slo
        {
            Id = "slo-1",
            Name = "availability",
            Status = "WARNING",
            Target = 99.9,
            Warning = 99.95,
            EvaluatedPercentage = 99.92,
            ErrorBudget = 0.02,
            Timeframe = "-1w",
            ErrorBudgetBurnRate = new SloBurnRate { BurnRateType = "FAST", BurnRateValue = 12, FastBurnThreshold = 10 },
        })!;

        Assert.Equal("NONE", slo.Error);
        Assert.Equal(0.02, slo.ErrorBudget);
        Assert.Equal(new GateSloBurnRate("FAST", 12, 10), slo.BurnRate);
        Assert.Null(GateWire.Slo(new Slo { Name = "no id" }));
    }

    [Fact]
    public void Ingest_RequestAndAnswer_RoundTripTimesPropertiesAndResults()
    {
        var ingest = GateWire.Ingest(new EventIngestRequest
        {
            EventType = "CUSTOM_DEPLOYMENT",
            Title = "Deploy",
            EntitySelector = "type(SERVICE)",
            StartTime = Start,
            Properties = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["a"] = "1" },
        });
        var response = GateWire.IngestResponse(new EventIngestResults
        {
            ReportCount = 2,
            Results = [new EventIngestResult { CorrelationId = "c1", Status = "OK" }, new EventIngestResult { CorrelationId = "c2" }],
        });

        Assert.Equal(Start.ToUnixTimeMilliseconds(), ingest.StartTime);
        Assert.Null(ingest.EndTime);
        Assert.Equal("1", ingest.Properties!["a"]);
        Assert.Equal([new EventIngestItem("c1", "OK"), new EventIngestItem("c2", "")], response.Results);
    }
}
