//! `gongwen serve`: a local web page showing the pages, updated in place on every save.
//!
//! Renders run on the calling thread; an axum server on a small tokio runtime answers
//! the browsers (see `routes`), reading the latest [`Snapshot`] from a watch channel.

use crate::error::PreviewError;
use crate::guard::Admitted;
use crate::session::Session;
use crate::snapshot::Snapshot;
use crate::watcher::Watcher;
use crate::{listen, routes};
use gongwen_pipeline::{Failure, Stage};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::SystemTime;
use tokio::sync::watch;

/// Where to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The address to bind (127.0.0.1: only this machine).
    pub host: IpAddr,
    /// Further names the server answers to (besides localhost, 127.0.0.1, [::1] and
    /// `host`), lower case: requests addressed to any other name are refused.
    pub names: Vec<String>,
    /// The port; 0 lets the system choose.
    pub port: u16,
    /// Open the page in the default browser.
    pub open: bool,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            names: Vec::new(),
            port: 3000,
            open: false,
        }
    }
}

/// What happened, for the caller to print.
pub enum ServeEvent<'a> {
    /// Serving at this address.
    Listening(SocketAddr),
    /// A render finished (the snapshot says whether it failed).
    Rendered(&'a Snapshot, Option<&'a Failure>),
}

/// Serves `session` until the watcher or the server fails.
pub fn serve(
    mut session: Session,
    options: &ServeOptions,
    report: &mut dyn FnMut(ServeEvent),
) -> Result<(), PreviewError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("gongwen-serve")
        .enable_all()
        .build()?;
    let address = SocketAddr::new(options.host, options.port);
    let listener = {
        let _inside = runtime.enter();
        listen::bind(address).map_err(|source| PreviewError::Bind { address, source })?
    };
    let bound = listener.local_addr()?;
    let name = session.source().data.display().to_string();
    let (publish, snapshots) = watch::channel(Arc::new(Snapshot::empty(&name)));
    let admitted = Admitted {
        address: bound.ip(),
        port: bound.port(),
        names: options.names.clone(),
    };
    runtime.spawn(listen::run(listener, routes::router(snapshots, admitted)));
    report(ServeEvent::Listening(bound));
    if options.open {
        let _ = opener::open_browser(format!("http://{bound}/"));
    }
    let mut watcher = Watcher::new()?;
    loop {
        let read_at = SystemTime::now();
        let rendered = session.render(Stage::Pages);
        watcher.update(&rendered.inputs)?;
        let current = publish.borrow().clone();
        let next = Arc::new(current.next(&rendered));
        report(ServeEvent::Rendered(&next, rendered.laid.as_ref().err()));
        publish.send_replace(next.clone());
        // With a browser watching (its event stream holds a receiver), make the changed
        // pages now: the one it asks for first may be ready, the next ones will be.
        if publish.receiver_count() > 1 {
            let unmade = next.unmade();
            runtime.spawn_blocking(move || unmade.iter().for_each(|page| drop(page.body(true))));
        }
        if !watcher.changed_since(read_at) {
            watcher.wait()?;
        }
    }
}
