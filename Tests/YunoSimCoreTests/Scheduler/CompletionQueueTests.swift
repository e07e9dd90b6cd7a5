import Testing
@testable import YunoSimCore

@Suite struct CompletionQueueTests {
    @Test func itemsPushedBeforeAskingComeBackTogetherInOrder() async {
        let queue = CompletionQueue<Int>()
        for item in 1...5 { queue.push(item) }
        #expect(await queue.next() == [1, 2, 3, 4, 5])
        queue.push(6)
        #expect(await queue.next() == [6])
    }

    @Test func aWaitingConsumerIsWokenByThePush() async {
        let queue = CompletionQueue<String>()
        async let first = queue.next()
        // Whether the consumer is already waiting or not, the item must reach it exactly once.
        queue.push("done")
        #expect(await first == ["done"])
    }

    @Test func everyItemFromManyThreadsArrivesOnceAndEachProducersOrderHolds() async {
        let queue = CompletionQueue<(producer: Int, index: Int)>()
        let producers = 8
        let perProducer = 2_000
        await withTaskGroup(of: Void.self) { group in
            for producer in 0..<producers {
                group.addTask {
                    for index in 0..<perProducer { queue.push((producer, index)) }
                }
            }
            var next = [Int](repeating: 0, count: producers)
            var received = 0
            while received < producers * perProducer {
                for item in await queue.next() {
                    #expect(item.index == next[item.producer])
                    next[item.producer] += 1
                    received += 1
                }
            }
            #expect(next == [Int](repeating: perProducer, count: producers))
        }
    }
}
