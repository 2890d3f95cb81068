#ifndef SEEKPASS_CNCURSES_SHIM_H
#define SEEKPASS_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Globals and macros Swift 6 cannot use directly. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int cn_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int cn_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline unsigned int cn_a_normal(void) { return (unsigned int)A_NORMAL; }
static inline unsigned int cn_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int cn_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int cn_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int cn_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int cn_a_standout(void) { return (unsigned int)A_STANDOUT; }
static inline unsigned int cn_a_italic(void) { return (unsigned int)A_ITALIC; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_f0(void) { return KEY_F0; }
static inline int cn_key_max(void) { return KEY_MAX; }
static inline int cn_ccharw_max(void) { return CCHARW_MAX; }

extern int wcwidth(wchar_t c);
/* The C library's idea of a character's width in cells. */
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* Opens the terminal on file descriptors 0 and 1 (no glibc stdin/stdout globals). */
static inline SCREEN *cn_newterm(const char *term) {
    FILE *out = fdopen(dup(1), "w");
    FILE *in = fdopen(dup(0), "r");
    if (out == NULL || in == NULL) return NULL;
    return newterm(term, out, in);
}

/* Draws one cell: up to CCHARW_MAX scalars (a grapheme), attributes and an extended colour pair. */
static inline int cn_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, (short)(pair > 32767 ? 0 : pair), &pair) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}

/* ---- Signals ------------------------------------------------------------------------------- */

/*
 * Asynchronous signals (SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGCONT) write one byte naming the
 * signal to a wake pipe; the input loop reads it. Crash signals (SIGILL, SIGTRAP, SIGSEGV,
 * SIGBUS, SIGABRT, SIGFPE) restore the terminal with async-signal-safe calls only (write,
 * tcsetattr), then re-raise with the default action.
 */
struct cn_signal_state {
    int wake_fd;
    int restore_armed;
    int tty_fd;
    struct termios saved_termios;
    char restore_seq[256];
    size_t restore_len;
};

/* One instance, kept in a function so that the header needs no separate C file. */
static inline struct cn_signal_state *cn_state(void) {
    static struct cn_signal_state state = { -1, 0, -1 };
    return &state;
}

static inline void cn_restore_terminal_now(void) {
    if (!cn_state()->restore_armed) return;
    cn_state()->restore_armed = 0;
    if (cn_state()->restore_len > 0) {
        ssize_t r = write(cn_state()->tty_fd, cn_state()->restore_seq, cn_state()->restore_len);
        (void)r;
    }
    tcsetattr(cn_state()->tty_fd, TCSAFLUSH, &cn_state()->saved_termios);
}

/* Saves the terminal's mode now, before curses changes it. */
static inline int cn_save_termios(int tty_fd) {
    cn_state()->tty_fd = tty_fd;
    return tcgetattr(tty_fd, &cn_state()->saved_termios);
}

/* Arms the crash restore with the bytes that undo the program's screen modes. */
static inline void cn_arm_restore(const char *sequence) {
    size_t n = strlen(sequence);
    if (n >= sizeof(cn_state()->restore_seq)) n = sizeof(cn_state()->restore_seq) - 1;
    memcpy(cn_state()->restore_seq, sequence, n);
    cn_state()->restore_len = n;
    cn_state()->restore_armed = 1;
}

static inline void cn_disarm_restore(void) { cn_state()->restore_armed = 0; }

static inline void cn_crash_handler(int sig) {
    int saved = errno;
    cn_restore_terminal_now();
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    errno = saved;
    raise(sig);
}

static inline void cn_wake_handler(int sig) {
    int saved = errno;
    char byte = (char)sig;
    if (cn_state()->wake_fd >= 0) {
        ssize_t r = write(cn_state()->wake_fd, &byte, 1);
        (void)r;
    }
    errno = saved;
}

static inline void cn_install_handler(int sig, void (*handler)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = flags;
    sigaction(sig, &sa, NULL);
}

static inline void cn_install_signal_handlers(int wake_fd) {
    cn_state()->wake_fd = wake_fd;
    cn_install_handler(SIGWINCH, cn_wake_handler, SA_RESTART);
    cn_install_handler(SIGINT, cn_wake_handler, SA_RESTART);
    cn_install_handler(SIGTERM, cn_wake_handler, SA_RESTART);
    cn_install_handler(SIGHUP, cn_wake_handler, SA_RESTART);
    cn_install_handler(SIGCONT, cn_wake_handler, SA_RESTART);
    cn_install_handler(SIGILL, cn_crash_handler, SA_RESETHAND);
    cn_install_handler(SIGTRAP, cn_crash_handler, SA_RESETHAND);
    cn_install_handler(SIGSEGV, cn_crash_handler, SA_RESETHAND);
    cn_install_handler(SIGBUS, cn_crash_handler, SA_RESETHAND);
    cn_install_handler(SIGABRT, cn_crash_handler, SA_RESETHAND);
    cn_install_handler(SIGFPE, cn_crash_handler, SA_RESETHAND);
    /* Crash signals must reach their handler on this thread even if its mask blocks them. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGILL); sigaddset(&set, SIGTRAP); sigaddset(&set, SIGSEGV);
    sigaddset(&set, SIGBUS); sigaddset(&set, SIGABRT); sigaddset(&set, SIGFPE);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

static inline void cn_uninstall_signal_handlers(void) {
    int sigs[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGCONT,
                   SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) cn_install_handler(sigs[i], SIG_DFL, 0);
    cn_state()->wake_fd = -1;
}

/* Ends the process by the signal's default action (after the terminal was restored). */
static inline void cn_reraise_default(int sig) {
    cn_install_handler(sig, SIG_DFL, 0);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

/* A terminfo string capability, or NULL when the terminal lacks it. */
static inline const char *cn_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/* Waits for input on fd 0 or the wake pipe; returns poll's result. */
static inline int cn_poll2(int fd0, int fd1, int timeout_ms, int *ready0, int *ready1) {
    struct pollfd fds[2];
    fds[0].fd = fd0; fds[0].events = POLLIN; fds[0].revents = 0;
    fds[1].fd = fd1; fds[1].events = POLLIN; fds[1].revents = 0;
    int r = poll(fds, 2, timeout_ms);
    *ready0 = (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0;
    *ready1 = (fds[1].revents & POLLIN) != 0;
    return r;
}

static inline int cn_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

static inline int cn_set_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0) return -1;
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

#endif
