//! A real notification server for a test: it owns the name
//! `org.freedesktop.Notifications` on the app's private session bus and
//! speaks the Desktop Notifications Specification (`Notify`,
//! `GetCapabilities`, `GetServerInformation`, `CloseNotification`, and the
//! `ActionInvoked` signal a click sends), recording every notification.
//! Start it before the app has anything to show (the app only notifies
//! after unlocking).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use zbus::object_server::SignalEmitter;
use zbus::zvariant::OwnedValue;

const NAME: &str = "org.freedesktop.Notifications";
const PATH: &str = "/org/freedesktop/Notifications";

/// One notification the app sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The server's id for it (what `ActionInvoked` names).
    pub id: u32,
    /// The sending application's name.
    pub app_name: String,
    /// The title.
    pub summary: String,
    /// The text.
    pub body: String,
    /// The actions offered, as the specification lists them: key, label, key, label…
    pub actions: Vec<String>,
}

/// What the server has been sent.
#[derive(Default)]
struct Record {
    shown: Vec<Shown>,
}

/// The D-Bus object, in a module of its own: the interface macro makes
/// public items (the signals' trait) that need no documentation here.
mod dbus {
    use super::*;

    /// The D-Bus object.
    pub(super) struct Server(pub(super) Arc<Mutex<Record>>);

    #[zbus::interface(name = "org.freedesktop.Notifications")]
    impl Server {
        /// Records the notification; its id is its place in the record, from 1.
        #[allow(clippy::too_many_arguments)]
        fn notify(
            &self,
            app_name: String,
            _replaces_id: u32,
            _app_icon: String,
            summary: String,
            body: String,
            actions: Vec<String>,
            _hints: HashMap<String, OwnedValue>,
            _expire_timeout: i32,
        ) -> u32 {
            let mut record = self.0.lock().expect("the record is not poisoned");
            let id = u32::try_from(record.shown.len() + 1).expect("few notifications");
            record.shown.push(Shown {
                id,
                app_name,
                summary,
                body,
                actions,
            });
            id
        }

        fn get_capabilities(&self) -> Vec<String> {
            vec!["body".into(), "actions".into()]
        }

        fn get_server_information(&self) -> (String, String, String, String) {
            (
                "shopkeeper-e2e".into(),
                "Shopkeeper".into(),
                "1".into(),
                "1.2".into(),
            )
        }

        fn close_notification(&self, _id: u32) {}

        /// What a click on a notification (`default`) or one of its actions sends.
        #[zbus(signal)]
        pub(super) async fn action_invoked(
            emitter: &SignalEmitter<'_>,
            id: u32,
            action_key: &str,
        ) -> zbus::Result<()>;
    }
}

use dbus::Server;

/// The running server, on the bus until dropped.
pub struct Notifications {
    connection: zbus::Connection,
    record: Arc<Mutex<Record>>,
}

impl Notifications {
    /// Starts the server on the bus at `bus_address` (see
    /// [`crate::Session::bus_address`]) under the well-known name.
    pub async fn start(bus_address: &str) -> anyhow::Result<Notifications> {
        let record = Arc::new(Mutex::new(Record::default()));
        let connection = zbus::connection::Builder::address(bus_address)?
            .name(NAME)?
            .serve_at(PATH, Server(Arc::clone(&record)))?
            .build()
            .await
            .context("could not serve notifications on the app's session bus")?;
        Ok(Notifications { connection, record })
    }

    /// Every notification received so far.
    pub fn shown(&self) -> Vec<Shown> {
        self.record
            .lock()
            .expect("the record is not poisoned")
            .shown
            .clone()
    }

    /// Waits until at least `count` notifications came, at most `within`;
    /// returns them all.
    pub async fn wait_for(&self, count: usize, within: Duration) -> anyhow::Result<Vec<Shown>> {
        let deadline = Instant::now() + within;
        loop {
            let shown = self.shown();
            if shown.len() >= count {
                return Ok(shown);
            }
            if Instant::now() > deadline {
                bail!("{count} notification(s) expected within {within:?}, got {shown:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks notification `id`, as a person would: the `default` action.
    pub async fn click(&self, id: u32) -> anyhow::Result<()> {
        let iface = self
            .connection
            .object_server()
            .interface::<_, Server>(PATH)
            .await?;
        Server::action_invoked(iface.signal_emitter(), id, "default").await?;
        Ok(())
    }
}
