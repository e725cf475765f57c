import LaunchdeckModel
import Synchronization
import Testing

@Suite struct MailboxTests {
    @Test func theUITakesOnlyTheNewestValueOnce() {
        let mailbox = Mailbox<Int>()
        #expect(mailbox.take() == nil)
        mailbox.post(1)
        mailbox.post(2)
        #expect(mailbox.take() == 2)
        #expect(mailbox.take() == nil)
    }

    @Test func theLatestValueStaysAfterATake() {
        let mailbox = Mailbox<Int>()
        #expect(mailbox.latest == nil)
        mailbox.post(3)
        #expect(mailbox.take() == 3)
        #expect(mailbox.latest == 3)
    }

    @Test func eachPostWakesTheReader() {
        let posts = Mutex(0)
        let mailbox = Mailbox<Int> { posts.withLock { $0 += 1 } }
        mailbox.post(1)
        mailbox.post(2)
        #expect(posts.withLock { $0 } == 2)
    }
}
