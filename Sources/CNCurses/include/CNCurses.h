#ifndef CNCURSES_H
#define CNCURSES_H

/* Wide-character ncurses needs these before the header, in every C file that includes it
   (SwiftPM drops pkg-config's -D flags): see shared/PITFALLS.md. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdint.h>

/* Globals and macros Swift 6 cannot import. */
WINDOW *cnc_stdscr(void);
/* newterm(NULL, stdout, stdin): unlike initscr it returns NULL for an unknown TERM. */
SCREEN *cnc_newterm(void);
unsigned int cnc_a_bold(void);
unsigned int cnc_a_reverse(void);
unsigned int cnc_a_underline(void);
unsigned int cnc_a_dim(void);
unsigned int cnc_a_normal(void);
int cnc_key_code_yes(void);
int cnc_colors(void);
int cnc_color_pairs(void);

/* The locale's codeset name ("UTF-8", "ANSI_X3.4-1968", ...) after setlocale(LC_ALL, ""). */
const char *cnc_setlocale_and_codeset(void);

/* Display width of one code point as the C library sees it (-1 for non-printables). */
int cnc_wcwidth(uint32_t codepoint);

/* Puts one character (with up to four combining marks) at y, x in a window, in colour
   pair `pair` (an extended pair number: may exceed a short). */
int cnc_put(WINDOW *win, int y, int x, const uint32_t *codepoints, int count,
            unsigned int attrs, int pair);

/* init_extended_pair: colour numbers may be 24-bit values on a direct-colour terminal. */
int cnc_init_pair(int pair, int foreground, int background);

/* Mouse reporting, off unless asked for. cnc_enable_mouse returns 1 when the terminal
   reports the mouse, and adds the sequence that turns it off to what the crash handler
   writes; cnc_disable_mouse turns it off (every exit path calls it). */
int cnc_enable_mouse(void);
void cnc_disable_mouse(void);
/* After KEY_MOUSE: the event's cell and what happened (CNC_MOUSE_*); 0 when none. */
#define CNC_MOUSE_PRESS 1
#define CNC_MOUSE_RELEASE 2
#define CNC_MOUSE_SCROLL_UP 3
#define CNC_MOUSE_SCROLL_DOWN 4
int cnc_get_mouse(int *x, int *y, int *button);

/* Signals: the handler only records which signal arrived (async-signal-safe).
   The UI loop polls cnc_pending_signal() on each input timeout, restores the terminal,
   then calls cnc_reraise() so the process ends with the signal's own status. */
void cnc_install_signal_handlers(void);
int cnc_pending_signal(void);
void cnc_clear_pending_signal(void);
void cnc_reraise(int sig);

/* Puts back the handlers that were there before cnc_install_signal_handlers (after the
   terminal is restored, Ctrl-C and SIGTERM must work as usual again). */
void cnc_restore_signal_handlers(void);

/* After newterm: remembers how to restore the terminal (terminfo's sgr0, cnorm, rmcup and
   the termios saved before newterm) and installs crash handlers (SIGILL, SIGTRAP, SIGABRT,
   SIGSEGV, SIGBUS, SIGFPE) that write exactly that with async-signal-safe calls, then let
   the crash continue: to the handler that was there before (Swift's backtracer) when
   chain_previous, else to the default action. */
void cnc_prepare_crash_restore(int chain_previous);

/* 1 when the terminal has an alternate screen (terminfo smcup), which gives the shell's
   screen back on exit by itself. */
int cnc_has_alternate_screen(void);

/* Ctrl-Z: leaves curses mode, stops the process, and comes back when continued. */
void cnc_suspend(void);

/* After newterm: chain ncurses' own SIGWINCH handler behind one that also wakes
   cnc_wait(), so a resize is seen at once whichever thread the signal lands on. */
void cnc_chain_winch(void);

/* Wakes a cnc_wait() in progress (or the next one) from any thread. */
void cnc_wake(void);

/* Waits up to timeout_ms for input on stdin, a wake-up or a signal. Returns a mask:
   CNC_INPUT (stdin readable), CNC_HANGUP (stdin hung up or failed), CNC_WOKEN; 0 on
   timeout. Signals and resizes arrive as CNC_WOKEN (the handlers write to a pipe). */
#define CNC_INPUT 1
#define CNC_HANGUP 2
#define CNC_WOKEN 4
int cnc_wait(int timeout_ms);

/* 1 when the file descriptor is a terminal. */
int cnc_isatty(int fd);

/* One malloc arena for the whole process (glibc's M_ARENA_MAX); see DashboardRunner. */
void cnc_single_malloc_arena(void);

#endif
