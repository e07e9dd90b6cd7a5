/// Sends one HTTP request and reports what happened.
///
/// The core library knows nothing about how bytes reach the merchant: the libcurl transport
/// implements this for real, and tests use the in-memory one of `YunoSimTesting`.
public protocol Transport: Sendable {
    /// Performs one POST. Never throws: every failure is described by the response's `error`.
    func deliver(_ request: DeliveryRequest) async -> TransportResponse

    /// Starts `job` and returns at once; the job's request is made, sent and answered on a
    /// thread of the transport's choosing, and the jobs it returns are started the same way.
    /// By default each job runs in a task of its own through ``deliver(_:)``.
    func submit(_ job: any TransportJob)
}

extension Transport {
    public func submit(_ job: any TransportJob) {
        Task {
            var next: [any TransportJob] = []
            if let request = job.makeRequest(next: &next) {
                job.finish(await deliver(request), next: &next)
            }
            for job in next { submit(job) }
        }
    }
}
