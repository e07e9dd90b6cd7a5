import CCurl
import YunoSimCore

/// One curl easy handle, reused for many transfers, and the transfer it carries now: the job,
/// the request the job made (curl reads its body in place) and what the answer brought so far.
/// Freed in `deinit`. Not `Sendable`: it lives on its loop's thread.
final class CurlEasyHandle {
    let raw: UnsafeMutableRawPointer
    /// curl writes a detailed message here when a transfer fails.
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// The job of the transfer attached now, if any.
    private var job: (any TransportJob)?
    /// Made by the job when the transfer started, then never changed until it ends, so its
    /// body's storage stays where curl reads it.
    private var request: DeliveryRequest?
    /// Response body bytes seen, including the discarded ones.
    private var received = 0
    /// The kept prefix of the response body.
    private var bodyPrefix: [UInt8] = []
    private var bodyLimit = 0
    /// The URL last given to curl, which copies it: set again only when it changes.
    private var url: String?
    /// The limits last given to curl: set again only when they change.
    private var timeouts: AttemptTimeouts?
    /// Header lines as curl reads them: nodes and NUL-terminated text owned here and rewritten
    /// in place for every transfer, so sending allocates nothing for headers.
    private var headerNodes: UnsafeMutablePointer<curl_slist>
    private var headerNodeCapacity = 0
    private var headerText: UnsafeMutablePointer<CChar>
    private var headerTextCapacity = 0

    /// - Parameter sockets: the loop selector's table of sockets, kept up to date by the
    ///   socket-made and socket-closed callbacks.
    init?(configuration: CurlTransport.Configuration, sockets: UnsafeMutablePointer<SocketWatches>) {
        guard let raw = curl_easy_init() else { return nil }
        self.raw = raw
        self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        headerNodes = .allocate(capacity: 0)
        headerText = .allocate(capacity: 0)
        // Options that never change for this handle.
        yuno_easy_setopt_long(raw, CURLOPT_NOSIGNAL, 1)
        yuno_easy_setopt_long(raw, CURLOPT_FOLLOWLOCATION, 0)
        yuno_easy_setopt_long(raw, CURLOPT_POST, 1)
        yuno_easy_setopt_pointer(raw, CURLOPT_ERRORBUFFER, errorBuffer)
        yuno_easy_setopt_write_callback(raw, CURLOPT_WRITEFUNCTION, curlWriteCallback)
        yuno_easy_setopt_pointer(raw, CURLOPT_WRITEDATA, Unmanaged.passUnretained(self).toOpaque())
        // The loop sees each connection socket made and closed, to keep it watched in between.
        yuno_easy_setopt_sockopt_callback(raw, curlSocketOptionCallback)
        yuno_easy_setopt_pointer(raw, CURLOPT_SOCKOPTDATA, sockets)
        yuno_easy_setopt_closesocket_callback(raw, curlCloseSocketCallback)
        yuno_easy_setopt_pointer(raw, CURLOPT_CLOSESOCKETDATA, sockets)
        // The loop finds this handle, and through it the transfer, from the easy pointer.
        yuno_easy_setopt_pointer(raw, CURLOPT_PRIVATE, Unmanaged.passUnretained(self).toOpaque())
        if configuration.insecure {
            yuno_easy_setopt_long(raw, CURLOPT_SSL_VERIFYPEER, 0)
            yuno_easy_setopt_long(raw, CURLOPT_SSL_VERIFYHOST, 0)
        }
        if let path = configuration.caCertificatePath {
            yuno_easy_setopt_string(raw, CURLOPT_CAINFO, path)
        }
    }

    deinit {
        curl_easy_cleanup(raw)
        errorBuffer.deallocate()
        headerNodes.deallocate()
        headerText.deallocate()
    }

