// The system's SQLite (Debian: libsqlite3-dev), for the history store.
#include <sqlite3.h>
