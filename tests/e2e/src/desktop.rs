//! The rest of a desktop session the app expects beside its display: a
//! private D-Bus session bus (single instance and notifications speak over
//! it) and a private configuration folder (the window's remembered size).
//! Each test gets its own, so tests running side by side never see one
//! another's app, and nothing reaches the test computer's own desktop.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use anyhow::{bail, Context};

/// A private `dbus-daemon --session`, stopped on drop, and a private
/// `XDG_CONFIG_HOME`, deleted on drop.
pub struct Desktop {
    bus: Child,
    /// The value for `DBUS_SESSION_BUS_ADDRESS`.
    pub bus_address: String,
    config: tempfile::TempDir,
}

impl Desktop {
    /// Starts the bus and makes the folder.
    pub fn start() -> anyhow::Result<Desktop> {
        let mut bus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("could not start dbus-daemon (install it with `apt-get install dbus`, or run `make test`)")?;
        let mut line = String::new();
        let stdout = bus.stdout.take().expect("stdout is piped");
        BufReader::new(stdout).read_line(&mut line)?;
        let bus_address = line.trim().to_string();
        if bus_address.is_empty() {
            let _ = bus.kill();
            bail!("dbus-daemon did not report its address");
        }
        Ok(Desktop {
            bus,
            bus_address,
            config: tempfile::tempdir()?,
        })
    }

    /// The private `XDG_CONFIG_HOME`.
    pub fn config_home(&self) -> &Path {
        self.config.path()
    }

    /// The environment the app is started with: `(name, value)` pairs.
    pub fn env(&self) -> Vec<(&'static str, PathBuf)> {
        vec![
            ("DBUS_SESSION_BUS_ADDRESS", PathBuf::from(&self.bus_address)),
            ("XDG_CONFIG_HOME", self.config.path().to_path_buf()),
        ]
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}
