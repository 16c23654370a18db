//! `gongwen serve` answers only requests addressed to it (no DNS rebinding, no other
//! site's page reading the document), sends its security headers, and stays bounded
//! when many connections are opened at once.

mod common;

use common::serving::{PATIENCE, Running, exchange, get, get_as, serving_address, state_when};
use common::{workspace_file, write_file};
use std::io::{Read, Write};
use std::net::TcpStream;

/// A served copy of the filled report, rendered once; the server and its address.
fn served(extra: &[&str]) -> (tempfile::TempDir, Running, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let text =
        std::fs::read_to_string(workspace_file("fixtures/lookback-filled.yaml")).expect("fixture");
    write_file(dir.path(), "d.yaml", text);
    let mut args = vec!["serve", "d.yaml", "--port", "0"];
    args.extend_from_slice(extra);
    let mut serve = Running::start(dir.path(), &args);
    let address = serving_address(&mut serve);
    state_when(&address, |s| s["version"].as_u64() >= Some(1));
    (dir, serve, address)
}

/// Asserts the answer is a refusal that gives away nothing of the document.
fn assert_refused((code, _, body): (u16, String, String), hash: &str, what: &str) {
    assert_eq!(code, 403, "{what}: {body}");
    assert!(body.contains("拒绝"), "{what}: says it refuses: {body}");
    for secret in ["<svg", "pages", "problems", hash, "EventSource"] {
        assert!(!body.contains(secret), "{what}: leaks `{secret}`: {body}");
    }
}

#[test]
fn serve_refuses_other_hosts_and_origins_and_answers_its_own_names() {
    let (_dir, _serve, address) = served(&["--host", "Preview.Test"]);
    let port = address.rsplit(':').next().expect("a port");
    let (code, _, body) = get_as(&address, "/state", &address, &[]);
    assert_eq!(code, 200);
    let state: serde_json::Value = serde_json::from_str(&body).expect("JSON state");
    let hash = state["pages"][0]["hash"]
        .as_str()
        .expect("a page")
        .to_owned();
    let svg = format!("/page/{hash}.svg");

    // A page of evil.example whose name now resolves to 127.0.0.1 (DNS rebinding).
    for host in [
        "evil.example",
        &format!("evil.example:{port}"),
        "localhost:1",
    ] {
        for path in ["/", "/state", svg.as_str(), "/events", "/page.js"] {
            let what = format!("Host {host} {path}");
            assert_refused(get_as(&address, path, host, &[]), &hash, &what);
        }
    }
    let refused = get_as(&address, "/state", "evil.example", &[]);
    assert!(refused.2.contains("--host"), "says how to admit a name");
    // Another site's page asking this server directly.
    let origin = "Origin: http://evil.example";
    assert_refused(
        get_as(&address, "/state", &address, &[origin]),
        &hash,
        origin,
    );
    assert_refused(
        get_as(&address, &svg, &address, &["Origin: null"]),
        &hash,
        "Origin: null",
    );
    // No Host at all (HTTP/1.0), or another one in the request line.
    let old = format!("GET {svg} HTTP/1.0\r\n\r\n");
    assert_refused(exchange(&address, &old), &hash, "no Host");
    let absolute = format!(
        "GET http://evil.example{svg} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    );
    assert_refused(exchange(&address, &absolute), &hash, "absolute URL");

    let local = format!("localhost:{port}");
    let named = format!("preview.test:{port}");
    let ipv6 = format!("[::1]:{port}");
    let own_origin = format!("Origin: http://{local}");
    for (host, headers) in [
        (address.as_str(), &[][..]),
        (local.as_str(), &[own_origin.as_str()][..]),
        ("localhost", &[][..]),
        (ipv6.as_str(), &[][..]),
        (named.as_str(), &[][..]),
        ("preview.test", &[][..]),
    ] {
        let (code, _, body) = get_as(&address, &svg, host, headers);
        assert_eq!(code, 200, "Host {host}: {body}");
        assert!(body.contains("<svg"), "Host {host} gets the page");
    }
}

#[test]
fn serve_sends_a_content_security_policy_and_the_page_loads_nothing_from_elsewhere() {
    let (_dir, _serve, address) = served(&[]);
    for path in ["/", "/page.js", "/page.css", "/state", "/nothing-here"] {
        let (code, head, _) = get_as(&address, path, &address, &[]);
        assert!(code == 200 || path == "/nothing-here", "{path}: {code}");
        assert!(
            head.contains("content-security-policy: default-src 'self';"),
            "{path}: {head}"
        );
        assert!(head.contains("x-content-type-options: nosniff"), "{head}");
        assert!(head.contains("referrer-policy: no-referrer"), "{head}");
    }
    for path in ["/", "/page.js", "/page.css"] {
        let (_, body) = get(&address, path);
        for elsewhere in ["http:", "https:", "//cdn", "url(", "@import"] {
            assert!(!body.contains(elsewhere), "{path} mentions `{elsewhere}`");
        }
    }
    let (_, page) = get(&address, "/");
    assert!(
        !page.contains("<style") && !page.contains("<script>"),
        "no inline code"
    );
}

/// Open files of process `pid` (Linux): one per accepted connection, and a few more.
fn open_files(pid: u32) -> Option<usize> {
    Some(std::fs::read_dir(format!("/proc/{pid}/fd")).ok()?.count())
}

#[test]
fn serve_stays_bounded_when_hundreds_of_connections_are_opened_at_once() {
    let (_dir, serve, address) = served(&[]);
    let before = open_files(serve.pid());
    // 300 clients that start a request and never finish it (slowloris).
    let idle: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut s = TcpStream::connect(&address).expect("connect");
            s.write_all(b"GET /state HTTP/1.1\r\n").expect("send");
            s
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(500));
    if let (Some(before), Some(during)) = (before, open_files(serve.pid())) {
        // At most 64 connections are taken at once; the rest wait in the system's queue.
        assert!(
            during <= before + 64,
            "{during} open files with 300 clients (from {before})"
        );
    }
    drop(idle);
    let (code, body) = get(&address, "/state");
    assert_eq!(code, 200, "still answering: {body}");

    // A client that sends nothing is dropped (after 10 s), not kept for good.
    let mut silent = TcpStream::connect(&address).expect("connect");
    silent.set_read_timeout(Some(PATIENCE)).expect("timeout");
    let mut buf = [0u8; 16];
    assert_eq!(silent.read(&mut buf).expect("closed, not timed out"), 0);
}
