//! A private X display for the app, from Xvfb.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use anyhow::{bail, Context};

/// A running Xvfb server, stopped on drop.
pub struct Display {
    child: Option<Child>,
    /// The value for `DISPLAY`, e.g. `:99`.
    pub name: String,
}

impl Display {
    /// Uses `$DISPLAY` when set, else starts Xvfb on a free display number.
    pub fn start() -> anyhow::Result<Display> {
        if let Ok(name) = std::env::var("DISPLAY") {
            if !name.is_empty() {
                return Ok(Display { child: None, name });
            }
        }
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context(
                "could not start Xvfb (install it with `apt-get install xvfb`, or run `make test`)",
            )?;
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout is piped");
        BufReader::new(stdout).read_line(&mut line)?;
        let number = line.trim();
        if number.is_empty() {
            let _ = child.kill();
            bail!("Xvfb did not report a display number");
        }
        Ok(Display {
            name: format!(":{number}"),
            child: Some(child),
        })
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
