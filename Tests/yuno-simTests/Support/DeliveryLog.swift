import Synchronization
import YunoMerchant

/// Every delivery the in-process reference merchant received, in order.
final class DeliveryLog: Sendable {
    private let deliveries = Mutex<[ReceivedDelivery]>([])

    func append(_ delivery: ReceivedDelivery) {
        deliveries.withLock { $0.append(delivery) }
    }

    var all: [ReceivedDelivery] { deliveries.withLock { $0 } }
}
