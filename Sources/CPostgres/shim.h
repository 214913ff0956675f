// libpq, PostgreSQL's client library, loaded at run time: this header is our own, so the package
// builds without libpq-dev (no libpq-fe.h, no libpq.so) and links nothing of PostgreSQL's. The
// postgres backend loads libpq.so.5 with dlopen when it first connects; SQLite-only use never does.
//
// The declarations below follow libpq's C API as PostgreSQL 15 documents it (libpq-fe.h); libpq.so.5
// keeps that ABI stable from PostgreSQL 8.x on, so every value and signature here holds for any
// libpq5. Only what Concord calls is declared.
#ifndef CPOSTGRES_SHIM_H
#define CPOSTGRES_SHIM_H

#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wnullability-completeness"

/// A connection (`struct pg_conn`), opaque.
typedef struct pg_conn PGconn;
/// A statement's result (`struct pg_result`), opaque.
typedef struct pg_result PGresult;
/// A PostgreSQL object id (a type's, for `PQprepare`).
typedef unsigned int Oid;

/// A notification from LISTEN/NOTIFY, as `PQnotifies` hands it out (freed with `PQfreemem`).
typedef struct pgNotify {
    /// The channel.
    char *relname;
    /// The server process that sent it.
    int be_pid;
    /// The payload.
    char *extra;
    /// libpq's own list link.
    struct pgNotify *next;
} PGnotify;

/// Receives a connection's NOTICE and WARNING messages.
typedef void (*PQnoticeProcessor)(void *arg, const char *message);

/// A connection's state (`PQstatus`): libpq's values; the states of non-blocking connecting
/// (2 and up) are not named.
typedef enum {
    CONNECTION_OK = 0,
    CONNECTION_BAD = 1,
} ConnStatusType;

/// A result's state (`PQresultStatus`), with libpq's values.
typedef enum {
    PGRES_EMPTY_QUERY = 0,
    PGRES_COMMAND_OK = 1,
    PGRES_TUPLES_OK = 2,
    PGRES_COPY_OUT = 3,
    PGRES_COPY_IN = 4,
    PGRES_BAD_RESPONSE = 5,
    PGRES_NONFATAL_ERROR = 6,
    PGRES_FATAL_ERROR = 7,
} ExecStatusType;

/// Whether a transaction is open on a connection (`PQtransactionStatus`), with libpq's values.
typedef enum {
    PQTRANS_IDLE = 0,
    PQTRANS_ACTIVE = 1,
    PQTRANS_INTRANS = 2,
    PQTRANS_INERROR = 3,
    PQTRANS_UNKNOWN = 4,
} PGTransactionStatusType;

