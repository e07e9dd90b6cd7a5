// Linux epoll and eventfd, which Glibc's Swift module leaves out. Declarations only.
#ifndef YUNO_CEPOLL_SHIM_H
#define YUNO_CEPOLL_SHIM_H

#include <sys/epoll.h>
#include <sys/eventfd.h>

#endif
