//! The accept loop of `gongwen serve`, with limits: at most [`MAX_CONNECTIONS`] open at
//! once (up to [`BACKLOG`] more wait in the system's queue, costing no task), a client that sends no complete request
//! head within [`HEAD_TIMEOUT`] is dropped (also an idle kept-alive connection), and no
//! connection lives longer than [`LIFETIME`] (the page's event stream reconnects by
//! itself). So thousands of sockets cost neither threads nor memory for long.
//!
//! This is axum's own `serve` loop (hyper on tokio) plus a semaphore and hyper's timer,
//! which `axum::serve` does not offer.

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpSocket};
use tokio::sync::Semaphore;

/// Connections served at once; a browser tab uses up to six.
pub(crate) const MAX_CONNECTIONS: usize = 64;
/// Connections the system queues until there is a slot (tokio's default is 128).
pub(crate) const BACKLOG: u32 = 1024;
/// How long a connection may take to send a request's head, or stay idle between requests.
pub(crate) const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
/// How long any connection may stay open (a page's event stream then reconnects).
pub(crate) const LIFETIME: Duration = Duration::from_secs(300);

/// Listens on `address` with a queue of [`BACKLOG`]; within the runtime.
pub(crate) fn bind(address: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = match address {
        SocketAddr::V4(_) => TcpSocket::new_v4()?,
        SocketAddr::V6(_) => TcpSocket::new_v6()?,
    };
    // As tokio does: rebind at once after a restart (on Windows it would allow hijacking).
    #[cfg(not(windows))]
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(BACKLOG)
}

/// Answers connections on `listener` with `router`, for good.
pub(crate) async fn run(listener: TcpListener, router: Router) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let service = TowerToHyperService::new(router);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIMEOUT);
    loop {
        // Never closed, so acquiring only waits for a connection to end.
        let Ok(slot) = slots.clone().acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors and the like: wait a moment, as axum does.
                if !is_one_connection(&e) {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                continue;
            }
        };
        let connection = http
            .serve_connection(TokioIo::new(stream), service.clone())
            .with_upgrades();
        tokio::spawn(async move {
            // An error or a timeout only ends this connection.
            let _ = tokio::time::timeout(LIFETIME, connection).await;
            drop(slot);
        });
    }
}

/// Errors of one connection attempt rather than of the listener.
fn is_one_connection(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    )
}
