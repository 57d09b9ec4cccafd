using Pharos.Gates.Data;
using Pharos.Gates.Tests.TestSupport;
using Pharos.Gates.Traceability;

namespace Pharos.Gates.Tests.Traceability;

public class ProblemCommenterTests
{
    private static readonly ProblemTrace Trace = DeploymentTracer.TraceProblem(
        TestData.Problem("P-900", "ERROR", TestData.Now),
        [TestData.Deployment("a-1", TestData.Service1, TestData.Now.AddMinutes(-10), "1.4.2", commit: "c0ffee0", link: "https://ci.example.com/runs/7")]);

    private const string Expected = "Suspect deployment (pharos trace): payment-processor 1.4.2 in prod, deployed 2025-03-14T09:50:00Z on 1 entity.\n"
        + "commit: c0ffee0\npipeline: https://ci.example.com/runs/7";

    [Fact]
    public void For_Suspect_NamesVersionCommitAndPipelineWithoutTheCurrentTime() =>
        Assert.Equal(Expected, DeploymentComment.For(Trace));

    [Fact]
    public async Task Comment_NoSuchCommentYet_AddsItWithThePharosContext()
    {
        var comments = new FakeComments();

        var outcome = await ProblemCommenter.CommentAsync(comments, Trace, CancellationToken.None);

        Assert.Equal((CommentStatus.Added, "c1"), (outcome.Status, outcome.CommentId));
        Assert.Equal([(Expected, "pharos trace")], comments.Added);
        Assert.Equal(["GET /api/v2/problems/-900_1741946400000V2/comments", "POST /api/v2/problems/-900_1741946400000V2/comments"], outcome.Requests);
    }

    [Fact]
    public async Task Comment_SameTextStoredWithCrLf_IsNotAddedAgain()
    {
        var comments = new FakeComments { Existing = ["someone else's note", Expected.Replace("\n", "\r\n", StringComparison.Ordinal)] };

        var outcome = await ProblemCommenter.CommentAsync(comments, Trace, CancellationToken.None);

        Assert.Equal(CommentStatus.Exists, outcome.Status);
        Assert.Empty(comments.Added);
        Assert.Single(outcome.Requests);
    }

    [Fact]
    public async Task Comment_NoSuspect_AsksNothing()
    {
        var comments = new FakeComments();
        var trace = DeploymentTracer.TraceProblem(TestData.Problem("P-901", "ERROR", TestData.Now), []);

        var outcome = await ProblemCommenter.CommentAsync(comments, trace, CancellationToken.None);

        Assert.Equal(CommentStatus.NoSuspect, outcome.Status);
        Assert.Empty(outcome.Requests);
        Assert.Equal(0, comments.Lists);
    }

    [Fact]
    public async Task Comment_EnvironmentRefuses_ReportsPH6062()
    {
        var comments = new FakeComments { AddFailure = "POST /api/v2/problems/{problemId}/comments answered 403: the token lacks problems.write." };

        var outcome = await ProblemCommenter.CommentAsync(comments, Trace, CancellationToken.None);

        Assert.Equal(CommentStatus.Failed, outcome.Status);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("PH6062", d.Code);
        Assert.Equal("could not comment the deployment onto problem P-900: POST /api/v2/problems/{problemId}/comments answered 403: the token lacks problems.write. "
            + "Check that the token has the problems.read and problems.write scopes.", d.Message);
    }

    private sealed class FakeComments : IProblemComments
    {
        public IReadOnlyList<string> Existing { get; init; } = [];

        public string? AddFailure { get; init; }

        public List<(string Message, string Context)> Added { get; } = [];

        public int Lists { get; private set; }

        public Task<IReadOnlyList<string>> ListAsync(string problemId, CancellationToken cancellationToken)
        {
            Lists++;
            return Task.FromResult(Existing);
        }

        public Task<string?> AddAsync(string problemId, string message, string context, CancellationToken cancellationToken)
        {
            if (AddFailure is not null)
            {
                throw new GateDataException(AddFailure);
            }

            Added.Add((message, context));
            return Task.FromResult<string?>($"c{Added.Count}");
        }
    }
}
