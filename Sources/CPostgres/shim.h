// With pkg-config, libpq's include directory is on the search path; without it, Debian keeps the
// header under postgresql/ (libpq-fe.h finds its neighbours from there by itself).
#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#else
#include <postgresql/libpq-fe.h>
#endif
