/// Certificates for tests of https endpoints, made once with openssl and kept here so that tests
/// need no openssl or python3: a self-signed authority and a leaf for 127.0.0.1 and localhost
/// that it signed, both valid for 100 years (EC P-256, SHA-256).
public enum TestCertificates {
    /// The authority's certificate, PEM: what `--cacert` is given to trust the leaf.
    public static let authority = """
    -----BEGIN CERTIFICATE-----
    MIIBnTCCAUOgAwIBAgIUVTA38SEVbWv/uxOOofFFfIKDwewwCgYIKoZIzj0EAwIw
    GzEZMBcGA1UEAwwQeXVuby1zaW0gdGVzdCBDQTAgFw0yNjEyMDUwMjM0NDhaGA8y
    MTI2MTExMTAyMzQ0OFowGzEZMBcGA1UEAwwQeXVuby1zaW0gdGVzdCBDQTBZMBMG
    ByqGSM49AgEGCCqGSM49AwEHA0IABL6wHzMDqCzVq9pd/YwF9c+SyMxcZ2qYVm7v
    geg1MZs8noypXBoUcHQOz2kH2sDTNLlYuIqU/S7aOTnP7xPzsF2jYzBhMB0GA1Ud
    DgQWBBTBSq96LZzfpC+uPAbHgSOK2M5m/jAfBgNVHSMEGDAWgBTBSq96LZzfpC+u
    PAbHgSOK2M5m/jAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAKBggq
    hkjOPQQDAgNIADBFAiB5JN556e22MEsRTJr4zBSU2B+rpjSTV87Jy3IoRHOS9gIh
    AJYhjUvSZqVvajDDaA2s/439ZyD5al/9FooABlA/9sK9
    -----END CERTIFICATE-----
    """

    /// The server's certificate, PEM: CN=localhost, subjectAltName IP:127.0.0.1 and DNS:localhost.
    public static let leaf = """
    -----BEGIN CERTIFICATE-----
    MIIBxDCCAWmgAwIBAgIUBXtSNS1yXPW0E7ItwkqWfH8hjagwCgYIKoZIzj0EAwIw
    GzEZMBcGA1UEAwwQeXVuby1zaW0gdGVzdCBDQTAgFw0yNjEyMDUwMjM0NDhaGA8y
    MTI2MTExMTAyMzQ0OFowFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0C
    AQYIKoZIzj0DAQcDQgAE2w0RzsmPQ4t3wd/YrO/Y3DbDkCtBaIUzCoyGvG6KM+HT
    NFgo7E+DVNuOGs7H/HtbGUo586DdrpCbHGrwstZDU6OBjzCBjDAJBgNVHRMEAjAA
    MA4GA1UdDwEB/wQEAwIHgDATBgNVHSUEDDAKBggrBgEFBQcDATAaBgNVHREEEzAR
    hwR/AAABgglsb2NhbGhvc3QwHQYDVR0OBBYEFJXgs6l5om81IGRoJMxIhJsccQlt
    MB8GA1UdIwQYMBaAFMFKr3otnN+kL648BseBI4rYzmb+MAoGCCqGSM49BAMCA0kA
    MEYCIQD5SVjGcqOuF6X/mlHWlqmgi7K5oXwivF0Wj8ZY6hwFyQIhAP84qqewZ5Tx
    jxcMBfyTZXM3YVPGHzcU7wkms9ogPhqu
    -----END CERTIFICATE-----
    """

    /// The server's private key, PEM (PKCS #8). A test key: it protects nothing.
    public static let leafKey = """
    -----BEGIN PRIVATE KEY-----
    MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgulF7WJFR7Z5VZpsQ
    +w5UHrFH7DytG5lE9NSjaDIXuMOhRANCAATbDRHOyY9Di3fB39is79jcNsOQK0Fo
    hTMKjIa8booz4dM0WCjsT4NU244azsf8e1sZSjnzoN2ukJscavCy1kNT
    -----END PRIVATE KEY-----
    """
}
