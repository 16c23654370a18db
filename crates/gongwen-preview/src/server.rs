//! `gongwen serve`: a local web page showing the pages, updated in place on every save.
//!
//! Routes: `/` the page (`page.html`), `/state` the [`Snapshot`] as JSON, `/page/<hash>.svg`
//! one page, `/events` a server-sent event stream that announces each new version.

use crate::session::Session;
use crate::snapshot::Snapshot;
use crate::watcher::Watcher;
use gongwen_pipeline::{Failure, Stage};
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};
use tiny_http::{Header, Request, Response, Server};

const PAGE: &str = include_str!("page.html");
/// How often an idle event stream sends a comment, to find closed tabs.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Where to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The address to bind (127.0.0.1: only this machine).
    pub host: IpAddr,
    /// The port; 0 lets the system choose.
    pub port: u16,
    /// Open the page in the default browser.
    pub open: bool,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
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

/// The snapshot browsers see, and a signal for each new one.
struct Hub {
    snapshot: Mutex<Arc<Snapshot>>,
    changed: Condvar,
}

impl Hub {
    fn current(&self) -> Arc<Snapshot> {
        self.snapshot
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn publish(&self, snapshot: Snapshot) {
        *self.snapshot.lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(snapshot);
        self.changed.notify_all();
    }

    /// Waits until the version is past `seen` or `timeout` passes; returns the version.
    fn wait_past(&self, seen: u64, timeout: Duration) -> u64 {
        let guard = self.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |s| s.version <= seen)
            .unwrap_or_else(|e| e.into_inner());
        guard.version
    }
}

/// Serves `session` until the watcher or the server fails.
pub fn serve(
    mut session: Session,
    options: &ServeOptions,
    report: &mut dyn FnMut(ServeEvent),
) -> Result<(), String> {
    let address = SocketAddr::new(options.host, options.port);
    let server = Server::http(address).map_err(|e| {
        format!(
            "cannot serve at {address}: {e}; choose another port with --port (0 picks a free one)"
        )
    })?;
    let bound = server
        .server_addr()
        .to_ip()
        .ok_or("the server has no IP address")?;
    let name = session.source().data.display().to_string();
    let hub = Arc::new(Hub {
        snapshot: Mutex::new(Arc::new(Snapshot::empty(&name))),
        changed: Condvar::new(),
    });
    let requests = hub.clone();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            // One thread a request: a slow reader of one page never holds up the others.
            let hub = requests.clone();
            std::thread::spawn(move || respond(request, &hub));
        }
    });
    report(ServeEvent::Listening(bound));
    if options.open {
        let _ = opener::open_browser(format!("http://{bound}/"));
    }
    let mut watcher = Watcher::new()?;
    loop {
        let read_at = SystemTime::now();
        let rendered = session.render(Stage::Pages);
        watcher.update(&rendered.inputs)?;
        let next = hub.current().next(&rendered);
        report(ServeEvent::Rendered(&next, rendered.laid.as_ref().err()));
        hub.publish(next);
        if !watcher.changed_since(read_at) {
            watcher.wait()?;
        }
    }
}

fn respond(request: Request, hub: &Arc<Hub>) {
    let url = request.url().to_string();
    let path = url.split('?').next().unwrap_or("/");
    let result = match path {
        "/" => request.respond(with_type(
            Response::from_string(PAGE),
            "text/html; charset=utf-8",
        )),
        "/state" => {
            let json = hub.current().json();
            request.respond(with_type(Response::from_string(json), "application/json"))
        }
        "/events" => {
            let hub = hub.clone();
            std::thread::spawn(move || {
                let _ = events(request, &hub);
            });
            Ok(())
        }
        _ => match path
            .strip_prefix("/page/")
            .and_then(|p| p.strip_suffix(".svg"))
            .and_then(|hash| hub.current().page(hash))
        {
            Some(svg) => {
                let response = with_type(Response::from_string(svg.as_str()), "image/svg+xml");
                let cache = Header::from_bytes("Cache-Control", "max-age=31536000, immutable");
                request.respond(match cache {
                    Ok(h) => response.with_header(h),
                    Err(()) => response,
                })
            }
            None => request.respond(Response::from_string("not found").with_status_code(404)),
        },
    };
    let _ = result;
}

fn with_type<R: std::io::Read>(response: Response<R>, mime: &str) -> Response<R> {
    match Header::from_bytes("Content-Type", mime) {
        Ok(h) => response.with_header(h),
        Err(()) => response,
    }
}

/// A server-sent event stream: `data: <version>` at once and after every render.
fn events(request: Request, hub: &Hub) -> std::io::Result<()> {
    let mut writer = request.into_writer();
    // Written by hand: tiny_http would send it chunked, which browsers dislike for
    // event streams.
    write!(
        writer,
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n\r\n"
    )?;
    let mut seen = hub.current().version;
    write!(writer, "data: {seen}\n\n")?;
    writer.flush()?;
    loop {
        let version = hub.wait_past(seen, KEEP_ALIVE);
        if version > seen {
            write!(writer, "data: {version}\n\n")?;
            seen = version;
        } else {
            write!(writer, ": keep-alive\n\n")?;
        }
        writer.flush()?;
    }
}
