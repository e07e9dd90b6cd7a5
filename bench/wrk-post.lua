-- wrk: the same POST yuno-sim sends (catalogue body, Content-Type, x-api-key, x-secret,
-- x-hmac-signature), with no signing per request: the raw ceiling.
-- BENCH_BODY names the body file; BENCH_SIGNATURE is its signature.
local file = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-api-key"] = "bench-api-key"
wrk.headers["x-secret"] = "bench-secret"
wrk.headers["x-hmac-signature"] = os.getenv("BENCH_SIGNATURE")
