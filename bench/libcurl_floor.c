/*
 * libcurl_floor: the cheapest way this machine's libcurl can post the bench request.
 *
 * The same request as wrk and yuno-sim (body, Content-Type, x-api-key, x-secret, a fixed
 * x-hmac-signature), with no rendering, no signing and no bookkeeping: one header list and
 * one body shared by every transfer, easy handles reused, THREADS threads each driving its own
 * multi handle with CONCURRENCY / THREADS transfers in flight. Whatever rate this reaches is
 * the ceiling for any sender built on libcurl here, yuno-sim included.
 *
 * With `sign SECRET` at the end, every request's x-hmac-signature is computed just before it is
 * sent: HMAC-SHA256 of the body keyed with SECRET (the pads absorbed once, as yuno-sim does),
 * Base64, written into the handle's own header line. The body is the same each time, but the
 * hashing is the work any signing sender must do per request; the difference from the plain run
 * is what signing alone costs. The computed signature must equal SIGNATURE, or it exits 2.
 *
 * With the word `handoff` at the end, every finished transfer goes to the main thread, which
 * hands it straight back to its curl thread (a locked queue and a condition variable one way,
 * a locked inbox and curl_multi_wakeup the other): the shape of a sender whose bookkeeping
 * lives on other threads than curl, as yuno-sim's does. The main thread does no work, so the
 * difference from the plain run is what the hand-off alone costs.
 *
 * usage: libcurl_floor URL BODY_FILE SIGNATURE COUNT CONCURRENCY THREADS [handoff | sign SECRET]
 * prints: requests=N seconds=S rate=R failures=F    (exit 1 if any answer was not 200)
 */
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_THREADS 16
#define MAX_CONCURRENCY 4096

struct worker {
    CURLM *multi;
    pthread_mutex_t lock;
    CURL *inbox[MAX_CONCURRENCY];
    int inbox_count;
};

struct finished {
    CURL *easy;
    int worker;
};

static const char *url;
static char *body;
static long body_size;
static struct curl_slist *headers;
static atomic_long remaining;
static atomic_long failures;
static atomic_int stopping;
static int per_thread;
static int handoff;
static int signing;
/* SHA-256 having absorbed the key XOR ipad / opad (RFC 2104), copied for each signature. */
static SHA256_CTX inner_padded, outer_padded;
/* The request's header lines before x-hmac-signature. */
static const char *signature_lines[] = {"Content-Type: application/json", "Accept:", "Expect:",
                                        "x-api-key: bench-api-key", "x-secret: bench-secret"};
#define SIGNATURE_PREFIX "x-hmac-signature: "

/* One handle's header list: the fixed lines and its own signature line, rewritten per request. */
struct signed_headers {
    struct curl_slist nodes[6];
    char signature[sizeof SIGNATURE_PREFIX + 64];
};

static void sign_body(char *out) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_CTX context = inner_padded;
    SHA256_Update(&context, body, (size_t)body_size);
    SHA256_Final(digest, &context);
    context = outer_padded;
    SHA256_Update(&context, digest, sizeof digest);
    SHA256_Final(digest, &context);
    EVP_EncodeBlock((unsigned char *)out, digest, sizeof digest);
}

static void prepare_signing(const char *secret) {
    unsigned char block[64] = {0}, pad[64];
    size_t length = strlen(secret);
    if (length > sizeof block) SHA256((const unsigned char *)secret, length, block);
    else memcpy(block, secret, length);
    for (int i = 0; i < 64; i++) pad[i] = block[i] ^ 0x36;
    SHA256_Init(&inner_padded);
    SHA256_Update(&inner_padded, pad, sizeof pad);
    for (int i = 0; i < 64; i++) pad[i] = block[i] ^ 0x5c;
    SHA256_Init(&outer_padded);
    SHA256_Update(&outer_padded, pad, sizeof pad);
}

