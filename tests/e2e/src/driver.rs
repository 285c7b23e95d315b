//! tauri-driver, started on free ports and stopped gently.

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

/// A running tauri-driver, stopped with SIGTERM on drop so that it also
/// stops the WebKitWebDriver it started.
pub struct Driver {
    child: Child,
    /// The WebDriver port to connect to, on 127.0.0.1.
    pub port: u16,
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}

fn tauri_driver_binary() -> std::path::PathBuf {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return path.into();
    }
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .map(|home| home.join("bin/tauri-driver"));
    match cargo_bin {
        Some(p) if p.exists() => p,
        _ => "tauri-driver".into(),
    }
}

impl Driver {
    /// The process id of tauri-driver (the app runs below it).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Starts tauri-driver with the app's environment in `env`.
    pub fn start(display: &str, env: &[(&str, &Path)]) -> anyhow::Result<Driver> {
        let port = free_port()?;
        let native_port = free_port()?;
        let mut cmd = Command::new(tauri_driver_binary());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("DISPLAY", display)
        // The tests read the English words: the app's language follows the
        // computer's (WebKit reads LANGUAGE, LC_ALL, LC_MESSAGES, LANG), so
        // the test computer's own language must not leak in. The German
        // journey sets its language in the app instead.
        .env("LANGUAGE", "en")
        .env("LC_ALL", "C.UTF-8")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = cmd
            .spawn()
            .context("could not start tauri-driver (install it with `make setup-test`)")?;
        let mut driver = Driver { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        for p in [port, native_port] {
            while TcpStream::connect((Ipv4Addr::LOCALHOST, p)).is_err() {
                if Instant::now() > deadline {
                    bail!("tauri-driver did not open port {p} within 20 s");
                }
                if let Some(status) = driver.child.try_wait()? {
                    bail!("tauri-driver exited early ({status})");
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Ok(driver)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: tauri-driver then stops WebKitWebDriver too.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
