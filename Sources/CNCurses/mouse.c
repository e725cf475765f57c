/* Mouse reporting: off unless the program asks; whatever turns it on also teaches the
   crash handler how to turn it off. */
#include "CNCurses.h"
#include "crash_restore.h"

#include <term.h>

static int mouse_on = 0;
static int mouse_off_recorded = 0;

int cnc_enable_mouse(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
    if (mousemask(wanted, NULL) == 0) return 0;
    mouseinterval(0);
    if (!mouse_off_recorded) {
        mouse_off_recorded = 1;
        /* What turns reporting off, for the crash handler: terminfo's XM with 0, else xterm's. */
        char *xm = tigetstr((char *)"XM");
        const char *off = (xm != NULL && xm != (char *)-1) ? tiparm(xm, 0) : NULL;
        if (off == NULL) off = "\033[?1000l\033[?1002l\033[?1006l";
        cnc_append_crash_restore(off);
    }
    mouse_on = 1;
    return 1;
}

void cnc_disable_mouse(void) {
    if (!mouse_on) return;
    mousemask(0, NULL);
    mouse_on = 0;
}

int cnc_get_mouse(int *x, int *y, int *button) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    *button = 1;
    if (event.bstate & BUTTON4_PRESSED) return CNC_MOUSE_SCROLL_UP;
    if (event.bstate & BUTTON5_PRESSED) return CNC_MOUSE_SCROLL_DOWN;
    if (event.bstate & BUTTON1_RELEASED) return CNC_MOUSE_RELEASE;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return CNC_MOUSE_PRESS;
    return 0;
}

