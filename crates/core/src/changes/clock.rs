//! The hybrid logical clock (HLC): a reading is the wall-clock time in
//! milliseconds, a counter for events in the same millisecond (or while the
//! wall clock lags behind a reading seen from another computer), and the
//! device id as the tie-break. Readings are written as fixed-width text
//! (`mmmmmmmmmmmm-cccc-dddddddddddddddd`, hexadecimal), so comparing the text
//! compares the clocks, in SQL as in Rust.
//!
//! The clock is shared by the connection's SQL functions `sync_tick()` (a new
//! reading, for the capture triggers) and `sync_capture()` (whether changes
//! are being captured: off while changes from other computers are applied).

use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

use super::local;
use crate::Result;

/// Length of a device id (hexadecimal digits).
pub const DEVICE_LEN: usize = 16;

/// Length of a clock reading as text.
pub(crate) const HLC_LEN: usize = 12 + 1 + 4 + 1 + DEVICE_LEN;

/// One clock reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hlc {
    /// Milliseconds since 1970 (at least; ahead of the wall clock if needed).
    pub millis: u64,
    /// Events within the same millisecond.
    pub counter: u16,
}

impl Hlc {
    /// The reading as stored: time, counter and `device`.
    pub fn text(self, device: &str) -> String {
        format!("{:012x}-{:04x}-{device}", self.millis, self.counter)
    }

    /// Parses a stored reading; `None` if it is not one.
    pub fn parse(text: &str) -> Option<(Hlc, &str)> {
        let b = text.as_bytes();
        let hex =
            |r: std::ops::Range<usize>| b[r].iter().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'));
        if b.len() != HLC_LEN || b[12] != b'-' || b[17] != b'-' || !hex(0..12) || !hex(13..17) {
            return None;
        }
        let millis = u64::from_str_radix(&text[..12], 16).ok()?;
        let counter = u16::from_str_radix(&text[13..17], 16).ok()?;
        let device = &text[18..];
        is_device_id(device).then_some((Hlc { millis, counter }, device))
    }

    /// The earliest reading: what a joining computer's existing records get,
    /// so that the shop's records on the other computers take precedence.
    pub const GENESIS: Hlc = Hlc {
        millis: 0,
        counter: 0,
    };
}

/// The device part of a stored reading.
pub fn device_of(hlc: &str) -> &str {
    hlc.get(HLC_LEN - DEVICE_LEN..).unwrap_or("")
}

/// Whether `s` looks like a device id (16 lowercase hexadecimal digits).
pub fn is_device_id(s: &str) -> bool {
    s.len() == DEVICE_LEN && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A new random device id.
pub(crate) fn new_device_id() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; DEVICE_LEN / 2];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The clock's state, shared with the connection's SQL functions.
#[derive(Debug)]
pub(crate) struct ClockState {
    /// The last reading given out or seen.
    pub last: Hlc,
    /// This computer's device id.
    pub device: String,
    /// Whether the triggers record changes (off while applying others').
    pub capture: bool,
}

impl ClockState {
    /// A new reading, later than every reading given out or seen.
    pub fn tick(&mut self) -> String {
        let now = wall_millis();
        self.last = if now > self.last.millis {
            Hlc {
                millis: now,
                counter: 0,
            }
        } else if self.last.counter == u16::MAX {
            Hlc {
                millis: self.last.millis + 1,
                counter: 0,
            }
        } else {
            Hlc {
                millis: self.last.millis,
                counter: self.last.counter + 1,
            }
        };
        self.last.text(&self.device)
    }

    /// Takes note of a reading from another computer, so that later local
    /// changes come after it even if this computer's wall clock is behind.
    pub fn observe(&mut self, text: &str) {
        if let Some((h, _)) = Hlc::parse(text) {
            self.last = self.last.max(h);
        }
    }
}

/// This computer's wall clock, in milliseconds since 1970.
pub fn wall_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// The clock of one open shop.
#[derive(Debug, Clone)]
pub struct Clock(Arc<Mutex<ClockState>>);