/* Signs the body into `headers`' signature line, as it is sent next. */
static void sign_into(struct signed_headers *headers) {
    sign_body(headers->signature + strlen(SIGNATURE_PREFIX));
}
static struct worker workers[MAX_THREADS];

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_ready = PTHREAD_COND_INITIALIZER;
static struct finished done[MAX_CONCURRENCY];
static int done_count;

static size_t discard(char *data, size_t size, size_t count, void *user) {
    (void)data; (void)user;
    return size * count;
}

static int take_one(void) { return atomic_fetch_sub(&remaining, 1) > 0; }

static void *drive(void *argument) {
    int me = (int)(long)argument;
    CURLM *multi = workers[me].multi;
    CURL **easy = calloc((size_t)per_thread, sizeof(CURL *));
    struct signed_headers *own = calloc((size_t)per_thread, sizeof(struct signed_headers));
    int active = 0;
    for (int i = 0; i < per_thread; i++) {
        easy[i] = curl_easy_init();
        curl_easy_setopt(easy[i], CURLOPT_URL, url);
        if (signing) {
            for (int line = 0; line < 6; line++) {
                own[i].nodes[line].data = line < 5 ? (char *)signature_lines[line] : own[i].signature;
                own[i].nodes[line].next = line < 5 ? &own[i].nodes[line + 1] : NULL;
            }
            strcpy(own[i].signature, SIGNATURE_PREFIX);
            sign_into(&own[i]);
            curl_easy_setopt(easy[i], CURLOPT_PRIVATE, &own[i]);
            curl_easy_setopt(easy[i], CURLOPT_HTTPHEADER, own[i].nodes);
        } else {
            curl_easy_setopt(easy[i], CURLOPT_HTTPHEADER, headers);
        }
        curl_easy_setopt(easy[i], CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(easy[i], CURLOPT_POSTFIELDSIZE, body_size);
        curl_easy_setopt(easy[i], CURLOPT_WRITEFUNCTION, discard);
        curl_easy_setopt(easy[i], CURLOPT_NOSIGNAL, 1L);
        if (take_one()) { curl_multi_add_handle(multi, easy[i]); active++; }
    }
    for (;;) {
        int running = 0;
        curl_multi_perform(multi, &running);
        CURLMsg *message;
        int queued;
        while ((message = curl_multi_info_read(multi, &queued))) {
            if (message->msg != CURLMSG_DONE) continue;
            CURL *finished = message->easy_handle;
            long status = 0;
            curl_easy_getinfo(finished, CURLINFO_RESPONSE_CODE, &status);
            if (message->data.result != CURLE_OK || status != 200) atomic_fetch_add(&failures, 1);
            curl_multi_remove_handle(multi, finished);
            active--;
            if (handoff) {
                pthread_mutex_lock(&done_lock);
                done[done_count++] = (struct finished){finished, me};
                pthread_cond_signal(&done_ready);
                pthread_mutex_unlock(&done_lock);
            } else if (take_one()) {
                if (signing) {
                    struct signed_headers *own_headers;
                    curl_easy_getinfo(finished, CURLINFO_PRIVATE, (char **)&own_headers);
                    sign_into(own_headers);
                }
                curl_multi_add_handle(multi, finished);
                active++;
            }
        }
        if (handoff) {
            pthread_mutex_lock(&workers[me].lock);
            for (int i = 0; i < workers[me].inbox_count; i++) curl_multi_add_handle(multi, workers[me].inbox[i]);
            active += workers[me].inbox_count;
            workers[me].inbox_count = 0;
            pthread_mutex_unlock(&workers[me].lock);
            if (active == 0 && atomic_load(&stopping)) break;
        } else if (active == 0) {
            break;
        }
        curl_multi_poll(multi, NULL, 0, 1000, NULL);
    }
    for (int i = 0; i < per_thread; i++) curl_easy_cleanup(easy[i]);
    free(easy);
    free(own);
    return NULL;
}

/* handoff: takes finished transfers in batches and sends each back while requests remain. */
static void hand_back(long count) {
    static struct finished batch[MAX_CONCURRENCY];
    long completed = 0;
    while (completed < count) {
        pthread_mutex_lock(&done_lock);
        while (done_count == 0) pthread_cond_wait(&done_ready, &done_lock);
        int taken = done_count;
        memcpy(batch, done, sizeof(struct finished) * (size_t)taken);
        done_count = 0;
        pthread_mutex_unlock(&done_lock);
        completed += taken;
        for (int i = 0; i < taken; i++) {
            if (!take_one()) continue;
            struct worker *worker = &workers[batch[i].worker];
            pthread_mutex_lock(&worker->lock);
            int was_empty = worker->inbox_count == 0;
            worker->inbox[worker->inbox_count++] = batch[i].easy;
            pthread_mutex_unlock(&worker->lock);
            if (was_empty) curl_multi_wakeup(worker->multi);
        }
    }
}

int main(int argc, char **argv) {
    handoff = argc == 8 && strcmp(argv[7], "handoff") == 0;
    signing = argc == 9 && strcmp(argv[7], "sign") == 0;
    if (argc != 7 && !handoff && !signing) {
        fprintf(stderr, "usage: %s URL BODY_FILE SIGNATURE COUNT CONCURRENCY THREADS [handoff | sign SECRET]\n", argv[0]);
        return 2;
    }
    url = argv[1];
    long count = atol(argv[4]);
    int concurrency = atoi(argv[5]), threads = atoi(argv[6]);
    if (count <= 0 || threads <= 0 || threads > MAX_THREADS || concurrency < threads || concurrency > MAX_CONCURRENCY) {
        fprintf(stderr, "need COUNT > 0, 0 < THREADS <= %d, THREADS <= CONCURRENCY <= %d\n", MAX_THREADS, MAX_CONCURRENCY);
        return 2;
    }
    per_thread = concurrency / threads;
    FILE *file = fopen(argv[2], "rb");
    if (!file) { perror(argv[2]); return 2; }
    fseek(file, 0, SEEK_END);
    body_size = ftell(file);
    rewind(file);
    body = malloc((size_t)body_size);
    if (fread(body, 1, (size_t)body_size, file) != (size_t)body_size) { perror(argv[2]); return 2; }
    fclose(file);
    if (signing) {
        char computed[64];
        prepare_signing(argv[8]);
        sign_body(computed);
        if (strcmp(computed, argv[3]) != 0) {
            fprintf(stderr, "sign: HMAC-SHA256 of the body is %s, not %s\n", computed, argv[3]);
            return 2;
        }
    }

    char signature[256];
    snprintf(signature, sizeof signature, SIGNATURE_PREFIX "%s", argv[3]);
    for (size_t i = 0; i < sizeof signature_lines / sizeof *signature_lines; i++) {
        headers = curl_slist_append(headers, signature_lines[i]);
    }
    headers = curl_slist_append(headers, signature);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    atomic_store(&remaining, count);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pthread_t threads_run[MAX_THREADS];
    for (int i = 0; i < threads; i++) {
        workers[i].multi = curl_multi_init();
        pthread_mutex_init(&workers[i].lock, NULL);
    }
    for (int i = 0; i < threads; i++) pthread_create(&threads_run[i], NULL, drive, (void *)(long)i);
    if (handoff) {
        hand_back(count);
        atomic_store(&stopping, 1);
        for (int i = 0; i < threads; i++) curl_multi_wakeup(workers[i].multi);
    }
    for (int i = 0; i < threads; i++) pthread_join(threads_run[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("requests=%ld seconds=%.3f rate=%.0f failures=%ld\n", count, seconds, count / seconds,
           atomic_load(&failures));
    for (int i = 0; i < threads; i++) curl_multi_cleanup(workers[i].multi);
    curl_slist_free_all(headers);
    curl_global_cleanup();
    return atomic_load(&failures) == 0 ? 0 : 1;
}
