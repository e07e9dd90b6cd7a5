/// One POST that a transport builds, sends and answers on its own thread.
///
/// The request is made just before it is sent, and what the answer lets start next comes back
/// from ``finish(_:next:)`` to be started on the same thread: a run's next delivery begins where
/// the last one ended, without waking another thread in between. (Handing every finished
/// transfer to another thread and back roughly halves what libcurl sends here; see
/// `bench/RESULTS.md`.)
public protocol TransportJob: AnyObject, Sendable {
    /// The request to send now; called just before sending. A job with nothing to send now
    /// returns `nil` and is not sent: it waits elsewhere (a delivery for its OAuth2 token) and
    /// comes back through another job's `next`, or it has ended without sending. Jobs it lets
    /// start (the token request it needs, say) go to `next`, the transport's own list.
    func makeRequest(next: inout [any TransportJob]) -> DeliveryRequest?
    /// Takes the answer to the request (what ``Transport/deliver(_:)`` would have returned)
    /// and appends the jobs to start next to `next`, the transport's own list (so that an
    /// answer makes no array of its own). Called once per request made, on the transport's
    /// thread, or without a request when the transport could not send at all.
    func finish(_ response: TransportResponse, next: inout [any TransportJob])
}
