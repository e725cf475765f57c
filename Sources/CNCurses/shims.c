#include "CNCurses.h"
#include "crash_restore.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdio.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <term.h>
#include <unistd.h>

WINDOW *cnc_stdscr(void) { return stdscr; }
SCREEN *cnc_newterm(void) { return newterm(NULL, stdout, stdin); }

unsigned int cnc_a_bold(void) { return A_BOLD; }
unsigned int cnc_a_reverse(void) { return A_REVERSE; }
unsigned int cnc_a_underline(void) { return A_UNDERLINE; }
unsigned int cnc_a_dim(void) { return A_DIM; }
unsigned int cnc_a_normal(void) { return A_NORMAL; }
int cnc_key_code_yes(void) { return KEY_CODE_YES; }
int cnc_colors(void) { return COLORS; }
int cnc_color_pairs(void) { return COLOR_PAIRS; }

const char *cnc_setlocale_and_codeset(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    return codeset ? codeset : "";
}

int cnc_wcwidth(uint32_t codepoint) { return wcwidth((wchar_t)codepoint); }

int cnc_put(WINDOW *win, int y, int x, const uint32_t *codepoints, int count,
            unsigned int attrs, int pair) {
    wchar_t text[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) text[i] = (wchar_t)codepoints[i];
    text[n] = L'\0';
    cchar_t cell;
    /* The extended pair goes through opts; the short argument is then ignored. */
    if (setcchar(&cell, text, (attr_t)attrs, (short)(pair & 0x7FFF), &pair) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

int cnc_init_pair(int pair, int foreground, int background) {
    return init_extended_pair(pair, foreground, background);
}

static volatile sig_atomic_t pending_signal = 0;
/* Self-pipe: signal handlers and other threads write a byte; cnc_wait polls the read end. */
static int wake_pipe[2] = { -1, -1 };
static struct sigaction ncurses_winch;

static void wake_write(void) {
    if (wake_pipe[1] >= 0) {
        int saved = errno;
        char byte = 1;
        ssize_t ignored = write(wake_pipe[1], &byte, 1);  /* full pipe: already awake */
        (void)ignored;
        errno = saved;
    }
}

static void on_signal(int sig) {
    pending_signal = sig;
    wake_write();
}

static void on_winch(int sig, siginfo_t *info, void *context) {
    if (ncurses_winch.sa_flags & SA_SIGINFO) {
        if (ncurses_winch.sa_sigaction) ncurses_winch.sa_sigaction(sig, info, context);
    } else if (ncurses_winch.sa_handler != SIG_DFL && ncurses_winch.sa_handler != SIG_IGN) {
        ncurses_winch.sa_handler(sig);
    }
    wake_write();
}

void cnc_chain_winch(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    if (sigaction(SIGWINCH, NULL, &ncurses_winch) != 0) return;
    if (!(ncurses_winch.sa_flags & SA_SIGINFO) && ncurses_winch.sa_handler == SIG_IGN) return;
    action.sa_sigaction = on_winch;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGWINCH, &action, NULL);
}

void cnc_wake(void) { wake_write(); }

int cnc_wait(int timeout_ms) {
    struct pollfd fds[2] = {
        { .fd = 0, .events = POLLIN, .revents = 0 },
        { .fd = wake_pipe[0], .events = POLLIN, .revents = 0 },
    };
    int r = poll(fds, wake_pipe[0] >= 0 ? 2 : 1, timeout_ms);
    if (r < 0) return errno == EINTR ? CNC_WOKEN : CNC_HANGUP;
    int mask = 0;
    if (fds[0].revents & POLLIN) mask |= CNC_INPUT;
    if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) mask |= CNC_HANGUP;
    if (fds[1].revents & POLLIN) {
        char drain[64];
        while (read(wake_pipe[0], drain, sizeof drain) > 0) {}
        mask |= CNC_WOKEN;
    }
    return mask;
}

static const int handled_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };
#define HANDLED_COUNT (int)(sizeof handled_signals / sizeof handled_signals[0])
static struct sigaction previous_actions[HANDLED_COUNT];
static int handlers_installed = 0;

static struct termios saved_termios;
static int have_termios = 0;