impl Clock {
    /// Loads the clock (the newest reading stored, the device id) and
    /// registers `sync_tick()` and `sync_capture()` on `conn`.
    pub(crate) fn install(conn: &Connection) -> Result<Clock> {
        let device = match local::get(conn, local::DEVICE)? {
            Some(d) if is_device_id(&d) => d,
            _ => {
                let d = new_device_id();
                local::put(conn, local::DEVICE, &d)?;
                d
            }
        };
        let newest: Option<String> =
            conn.query_row("SELECT max(hlc) FROM sync_clock", [], |r| r.get(0))?;
        let last = newest
            .as_deref()
            .and_then(Hlc::parse)
            .map_or(Hlc::GENESIS, |(h, _)| h);
        let clock = Clock(Arc::new(Mutex::new(ClockState {
            last,
            device,
            capture: true,
        })));
        let ticking = clock.clone();
        conn.create_scalar_function("sync_tick", 0, FunctionFlags::SQLITE_UTF8, move |_| {
            Ok(ticking.state().tick())
        })?;
        let capturing = clock.clone();
        conn.create_scalar_function("sync_capture", 0, FunctionFlags::SQLITE_UTF8, move |_| {
            Ok(capturing.state().capture)
        })?;
        Ok(clock)
    }

    /// The state, for reading or changing.
    pub(crate) fn state(&self) -> MutexGuard<'_, ClockState> {
        // A panic while holding the lock leaves plain data behind; keep going.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// This computer's device id.
    pub fn device(&self) -> String {
        self.state().device.clone()
    }

    /// Takes `device` as this computer's device id from now on (sync
    /// turned on: the new signing key's fingerprint).
    pub fn set_device(&self, device: &str) {
        self.state().device = device.to_string();
    }

    /// Takes note of a reading applied from another computer, so that later
    /// changes here come after it even if this computer's wall clock is behind.
    pub fn observe(&self, reading: &str) {
        self.state().observe(reading);
    }

    /// Turns capture off until the guard is dropped.
    pub(crate) fn pause_capture(&self) -> CapturePaused {
        self.state().capture = false;
        CapturePaused(self.clone())
    }
}

/// Capture is off while this lives.
pub(crate) struct CapturePaused(Clock);

impl Drop for CapturePaused {
    fn drop(&mut self) {
        self.0.state().capture = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_order_as_text_and_round_trip() {
        let mut s = ClockState {
            last: Hlc::GENESIS,
            device: "0123456789abcdef".into(),
            capture: true,
        };
        let a = s.tick();
        let b = s.tick();
        assert!(a < b, "{a} < {b}");
        assert_eq!(a.len(), HLC_LEN);
        let (h, d) = Hlc::parse(&b).unwrap();
        assert_eq!(h.text(d), b);
        assert_eq!(device_of(&b), "0123456789abcdef");
        // A reading from a computer whose clock is ahead: later ticks pass it.
        let ahead = Hlc {
            millis: h.millis + 60_000,
            counter: 7,
        }
        .text("fedcba9876543210");
        s.observe(&ahead);
        let c = s.tick();
        assert!(c[..17] > ahead[..17], "{c} after {ahead}");
        assert!(Hlc::parse("nonsense").is_none());
        // Only the one fixed-width, lowercase form is a reading.
        let upper = b.to_uppercase();
        assert!(Hlc::parse(&upper).is_none());
        let plus = format!("+{}", &b[1..]);
        assert!(Hlc::parse(&plus).is_none());
        assert!(Hlc::parse(&format!("{b}0")).is_none());
    }

    #[test]
    fn the_counter_carries_into_the_milliseconds() {
        let mut s = ClockState {
            last: Hlc {
                millis: u64::MAX >> 20,
                counter: u16::MAX,
            },
            device: new_device_id(),
            capture: true,
        };
        let before = s.last;
        s.tick();
        assert!(s.last > before);
        assert_eq!(s.last.counter, 0);
    }
}
