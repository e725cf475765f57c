#ifndef CNC_CRASH_RESTORE_H
#define CNC_CRASH_RESTORE_H

/* Adds bytes to what the crash handler writes to the terminal (after sgr0, cnorm and
   rmcup); call after cnc_prepare_crash_restore, which starts the sequence afresh. */
void cnc_append_crash_restore(const char *bytes);

#endif
