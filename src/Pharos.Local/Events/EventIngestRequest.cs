using System.Globalization;
using System.Text.Json;
using Pharos.Local.Http;
using Pharos.Local.Storage.Events;

namespace Pharos.Local.Events;

/// <summary>An <c>EventIngest</c> body, read without trusting its shape; every problem becomes a violation.</summary>
internal sealed record EventIngestRequest(
    string EventType,
    string Title,
    long? StartTime,
    long? EndTime,
    int TimeoutMinutes,
    string? EntitySelector,
    IReadOnlyList<EventPropertyValue> Properties)
{
    public const int MaxProperties = 100;
    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 4096;
    public const int DefaultTimeoutMinutes = 15;
    public const int MaxTimeoutMinutes = 360;

    public static EventIngestRequest Read(JsonElement body, List<ConstraintViolation> violations)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            violations.Add(ConstraintViolation.InBody("", "The request body must be a JSON object with eventType and title."));
            return new EventIngestRequest("", "", null, null, DefaultTimeoutMinutes, null, []);
        }

        var eventType = ReadString(body, "eventType", violations, required: true);
        if (eventType is not null && !EventTypes.All.Contains(eventType))
        {
            violations.Add(ConstraintViolation.InBody("eventType",
                $"'{eventType}' is not an event type.{Pharos.Core.Diagnostics.NameSuggester.DidYouMean(eventType, EventTypes.All)} Use one of: {string.Join(", ", EventTypes.All)}."));
        }

        var title = ReadString(body, "title", violations, required: true);
        var selector = ReadString(body, "entitySelector", violations, required: false);
        var start = ReadLong(body, "startTime", violations);
        var end = ReadLong(body, "endTime", violations);
        var timeout = ReadLong(body, "timeout", violations);
        if (timeout is <= 0)
        {
            violations.Add(ConstraintViolation.InBody("timeout", "Must be a positive number of minutes."));
        }

        return new EventIngestRequest(
            eventType ?? "", title ?? "", start, end,
            (int)Math.Min(timeout is > 0 ? timeout.Value : DefaultTimeoutMinutes, MaxTimeoutMinutes),
            selector, ReadProperties(body, violations));
    }

    private static List<EventPropertyValue> ReadProperties(JsonElement body, List<ConstraintViolation> violations)
    {
        var properties = new List<EventPropertyValue>();
        if (!body.TryGetProperty("properties", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return properties;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            violations.Add(ConstraintViolation.InBody("properties", "Must be a JSON object mapping property keys to string values."));
            return properties;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Length is 0 or > MaxKeyLength)
            {
                violations.Add(ConstraintViolation.InBody($"properties/{Truncate(property.Name)}", $"The key must have 1 to {MaxKeyLength} characters."));
                continue;
            }

            string? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                _ => null,
            };
            if (value is null)
            {
                violations.Add(ConstraintViolation.InBody($"properties/{property.Name}", "The value must be a string."));
            }
            else if (value.Length > MaxValueLength)
            {
                violations.Add(ConstraintViolation.InBody($"properties/{property.Name}", $"The value has {value.Length} characters; at most {MaxValueLength} are allowed."));
            }
            else
            {
                properties.Add(new EventPropertyValue(property.Name, value));
            }
        }

        if (element.EnumerateObject().Count() > MaxProperties)
        {
            violations.Add(ConstraintViolation.InBody("properties", $"At most {MaxProperties} properties are allowed."));
        }

        return properties;
    }

    private static string? ReadString(JsonElement body, string name, List<ConstraintViolation> violations, bool required)
    {
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                violations.Add(ConstraintViolation.InBody(name, "Must not be null"));
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
        {
            violations.Add(ConstraintViolation.InBody(name, "Must be a non-blank string"));
            return null;
        }

        return element.GetString();
    }

    private static long? ReadLong(JsonElement body, string name, List<ConstraintViolation> violations)
    {
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) && value >= 0 && value <= 253_402_300_799_999)
        {
            return value;
        }

        violations.Add(ConstraintViolation.InBody(name, $"'{Truncate(element.GetRawText())}' is not a non-negative integer."));
        return null;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
