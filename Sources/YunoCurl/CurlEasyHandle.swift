import CCurl
import YunoSimCore

/// One curl easy handle, reused for many transfers; freed in `deinit`.
/// Not `Sendable`: it lives on its loop's thread.
final class CurlEasyHandle {
    let raw: UnsafeMutableRawPointer
    /// curl writes a detailed message here when a transfer fails.
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var headers: UnsafeMutablePointer<curl_slist>?

    init?(configuration: CurlTransport.Configuration) {
        guard let raw = curl_easy_init() else { return nil }
        self.raw = raw
        self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        // Options that never change for this handle.
        yuno_easy_setopt_long(raw, CURLOPT_NOSIGNAL, 1)
        yuno_easy_setopt_long(raw, CURLOPT_FOLLOWLOCATION, 0)
        yuno_easy_setopt_long(raw, CURLOPT_POST, 1)
        yuno_easy_setopt_pointer(raw, CURLOPT_ERRORBUFFER, errorBuffer)
        yuno_easy_setopt_write_callback(raw, CURLOPT_WRITEFUNCTION, curlWriteCallback)
        if configuration.insecure {
            yuno_easy_setopt_long(raw, CURLOPT_SSL_VERIFYPEER, 0)
            yuno_easy_setopt_long(raw, CURLOPT_SSL_VERIFYHOST, 0)
        }
        if let path = configuration.caCertificatePath {
            yuno_easy_setopt_string(raw, CURLOPT_CAINFO, path)
        }
    }

    deinit {
        if let headers { curl_slist_free_all(headers) }
        curl_easy_cleanup(raw)
        errorBuffer.deallocate()
    }

    /// Points the handle at `transfer`: its URL, headers, body, limits and callbacks' target.
    func attach(_ transfer: CurlTransfer, bodyLimit: Int) {
        transfer.prepare(bodyLimit: bodyLimit)
        let request = transfer.request
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        errorBuffer[0] = 0
        yuno_easy_setopt_string(raw, CURLOPT_URL, request.url)
        yuno_easy_setopt_pointer(raw, CURLOPT_PRIVATE, context)
        yuno_easy_setopt_pointer(raw, CURLOPT_WRITEDATA, context)
        setBody(request.body)
        yuno_easy_setopt_long(raw, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeouts.total))
        yuno_easy_setopt_long(raw, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.timeouts.connect))
        replaceHeaders(request.headers)
    }

    /// What the finished transfer produced.
    func response(for transfer: CurlTransfer, code: CURLcode) -> TransportResponse {
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
            bytesReceived: transfer.received,
            bodyPrefix: transfer.bodyPrefix,
            newConnections: connects,
            error: error
        )
    }

    /// curl copies the body, so it can resend it on a fresh connection by itself, and sends a
    /// small one in the same write as the headers (a read callback costs a second write).
    private func setBody(_ body: [UInt8]) {
        yuno_easy_setopt_off_t(raw, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
        body.withUnsafeBytes { bytes in
            // An empty body still needs a valid pointer, or curl would read the body elsewhere.
            let empty: StaticString = ""
            let start = bytes.baseAddress ?? UnsafeRawPointer(empty.utf8Start)
            yuno_easy_setopt_pointer(raw, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: start))
        }
    }

    private func replaceHeaders(_ list: [HTTPHeader]) {
        if let headers { curl_slist_free_all(headers) }
        var slist: UnsafeMutablePointer<curl_slist>?
        for header in list {
            slist = curl_slist_append(slist, "\(header.name): \(header.value)")
        }
        // A header with no value removes one libcurl would add: Yuno sends neither.
        slist = curl_slist_append(slist, "Accept:")
        slist = curl_slist_append(slist, "Expect:")
        headers = slist
        yuno_easy_setopt_slist(raw, CURLOPT_HTTPHEADER, slist)
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        max(1, Int((duration.seconds * 1000).rounded(.up)))
    }
}

private func transfer(_ pointer: UnsafeMutableRawPointer?) -> CurlTransfer? {
    pointer.map { Unmanaged<CurlTransfer>.fromOpaque($0).takeUnretainedValue() }
}

private let curlWriteCallback: curl_write_callback = { data, size, count, context in
    guard let data, let transfer = transfer(context) else { return 0 }
    transfer.receive(data, count: size * count)
    return size * count
}
