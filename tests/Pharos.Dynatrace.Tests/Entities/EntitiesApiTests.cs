using Pharos.Dynatrace.Entities;
using Pharos.Dynatrace.Tests.Support;

namespace Pharos.Dynatrace.Tests.Entities;

public class EntitiesApiTests
{
    [Fact]
    public async Task List_FieldsAndPaging_AddsPlusAndFollowsKeyAlone()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"totalCount":2,"pageSize":1,"nextPageKey":"E2","entities":[{"entityId":"SERVICE-1","type":"SERVICE","displayName":"checkout","tags":[{"context":"CONTEXTLESS","key":"team","value":"checkout","stringRepresentation":"team:checkout"}],"properties":{"serviceType":"WEB_SERVICE"},"firstSeenTms":1,"lastSeenTms":2,"icon":{"primaryIconType":"x"}}]}""")
            .Respond(200, """{"totalCount":2,"pageSize":1,"entities":[{"entityId":"SERVICE-2","type":"SERVICE","displayName":"cart"}]}""");

        var entities = await t.Client.Entities.ListAsync(new EntityQuery("type(\"SERVICE\")") { Fields = ["tags", "+properties"], From = "now-3d", PageSize = 1 }, CancellationToken.None).ToListAsync();

        Assert.Equal(["SERVICE-1", "SERVICE-2"], entities.Select(e => e.EntityId));
        Assert.Equal(
            ["entitySelector=type%28%22SERVICE%22%29&from=now-3d&fields=%2Btags%2C%2Bproperties&pageSize=1", "nextPageKey=E2"],
            t.Handler.Requests.Select(r => r.Query));
        Assert.Equal("WEB_SERVICE", entities[0].Properties!.Value.GetProperty("serviceType").GetString());
        Assert.Equal("team", entities[0].Tags![0].Key);
        Assert.True(entities[0].AdditionalProperties!.ContainsKey("icon"));
        Assert.Null(entities[1].Tags);
    }

    [Fact]
    public async Task Get_KnownAndUnknown_ReturnsEntityOrNull()
    {
        var t = new TestClient();
        t.Handler.Respond(200, """{"entityId":"HOST-1","type":"HOST","displayName":"web-1"}""")
            .Respond(404, """{"error":{"code":404,"message":"Entity with ID 'HOST-2' not found."}}""");

        var found = await t.Client.Entities.GetAsync("HOST-1", null, CancellationToken.None);
        var missing = await t.Client.Entities.GetAsync("HOST-2", null, CancellationToken.None);

        Assert.Equal("web-1", found?.DisplayName);
        Assert.Null(missing);
        Assert.Equal("/api/v2/entities/HOST-1", t.Handler.Requests[0].Path);
    }

    [Fact]
    public void List_NoSelector_Throws()
    {
        var t = new TestClient();

        Assert.Throws<ArgumentException>(() => t.Client.Entities.ListAsync(new EntityQuery(""), CancellationToken.None));
    }
}
