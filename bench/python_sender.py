"""What a user would write instead of yuno-sim: an aiohttp sender that POSTs the same body
with the same headers, computing the HMAC-SHA256 signature for every request, with a fixed
number of requests in flight.

    python_sender.py URL BODY_FILE COUNT CONCURRENCY

Prints `sent=N ok=M seconds=S per_s=R`.
"""
import asyncio
import base64
import hashlib
import hmac
import sys
import time

import aiohttp

HMAC_SECRET = b"bench-hmac-secret"


async def worker(session, url, body, remaining, counts):
    while remaining[0] > 0:
        remaining[0] -= 1
        signature = base64.b64encode(hmac.new(HMAC_SECRET, body, hashlib.sha256).digest()).decode()
        headers = {
            "Content-Type": "application/json",
            "x-api-key": "bench-api-key",
            "x-secret": "bench-secret",
            "x-hmac-signature": signature,
        }
        async with session.post(url, data=body, headers=headers) as response:
            await response.read()
            counts[response.status == 200] += 1


async def main(url, body_path, count, concurrency):
    with open(body_path, "rb") as file:
        body = file.read()
    counts = [0, 0]
    remaining = [count]
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=23)
    started = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.gather(*(worker(session, url, body, remaining, counts) for _ in range(concurrency)))
    seconds = time.perf_counter() - started
    sent = counts[0] + counts[1]
    print(f"sent={sent} ok={counts[1]} seconds={seconds:.3f} per_s={sent / seconds:.0f}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
