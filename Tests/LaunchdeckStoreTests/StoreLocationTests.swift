@testable import LaunchdeckStore
import Testing

@Suite struct StoreLocationTests {
    @Test func theStateDirectoryFollowsXDGThenHome() {
        #expect(StoreLocation.directory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/launchdeck")
        #expect(StoreLocation.directory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/launchdeck",
                "a relative XDG path is ignored, as the spec says")
        #expect(StoreLocation.directory(environment: [:]) == nil)
    }

    @Test func anIdentityIsOnePathComponent() {
        #expect(StoreLocation.database(in: "/d", identity: "demo") == "/d/demo/history.sqlite")
        #expect(StoreLocation.fileName("../../etc/passwd") == ".._.._etc_passwd")
        #expect(StoreLocation.fileName("..") == "default")
        #expect(StoreLocation.fileName("") == "default")
        #expect(StoreLocation.fileName("tly-ab12 apt/3") == "tly-ab12_apt_3")
    }
}