    /// Starts carrying `job` and the `request` it made (rendered and signed, for a run's
    /// attempt, here on the loop's thread): points curl at the request's URL, headers, body
    /// and limits. The handle keeps the job and the request until ``detach(code:)``.
    func attach(_ job: any TransportJob, request: DeliveryRequest, bodyLimit: Int) {
        self.job = job
        self.request = request
        self.bodyLimit = bodyLimit
        received = 0
        errorBuffer[0] = 0
        if request.url != url {
            yuno_easy_setopt_string(raw, CURLOPT_URL, request.url)
            url = request.url
        }
        setBody()
        if request.timeouts != timeouts {
            yuno_easy_setopt_long(raw, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeouts.total))
            yuno_easy_setopt_long(raw, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.timeouts.connect))
            timeouts = request.timeouts
        }
        setHeaders(request.headers)
    }

    /// Ends the attached transfer with curl's result `code`: its job and what it produced.
    func detach(code: CURLcode) -> (any TransportJob, TransportResponse)? {
        guard let job else { return nil }
        let response = response(code: code)
        self.job = nil
        request = nil
        bodyPrefix = []
        return (job, response)
    }

    /// What the finished transfer produced.
    private func response(code: CURLcode) -> TransportResponse {
        var status = 0
        yuno_easy_getinfo_long(raw, CURLINFO_RESPONSE_CODE, &status)
        var microseconds: curl_off_t = 0
        yuno_easy_getinfo_off_t(raw, CURLINFO_TOTAL_TIME_T, &microseconds)
        var uploaded: curl_off_t = 0
        yuno_easy_getinfo_off_t(raw, CURLINFO_SIZE_UPLOAD_T, &uploaded)
        var connects = 0
        yuno_easy_getinfo_long(raw, CURLINFO_NUM_CONNECTS, &connects)
        let error = code == CURLE_OK ? nil : DeliveryError(curlCode: code, message: String(cString: errorBuffer))
        return TransportResponse(
            status: status > 0 ? status : nil,
            latency: .microseconds(microseconds),
            bytesSent: Int(uploaded),
            bytesReceived: received,
            bodyPrefix: bodyPrefix,
            newConnections: connects,
            error: error
        )
    }

    /// Counts every response byte, keeps at most the configured prefix.
    fileprivate func receive(_ data: UnsafeMutablePointer<CChar>, count: Int) {
        received += count
        let room = bodyLimit - bodyPrefix.count
        guard room > 0 else { return }
        let kept = min(room, count)
        data.withMemoryRebound(to: UInt8.self, capacity: kept) { bytes in
            bodyPrefix.append(contentsOf: UnsafeBufferPointer(start: bytes, count: kept))
        }
    }

    /// curl reads the body in place (`CURLOPT_POSTFIELDS`, no copy) and sends a small one in
    /// the same write as the headers; it can rewind it by itself to resend on a fresh connection.
    /// An empty body still gets a valid pointer, or curl would look for the body elsewhere.
    private func setBody() {
        let body = request?.body.withUnsafeBytes { $0 } ?? UnsafeRawBufferPointer(start: nil, count: 0)
        let start = body.baseAddress ?? UnsafeRawPointer(Self.empty.utf8Start)
        yuno_easy_setopt_off_t(raw, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
        yuno_easy_setopt_pointer(raw, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: start))
    }

    private static let empty: StaticString = ""

    /// Writes `list` as `Name: value` lines, then `Accept:` and `Expect:`: a header with no
    /// value removes one libcurl would add, and Yuno sends neither.
    private func setHeaders(_ list: [HTTPHeader]) {
        let removals: [StaticString] = ["Accept:", "Expect:"]
        var textCount = removals.reduce(0) { $0 + $1.utf8CodeUnitCount + 1 }
        for header in list { textCount += header.name.utf8.count + 2 + header.value.utf8.count + 1 }
        let nodeCount = list.count + removals.count
        if nodeCount > headerNodeCapacity {
            headerNodes.deallocate()
            headerNodes = .allocate(capacity: nodeCount)
            headerNodeCapacity = nodeCount
        }
        if textCount > headerTextCapacity {
            headerText.deallocate()
            headerText = .allocate(capacity: textCount)
            headerTextCapacity = textCount
        }
        var cursor = UnsafeMutableRawPointer(headerText)
        var node = 0
        func addLine(_ write: (inout UnsafeMutableRawPointer) -> Void) {
            let line = cursor.assumingMemoryBound(to: CChar.self)
            write(&cursor)
            cursor.storeBytes(of: 0, as: UInt8.self)
            cursor += 1
            headerNodes[node] = curl_slist(data: line, next: node + 1 < nodeCount ? headerNodes + node + 1 : nil)
            node += 1
        }
        for header in list {
            addLine { cursor in
                Self.copy(header.name, to: &cursor)
                cursor.storeBytes(of: UInt8(ascii: ":"), as: UInt8.self)
                (cursor + 1).storeBytes(of: UInt8(ascii: " "), as: UInt8.self)
                cursor += 2
                Self.copy(header.value, to: &cursor)
            }
        }
        for removal in removals {
            addLine { cursor in
                cursor.copyMemory(from: removal.utf8Start, byteCount: removal.utf8CodeUnitCount)
                cursor += removal.utf8CodeUnitCount
            }
        }
        yuno_easy_setopt_slist(raw, CURLOPT_HTTPHEADER, headerNodes)
    }

    private static func copy(_ text: String, to cursor: inout UnsafeMutableRawPointer) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            cursor.copyMemory(from: base, byteCount: bytes.count)
            cursor += bytes.count
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        max(1, Int((duration.seconds * 1000).rounded(.up)))
    }
}

private let curlWriteCallback: curl_write_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    Unmanaged<CurlEasyHandle>.fromOpaque(context).takeUnretainedValue().receive(data, count: size * count)
    return size * count
}
