// The curl threads wait on epoll and eventfd, which only Linux has; say so at build time
// rather than with a missing-module error from CEpoll.
#if !os(Linux)
#error("yuno-sim builds and runs on Linux only: its curl threads wait on epoll (see README)")
#endif
