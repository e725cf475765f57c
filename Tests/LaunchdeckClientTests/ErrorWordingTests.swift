import Foundation
import LaunchdeckAPI
@testable import LaunchdeckClient
import Testing

/// 402 and 403 are worded as each service's docs define them: Taplytics' 402 is "Request
/// Failed" (seeds 000/001), Tinylytics' 403 is a subscription endpoint, a read-only key on
/// a write, or a feature that is off (seed 004); no service calls anything "a paid plan".
@Suite struct ErrorWordingTests {
    func failure(_ service: Service, _ status: Int, _ body: String = #"{"error": "nope"}"#) -> ClientError? {
        do {
            _ = try ResponseDecoder.decode(JSONValue.self, from: TransportResponse(status: status, body: Data(body.utf8)),
                                           service: service)
            return nil
        } catch {
            return error
        }
    }

    @Test func taplytics402IsARequestThatFailedNotAPlan() {
        let text = failure(.taplytics, 402, #"{"error": "push could not be sent"}"#)?.description
        #expect(text == "402 from Taplytics: the request failed although its parameters were valid "
            + "(Taplytics' \"Request Failed\") (push could not be sent)")
    }

    @Test func tinylytics403NamesTheDocumentedCauses() {
        let text = failure(.tinylytics, 403, #"{"error": "Content monitoring is not enabled for this site"}"#)?.description
        #expect(text == "403 from Tinylytics: refused: this needs a Tinylytics subscription (insights, uptime, content), "
            + "a full-access key (writes), or a feature that is off for this site "
            + "(Content monitoring is not enabled for this site)")
    }

    @Test(arguments: [(Service.tinylytics, 402), (.apteligent, 402), (.taplytics, 403), (.apteligent, 403)])
    func undocumentedStatusesSayTheyAreUndocumented(service: Service, status: Int) throws {
        let text = try #require(failure(service, status)?.description)
        #expect(text == "\(status) from \(service.displayName): refused with a status \(service.displayName) "
            + "does not document (nope)")
    }

    @Test(arguments: Service.allCases)
    func noServiceIsWordedAsAPaidPlan(service: Service) {
        for status in [402, 403] {
            #expect(failure(service, status)?.description.contains("paid plan") == false)
        }
    }
}
