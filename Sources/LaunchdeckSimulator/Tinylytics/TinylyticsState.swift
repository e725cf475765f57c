#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LaunchdeckAPI

/// What clients wrote to the simulated Tinylytics account: posted hits and kudos. Reads
/// add the posted hits to the world's generated traffic.
actor TinylyticsState {
    /// Posted hits per site, oldest first.
    private var posted: [Int: [TinylyticsHit]] = [:]
    /// Kudos per site, oldest first: seeded history plus what was posted, minus deletions.
    private var kudos: [Int: [TinylyticsKudo]]
    private var nextID = 900_000_000

    init(world: TinylyticsWorld) {
        var random = SeededRandom(seed: world.timeline.seed ^ 0x4B0D)
        var kudos: [Int: [TinylyticsKudo]] = [:]
        for simulated in world.sites {
            let count = simulated.site.lifetimeKudos ?? 0
            let paths = simulated.base.paths.prefix(6).map(\.key)
            kudos[simulated.site.id] = (0..<count).map { i in
                let age = Double(count - i) / Double(max(count, 1)) * 44 * 86_400 + Double(random.next() % 3600)
                return TinylyticsKudo(id: simulated.site.id * 10_000 + i, uid: "k" + random.hex(bytes: 5),
                                      path: paths.isEmpty ? "/" : paths[Int(random.next() % UInt64(paths.count))],
                                      createdAt: world.timeline.start.addingTimeInterval(-age))
            }
        }
        self.kudos = kudos
    }

    func postedHits(site: Int) -> [TinylyticsHit] { posted[site] ?? [] }

    func allPosted() -> [Int: [TinylyticsHit]] { posted }

    /// Stores a hit (its id is assigned here) and returns it.
    func post(site: Int, _ hit: TinylyticsHit) -> TinylyticsHit {
        var stored = hit
        stored.id = takeID()
        posted[site, default: []].append(stored)
        return stored
    }

    func kudos(site: Int) -> [TinylyticsKudo] { kudos[site] ?? [] }

    /// Adds a kudo; nil when its uid is taken.
    func addKudo(site: Int, path: String, uid: String?, at: Date) -> TinylyticsKudo? {
        let id = takeID()
        let uid = uid ?? String(cFormat: "kudo-%x", id)
        guard !(kudos[site] ?? []).contains(where: { $0.uid == uid }) else { return nil }
        let kudo = TinylyticsKudo(id: id, uid: uid, path: path, createdAt: at)
        kudos[site, default: []].append(kudo)
        return kudo
    }

    /// Deletes a kudo by uid; false when there is none.
    func deleteKudo(site: Int, uid: String) -> Bool {
        guard let index = kudos[site]?.firstIndex(where: { $0.uid == uid }) else { return false }
        kudos[site]?.remove(at: index)
        return true
    }

    private func takeID() -> Int {
        nextID += 1
        return nextID
    }
}
