using System.Text.RegularExpressions;
using Pharos.Conditions.Tests.TestSupport;
using Pharos.Core.Diagnostics;

namespace Pharos.Conditions.Tests.Diagnostics;

/// <summary>
/// One case per diagnostic code (some codes have two message shapes): the condition, the column the
/// diagnostic must point at (the text starts at column 23 of line 189), and the full message.
/// </summary>
public partial class ConditionDiagnosticsTests
{
    private const string SignalList = "ErrorRate, ResponseTime, Throughput, RequestCount, FailureCount, DatabaseResponseTime, CpuUsage, MemoryUsage, ConsumerLag, JobStatus";
    private const string DurationRule = "durations are only allowed as the argument of SlowDatabaseQueries or as the threshold of a time signal (ResponseTime, DatabaseResponseTime).";
    private const string PreviousRule = "It stands for the left-hand metric one period earlier, so it belongs on the right-hand side of a comparison whose left side is a single metric, e.g. 'revenue_total < previous_day * 0.9'.";

    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "PH2001", "", 23, "the condition is empty. Write a comparison such as 'ErrorRate > 0.05', a detector such as 'Anomaly(ResponseTime)', or a state check such as \"JobStatus == 'FAILED'\"." },
        { "PH2002", "ErrorRate = 5", 33, "unexpected character '='. Use '==' to test equality, e.g. \"JobStatus == 'FAILED'\"." },
        { "PH2002", "ConsumerLag > 5 # 4", 39, "unexpected character '#'. Conditions contain names, numbers, durations (200ms), quoted values, ( ) , and the operators + - * / < <= > >= == !=; remove it." },
        { "PH2003", "JobStatus == 'FAILED", 36, "the quoted value starting here has no closing '. Add ' after the value, e.g. 'FAILED'." },
        { "PH2004", "ConsumerLag > 1.2.3", 37, "'1.2.3' is not a valid number: a number has at most one decimal point." },
        { "PH2004", "ConsumerLag > .5", 37, "'.5' is not a valid number: write a digit before the decimal point, e.g. 0.5." },
        { "PH2005", "SlowDatabaseQueries(200mss)", 43, "'200mss' has an unknown unit 'mss'. Did you mean 'ms'? Durations use ms, s, m, h or d, e.g. 200ms." },
        { "PH2006", "ErrorRate >", 34, "expected a metric, number or '(' after '>' but found the end of the condition. Add the missing operand." },
        { "PH2007", "Anomaly(ErrorRate", 40, "expected ')' to close the '(' at column 30 but found the end of the condition. Add ')'." },
        { "PH2008", "ErrorRate > 0.5 )", 39, "unexpected ')' after the end of the condition. A condition is a single comparison or detector; remove the extra text or add the operator that joins it." },
        { "PH2009", "ErrorRate < 0.1 < 0.2", 39, "comparisons cannot be chained: remove the second '<' and what follows. A condition compares one metric expression with one threshold; for a range, write two alert rules." },
        { "PH2010", "ErrorRate > 0.1 and ResponseTime > 500", 39, "'and' cannot combine conditions: a Dynatrace metric event evaluates exactly one. Write one alert rule per condition." },
        { "PH2011", new string('(', 200) + "ErrorRate" + new string(')', 200) + " > 0.1", 124, "the condition nests more than 100 levels deep (parentheses, unary minus or chained operators). Simplify it." },
        { "PH2020", "ErrorRat > 0.1", 23, $"unknown built-in signal 'ErrorRat'. Did you mean 'ErrorRate'? PascalCase names are built-in signals ({SignalList}) or detectors (Anomaly, SlowDatabaseQueries, CrashDetection); custom metrics are written in snake_case." },
        { "PH2021", "payment_sucess_rate < 95", 23, "unknown custom metric 'payment_sucess_rate'. Did you mean 'payment_success_rate'? Declare it under customMetrics of the service, its monitoring profile or a metrics-catalog profile, or correct the name." },
        { "PH2022", "errorRate > 0.1", 23, "'errorRate' is neither a built-in signal (PascalCase, e.g. ErrorRate) nor a custom metric (snake_case, e.g. payment_success_rate). Did you mean 'ErrorRate'? Rename it to one of those styles." },
        { "PH2030", "Anomali(ErrorRate)", 23, "unknown detector 'Anomali'. Did you mean 'Anomaly'? Detectors are Anomaly(signal), SlowDatabaseQueries(duration) and CrashDetection." },
        { "PH2030", "ErrorRate(5)", 23, "'ErrorRate' is a signal, not a detector, so it takes no arguments. Compare it with a threshold, e.g. 'ErrorRate > 0.05', or detect anomalies with 'Anomaly(ErrorRate)'." },
        { "PH2031", "Anomaly(ErrorRate, ResponseTime)", 23, "Anomaly takes exactly 1 argument but was given 2. Write e.g. 'Anomaly(ErrorRate)'." },
        { "PH2031", "CrashDetection(ErrorRate)", 23, "CrashDetection takes no arguments but was given 1. Write 'CrashDetection'." },
        { "PH2032", "Anomaly(ConsumerLag)", 31, "Anomaly needs a built-in signal that supports anomaly detection (ErrorRate, ResponseTime, Throughput), but was given 'ConsumerLag'. Alert on a threshold instead, e.g. 'ConsumerLag > 1000'." },
        { "PH2032", "SlowDatabaseQueries(200)", 43, "SlowDatabaseQueries needs a duration such as 200ms, but was given '200'. Add a unit, e.g. 'SlowDatabaseQueries(200ms)'." },
        { "PH2033", "Anomaly(ErrorRate) > 1", 23, "the detector 'Anomaly' is a complete condition and cannot be compared or used in arithmetic. Use it as the whole condition, e.g. 'Anomaly(ErrorRate)', or compare a metric with a threshold instead, e.g. 'ErrorRate > 0.05'." },
        { "PH2034", "ErrorRate", 23, "'ErrorRate' is a value, not a condition: nothing says when to alert. Compare it with a threshold, e.g. 'ErrorRate > 0.05', or detect anomalies with 'Anomaly(ErrorRate)'." },
        { "PH2035", "(ErrorRate > 0.1) * 2 > 1", 24, "a comparison can only be the whole condition, not part of an arithmetic expression or a detector argument. Move the comparison to the top level, e.g. 'a / b > 0.01'." },
        { "PH2040", "JobStatus > 'FAILED'", 33, "JobStatus is a state, so it can only be compared with == or != and a quoted value, e.g. \"JobStatus == 'FAILED'\". Values: FAILED, SUCCEEDED, RUNNING, PENDING, UNKNOWN." },
        { "PH2041", "JobStatus == 'FAILD'", 36, "'FAILD' is not a JobStatus value. Did you mean 'FAILED'? Use one of FAILED, SUCCEEDED, RUNNING, PENDING, UNKNOWN (upper case)." },
        { "PH2042", "ErrorRate == 'HIGH'", 23, "'ErrorRate' is numeric and cannot be compared with a quoted value. Compare it with a number, e.g. 'ErrorRate > 0.05'." },
        { "PH2043", "'abc' + 1 > ErrorRate", 23, "a quoted value can only be compared with a state signal, e.g. \"JobStatus == 'FAILED'\". Remove the quotes to write a number, or compare a state signal." },
        { "PH2044", "ErrorRate > ResponseTime", 23, "'ErrorRate' is compared with another metric 'ResponseTime', but a condition compares a metric expression with a number. Move both into one expression, e.g. 'ErrorRate / ResponseTime > 1', or compare with previous_day/previous_week." },
        { "PH2045", "1 > 0", 23, "this comparison has no metric on either side, so its result never changes. Compare a metric with the threshold, e.g. 'ConsumerLag > 1000'." },
        { "PH2046", "ConsumerLag == 1000", 35, "'==' cannot compare the numeric metric 'ConsumerLag': Dynatrace metric events alert only when a value is above or below a threshold. Use <, <=, > or >=." },
        { "PH2047", "revenue_total * 2 < previous_day", 43, $"'previous_day' needs a single metric on the left-hand side, not an expression. {PreviousRule}" },
        { "PH2047", "previous_day < revenue_total", 23, $"'previous_day' cannot be on the left-hand side of a comparison. {PreviousRule}" },
        { "PH2048", "ErrorRate > 5", 35, "ErrorRate (a ratio) is between 0 and 1, so the threshold 5 can never be crossed. If you meant 5 percent, divide by 100: write 0.05." },
        { "PH2048", "CpuUsage > 150", 34, "CpuUsage (percent) is between 0 and 100, so the threshold 150 can never be crossed. Use a threshold between 0 and 100." },
        { "PH2049", "ConsumerLag > 5s", 37, $"the duration '5s' is not expected here: {DurationRule} Write the threshold of ConsumerLag as a plain number (its unit is messages)." },
        { "PH2050", "SlowDatabaseQueries(0ms)", 43, "the duration '0ms' must be greater than zero. Write a positive duration, e.g. 200ms." },
        { "PH2051", "chargeback_count / 0 > 1", 23, "'chargeback_count / 0' divides by zero. Correct the divisor." },
        { "PH2052", "ConsumerLag > 1e308 * 10", 37, "'1e308 * 10' evaluates to a value too large to represent. Use a smaller number." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_InvalidCondition_ReportsCodeMessageAndLocation(string code, string condition, int column, string message)
    {
        var (compiled, diagnostics) = TestSymbols.Compile(condition);

        Assert.Null(compiled);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(new SourceLocation("catalog/monitoring-profiles.yaml", 189, column), diagnostic.Location);
    }

    [Fact]
    public void Diagnostic_ToString_ShowsFileLineColumnAndCode()
    {
        var (_, diagnostics) = TestSymbols.Compile("ErrorRate >");

        Assert.StartsWith("catalog/monitoring-profiles.yaml:189:34: error PH2006: expected a metric", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCode_InTheFactory_IsTestedAndDocumented()
    {
        var root = RepositoryRoot();
        var inFactory = CodesIn(FactoryCode(), File.ReadAllText(Path.Combine(root, "src/Pharos.Conditions/Diagnostics/ConditionDiagnostics.cs")));
        var inDocs = CodesIn(DocumentedCode(), File.ReadAllText(Path.Combine(root, "docs/conditions.md")));
        var tested = Cases.Select(row => (string)row[0]).ToHashSet();

        Assert.NotEmpty(inFactory);
        Assert.Equal(inFactory.Order(), tested.Order());
        Assert.Equal(inFactory.Order(), inDocs.Order());
    }

    private static HashSet<string> CodesIn(Regex pattern, string text) => pattern.Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pharos.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Pharos.sln not found above the test binaries.");
    }

    // A code as passed to Error("PH20xx", ...) in the factory.
    [GeneratedRegex(@"Error\(""(PH20\d\d)""")]
    private static partial Regex FactoryCode();

    // A code as the first cell of a row of the documentation's diagnostics table.
    [GeneratedRegex(@"^\| (PH20\d\d) \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
