import Synchronization
import YunoMerchant

/// Every delivery an in-process reference merchant received, in order.
public final class DeliveryLog: Sendable {
    private let deliveries = Mutex<[ReceivedDelivery]>([])

    public init() {}

    public func append(_ delivery: ReceivedDelivery) {
        deliveries.withLock { $0.append(delivery) }
    }

    public var all: [ReceivedDelivery] { deliveries.withLock { $0 } }
}