/// The libpq functions Concord calls, each found in the loaded library under its own name. Filled by
/// `cpostgres_load`; every member is set when it succeeds.
typedef struct CPostgresLibrary {
    PGconn *(*_Nonnull PQconnectdbParams)(const char *const *keywords, const char *const *values, int expand_dbname);
    void (*_Nonnull PQfinish)(PGconn *conn);
    ConnStatusType (*_Nonnull PQstatus)(const PGconn *conn);
    PGTransactionStatusType (*_Nonnull PQtransactionStatus)(const PGconn *conn);
    char *(*_Nonnull PQerrorMessage)(const PGconn *conn);
    char *(*_Nonnull PQdb)(const PGconn *conn);
    char *(*_Nonnull PQhost)(const PGconn *conn);
    char *(*_Nonnull PQport)(const PGconn *conn);
    int (*_Nonnull PQsocket)(const PGconn *conn);
    int (*_Nonnull PQbackendPID)(const PGconn *conn);
    PQnoticeProcessor (*_Nonnull PQsetNoticeProcessor)(PGconn *conn, PQnoticeProcessor proc, void *arg);
    PGresult *(*_Nonnull PQexec)(PGconn *conn, const char *query);
    PGresult *(*_Nonnull PQprepare)(PGconn *conn, const char *stmtName, const char *query, int nParams,
                                    const Oid *paramTypes);
    PGresult *(*_Nonnull PQexecPrepared)(PGconn *conn, const char *stmtName, int nParams,
                                         const char *const *paramValues, const int *paramLengths,
                                         const int *paramFormats, int resultFormat);
    int (*_Nonnull PQconsumeInput)(PGconn *conn);
    PGnotify *(*_Nonnull PQnotifies)(PGconn *conn);
    ExecStatusType (*_Nonnull PQresultStatus)(const PGresult *res);
    char *(*_Nonnull PQresultErrorField)(const PGresult *res, int fieldcode);
    int (*_Nonnull PQntuples)(const PGresult *res);
    int (*_Nonnull PQnfields)(const PGresult *res);
    char *(*_Nonnull PQfname)(const PGresult *res, int field_num);
    char *(*_Nonnull PQcmdTuples)(PGresult *res);
    char *(*_Nonnull PQgetvalue)(const PGresult *res, int tup_num, int field_num);
    int (*_Nonnull PQgetisnull)(const PGresult *res, int tup_num, int field_num);
    void (*_Nonnull PQclear)(PGresult *res);
    void (*_Nonnull PQfreemem)(void *ptr);
} CPostgresLibrary;

/// Loads the shared library `name` (libpq.so.5) with RTLD_NOW | RTLD_LOCAL and fills `library` with
/// its functions. Returns 1 on success; otherwise 0, with why (dlerror's words, or the function the
/// library lacks) in `message`, and `library` left unusable. Keeps no state of its own: the caller
/// loads once and keeps the table (the Swift side does, in `LibPQ.loaded`). A library once loaded
/// stays loaded.
static inline int cpostgres_load(const char *_Nonnull name, CPostgresLibrary *_Nonnull library,
                                 char *_Nonnull message, size_t capacity) {
    void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *reason = dlerror();
        snprintf(message, capacity, "%s", reason != NULL ? reason : "dlopen failed");
        return 0;
    }
#define CPOSTGRES_FIND(function)                                                      \
    library->function = (__typeof__(library->function))dlsym(handle, #function);     \
    if (library->function == NULL) {                                                  \
        snprintf(message, capacity, "%s has no function %s", name, #function);        \
        dlclose(handle);                                                              \
        return 0;                                                                     \
    }
    CPOSTGRES_FIND(PQconnectdbParams)
    CPOSTGRES_FIND(PQfinish)
    CPOSTGRES_FIND(PQstatus)
    CPOSTGRES_FIND(PQtransactionStatus)
    CPOSTGRES_FIND(PQerrorMessage)
    CPOSTGRES_FIND(PQdb)
    CPOSTGRES_FIND(PQhost)
    CPOSTGRES_FIND(PQport)
    CPOSTGRES_FIND(PQsocket)
    CPOSTGRES_FIND(PQbackendPID)
    CPOSTGRES_FIND(PQsetNoticeProcessor)
    CPOSTGRES_FIND(PQexec)
    CPOSTGRES_FIND(PQprepare)
    CPOSTGRES_FIND(PQexecPrepared)
    CPOSTGRES_FIND(PQconsumeInput)
    CPOSTGRES_FIND(PQnotifies)
    CPOSTGRES_FIND(PQresultStatus)
    CPOSTGRES_FIND(PQresultErrorField)
    CPOSTGRES_FIND(PQntuples)
    CPOSTGRES_FIND(PQnfields)
    CPOSTGRES_FIND(PQfname)
    CPOSTGRES_FIND(PQcmdTuples)
    CPOSTGRES_FIND(PQgetvalue)
    CPOSTGRES_FIND(PQgetisnull)
    CPOSTGRES_FIND(PQclear)
    CPOSTGRES_FIND(PQfreemem)
#undef CPOSTGRES_FIND
    return 1;
}

#pragma clang diagnostic pop

#endif
