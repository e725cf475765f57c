import LaunchdeckModel
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
}
