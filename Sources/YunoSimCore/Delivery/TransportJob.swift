/// One POST that a transport builds, sends and answers on its own thread.
///
/// The request is made just before it is sent, and what the answer lets start next comes back
/// from ``finish(_:next:)`` to be started on the same thread: a run's next delivery begins where
/// the last one ended, without waking another thread in between. (Handing every finished
/// transfer to another thread and back roughly halves what libcurl sends here; see
/// `bench/RESULTS.md`.)
public protocol TransportJob: AnyObject, Sendable {
    /// The request to send; called once, just before sending.
    func makeRequest() -> DeliveryRequest
    /// Takes the answer to the request (what ``Transport/deliver(_:)`` would have returned)
    /// and appends the jobs to start next to `next`, the transport's own list (so that an
    /// answer makes no array of its own). Called once, on the transport's thread, after
    /// ``makeRequest()``, or without it when the transport could not send at all.
    func finish(_ response: TransportResponse, next: inout [any TransportJob])
}
