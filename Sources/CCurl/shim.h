// Fixed-arity wrappers over libcurl's variadic calls, which Swift cannot call directly.
// One wrapper per value kind; no logic lives here.
#ifndef YUNO_CCURL_SHIM_H
#define YUNO_CCURL_SHIM_H

#include <curl/curl.h>

static inline CURLcode yuno_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode yuno_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode yuno_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode yuno_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode yuno_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode yuno_easy_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode yuno_easy_setopt_sockopt_callback(CURL *handle, curl_sockopt_callback value) {
    return curl_easy_setopt(handle, CURLOPT_SOCKOPTFUNCTION, value);
}

static inline CURLcode yuno_easy_setopt_closesocket_callback(CURL *handle, curl_closesocket_callback value) {
    return curl_easy_setopt(handle, CURLOPT_CLOSESOCKETFUNCTION, value);
}

static inline CURLcode yuno_global_init(void) {
    return curl_global_init(CURL_GLOBAL_ALL);
}

static inline CURLcode yuno_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode yuno_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode yuno_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode yuno_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

static inline CURLMcode yuno_multi_setopt_pointer(CURLM *multi, CURLMoption option, void *value) {
    return curl_multi_setopt(multi, option, value);
}

static inline CURLMcode yuno_multi_setopt_socket_callback(CURLM *multi, curl_socket_callback value) {
    return curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, value);
}

static inline CURLMcode yuno_multi_setopt_timer_callback(CURLM *multi, curl_multi_timer_callback value) {
    return curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, value);
}

/// CURLMsg with its union flattened: Swift cannot read C unions conveniently.
typedef struct {
    CURL *easy;
    int done;
    CURLcode result;
} yuno_multi_message;

/// Reads the next message from the multi handle; returns 0 when there is none.
static inline int yuno_multi_info_read(CURLM *multi, yuno_multi_message *out) {
    int remaining = 0;
    CURLMsg *message = curl_multi_info_read(multi, &remaining);
    if (message == NULL) {
        return 0;
    }
    out->easy = message->easy_handle;
    out->done = message->msg == CURLMSG_DONE;
    out->result = message->data.result;
    return 1;
}

#endif
