import Foundation
@testable import LaunchdeckApp
import LaunchdeckClient
import LaunchdeckModel
import LaunchdeckSimulator
import Synchronization
import Testing

/// `:site` and `:app` are remembered across runs, and only once the pick was found.
@Suite struct ChoicesTests {
    @Test func aPickedSiteIsRememberedOnceFound() async throws {
        let folder = NSTemporaryDirectory() + "launchdeck-state-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["XDG_STATE_HOME": folder]
        #expect(Choices.load(environment: environment) == Choices())

        let simulator = try await Simulator.start()
        let transport = AsyncHTTPTransport()
        let client = TinylyticsClient(baseURL: simulator.tinylyticsBaseURL,
                                      apiKey: Secret(simulator.tinylyticsKeys.readOnly), transport: transport)
        let remembered = Mutex<[String]>([])
        let sites = SiteChoice(client: client) { id in
            remembered.withLock { $0.append(id) }
            Choices.update(environment: environment) { $0.site = id }
        }
        let first = try await sites.resolve()
        #expect(first.label == "Acme Launch")
        #expect(remembered.withLock { $0 }.isEmpty, "the default site is not a pick")

        await sites.choose("nowhere")
        do {
            _ = try await sites.resolve()
            Issue.record("a site that does not exist must fail")
        } catch {
            // The pane shows this: what is wrong and how to pick another.
            #expect(error.description.contains("no site \"nowhere\" for this key; try :site with one of: Acme Launch (456), Acme Docs (457)"),
                    "\(error.description)")
        }
        #expect(remembered.withLock { $0 }.isEmpty, "a pick that was not found is not remembered")

        await sites.choose("acme docs")
        let docs = try await sites.resolve()
        #expect(docs.label == "Acme Docs")
        #expect(remembered.withLock { $0 } == [String(docs.id)])
        #expect(Choices.load(environment: environment) == Choices(site: String(docs.id), app: nil))

        let next = SiteChoice(client: client, wanted: Choices.load(environment: environment).site)
        #expect(try await next.resolve().id == docs.id, "the next run starts on the remembered site")
        await transport.shutdown()
        await simulator.stop()
    }
}
