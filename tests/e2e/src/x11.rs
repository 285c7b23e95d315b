//! What a window manager does to the app's window, done by hand on a bare
//! Xvfb display (which has no window manager): finding the window, and
//! asking it to close as the close button or Alt+F4 would (the
//! `WM_DELETE_WINDOW` message), through libX11 from Python's ctypes.

use std::process::Command;

use anyhow::{bail, Context};

/// The app's top-level window on `display`: its X id and size, from `xwininfo`.
pub fn window(display: &str) -> anyhow::Result<(String, (u32, u32))> {
    let out = Command::new("xwininfo")
        .args(["-display", display, "-root", "-tree"])
        .output()
        .context("xwininfo (package x11-utils) is needed")?;
    let tree = String::from_utf8_lossy(&out.stdout);
    // `     0x1200003 "Shopkeeper": ("shopkeeper-desktop" ...)  1280x800+0+0  +0+0`
    let Some(line) = tree.lines().find(|l| l.contains("\"Shopkeeper\"")) else {
        bail!("no Shopkeeper window on {display}:\n{tree}");
    };
    let id = line
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    let geometry = line
        .split_whitespace()
        .find(|w| w.contains('x') && w.contains('+') && w.starts_with(|c: char| c.is_ascii_digit()))
        .with_context(|| format!("no geometry in {line}"))?;
    let (w, h) = geometry
        .split('+')
        .next()
        .and_then(|s| s.split_once('x'))
        .with_context(|| format!("no size in {geometry}"))?;
    Ok((id, (w.parse()?, h.parse()?)))
}

/// Sends `WM_DELETE_WINDOW` to window `id` on `display`.
const CLOSE: &str = r#"
import ctypes, sys
x = ctypes.CDLL("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
x.XFlush.argtypes = [ctypes.c_void_p]
class Msg(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
class Event(ctypes.Union):
    _fields_ = [("xclient", Msg), ("pad", ctypes.c_long * 24)]
d = x.XOpenDisplay(sys.argv[1].encode())
if not d:
    sys.exit("cannot open display")
win = int(sys.argv[2], 16)
e = Event()
e.xclient.type = 33  # ClientMessage
e.xclient.window = win
e.xclient.message_type = x.XInternAtom(d, b"WM_PROTOCOLS", 0)
e.xclient.format = 32
e.xclient.data[0] = x.XInternAtom(d, b"WM_DELETE_WINDOW", 0)
x.XSendEvent(d, win, 0, 0, ctypes.byref(e))
x.XFlush(d)
"#;

/// The X ids of every top-level window called "Shopkeeper" on `display`.
pub fn windows(display: &str) -> anyhow::Result<Vec<String>> {
    let out = Command::new("xwininfo")
        .args(["-display", display, "-root", "-tree"])
        .output()
        .context("xwininfo (package x11-utils) is needed")?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("\"Shopkeeper\""))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect())
}

/// Asks the app's window on `display` to close, as a window manager would.
pub fn request_close(display: &str) -> anyhow::Result<()> {
    let (id, _) = window(display)?;
    let status = Command::new("/usr/bin/python3")
        .args(["-c", CLOSE, display, &id])
        .status()
        .context("python3 is needed to send the close request")?;
    if !status.success() {
        bail!("the close request could not be sent ({status})");
    }
    Ok(())
}