void cnc_install_signal_handlers(void) {
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        wake_pipe[0] = wake_pipe[1] = -1;
    }
    if (tcgetattr(0, &saved_termios) == 0) have_termios = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    /* No SA_RESTART: a blocked call returns EINTR; the self-pipe wakes poll() anyway. */
    action.sa_flags = 0;
    for (int i = 0; i < HANDLED_COUNT; i++) sigaction(handled_signals[i], &action, &previous_actions[i]);
    handlers_installed = 1;
    /* This thread (the UI's) takes them, whatever mask it was started with: a shell started
       from a thread that blocks signals (a test runner's, a tmux server it spawned) hands the
       mask down, and the runtime's worker threads block them all. */
    sigset_t set;
    sigemptyset(&set);
    for (int i = 0; i < HANDLED_COUNT; i++) sigaddset(&set, handled_signals[i]);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGCONT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int cnc_pending_signal(void) { return pending_signal; }
void cnc_clear_pending_signal(void) { pending_signal = 0; }

static const int crash_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
#define CRASH_COUNT (int)(sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous_crash_actions[CRASH_COUNT];
static int crash_installed = 0;
static char restore_sequence[512];
static size_t restore_length = 0;

static void restore_crash_actions(void) {
    if (!crash_installed) return;
    for (int i = 0; i < CRASH_COUNT; i++) sigaction(crash_signals[i], &previous_crash_actions[i], NULL);
    crash_installed = 0;
}

static int chain_to_previous = 0;

static void on_crash(int sig) {
    if (restore_length > 0) {
        ssize_t ignored = write(1, restore_sequence, restore_length);
        (void)ignored;
    }
    if (have_termios) tcsetattr(0, TCSANOW, &saved_termios);
    static const char message[] =
        "launchdeck crashed; the terminal was restored. Run it with "
        "SWIFT_BACKTRACE=enable=yes,interactive=no for a backtrace to report.\n";
    ssize_t ignored = write(2, message, sizeof message - 1);
    (void)ignored;
    /* Hand the crash on: to the previous handler when the user asked for Swift's
       backtracer (SWIFT_BACKTRACE set), else to the default action. Swift's interactive
       backtracer would otherwise sit waiting for keys on the terminal. raise() also covers
       a signal sent with kill(), where returning would not fault again. */
    for (int i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] != sig) continue;
        if (chain_to_previous) {
            sigaction(sig, &previous_crash_actions[i], NULL);
        } else {
            struct sigaction fallback;
            memset(&fallback, 0, sizeof fallback);
            fallback.sa_handler = SIG_DFL;
            sigemptyset(&fallback.sa_mask);
            sigaction(sig, &fallback, NULL);
        }
    }
    raise(sig);
}

static void append_capability(const char *name) {
    char *value = tigetstr((char *)name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (restore_length + length >= sizeof restore_sequence) return;
    memcpy(restore_sequence + restore_length, value, length);
    restore_length += length;
}

void cnc_append_crash_restore(const char *bytes) {
    size_t length = strlen(bytes);
    if (restore_length + length >= sizeof restore_sequence) return;
    memcpy(restore_sequence + restore_length, bytes, length);
    restore_length += length;
}

void cnc_prepare_crash_restore(int chain_previous) {
    chain_to_previous = chain_previous;
    restore_length = 0;
    append_capability("sgr0");
    append_capability("cnorm");
    append_capability("rmcup");
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER;
    for (int i = 0; i < CRASH_COUNT; i++) sigaction(crash_signals[i], &action, &previous_crash_actions[i]);
    crash_installed = 1;
}

void cnc_restore_signal_handlers(void) {
    restore_crash_actions();
    if (!handlers_installed) return;
    for (int i = 0; i < HANDLED_COUNT; i++) sigaction(handled_signals[i], &previous_actions[i], NULL);
    handlers_installed = 0;
}

int cnc_has_alternate_screen(void) {
    char *value = tigetstr((char *)"smcup");
    return value != NULL && value != (char *)-1 && value[0] != '\0';
}

void cnc_suspend(void) {
    struct sigaction ours, stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    endwin();
    sigaction(SIGTSTP, &stop, &ours);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    /* Sent to this thread, not the process: a process-directed SIGTSTP may be taken by
       another thread, which stops the process only later, after the handler below is back,
       so the signal came round to it again and Ctrl-Z could take seconds under load (CI
       saw 20 s). Measured: kill(getpid()) stopped late in 5 of 12 runs, this in 0 of 16. */
    pthread_kill(pthread_self(), SIGTSTP);  /* stops here until SIGCONT */
    sigaction(SIGTSTP, &ours, NULL);  /* continued: catch Ctrl-Z again */
    pending_signal = 0;
}

void cnc_reraise(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    kill(getpid(), sig);
}

int cnc_isatty(int fd) { return isatty(fd); }

/* Not ncurses, but this is the package's one C target: malloc.h is not in the Glibc module. */
void cnc_single_malloc_arena(void) { mallopt(M_ARENA_MAX, 1); }
