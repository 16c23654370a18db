//! Running `gongwen watch` or `serve` in the background and talking HTTP to `serve`.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// Long enough for a cold debug render on a loaded CI machine.
pub(crate) const PATIENCE: Duration = Duration::from_secs(60);

/// A running `gongwen watch` or `serve`, its stderr read line by line; killed when dropped.
pub(crate) struct Running {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Running {
    pub(crate) fn start(dir: &Path, args: &[&str]) -> Running {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "zh_CN.UTF-8")
            .current_dir(dir)
            // The default language, 简体中文, whatever the machine's locale.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "zh_CN.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start gongwen");
        let stderr = child.stderr.take().expect("stderr piped");
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Waits for a line containing `text`; returns it.
    pub(crate) fn expect(&mut self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(text) {
                        return line;
                    }
                }
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => panic!(
                    "no line with `{text}`; gongwen printed:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    /// The process id, to look at its threads and open files.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything printed after the last `expect` until a line containing `text`.
    pub(crate) fn until(&mut self, text: &str) -> String {
        let from = self.seen.len();
        self.expect(text);
        self.seen[from..].join("\n")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits for `serve`'s first line; the address it serves at (`127.0.0.1:PORT`).
pub(crate) fn serving_address(serve: &mut Running) -> String {
    let line = serve.expect("预览地址 http://127.0.0.1:");
    line.split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .expect("an address")
        .to_string()
}

/// Sends `request` (a whole HTTP request) to `address`; the status code, the response's
/// head (lower case) and its body.
pub(crate) fn exchange(address: &str, request: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream.write_all(request.as_bytes()).expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").expect("a response");
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .expect("a status");
    // Chunked bodies: good enough to search in for these tests.
    (code, head.to_lowercase(), body.to_string())
}

/// GET `path` from `address` as a browser on this machine asks: `Host` is the address.
pub(crate) fn get(address: &str, path: &str) -> (u16, String) {
    let (code, _, body) = get_as(address, path, address, &[]);
    (code, body)
}

/// GET `path` from `address` with this `Host` header and further `headers`: the
/// status code, the head (lower case) and the body.
pub(crate) fn get_as(
    address: &str,
    path: &str,
    host: &str,
    headers: &[&str],
) -> (u16, String, String) {
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for header in headers {
        request.push_str(header);
        request.push_str("\r\n");
    }
    request.push_str("\r\n");
    exchange(address, &request)
}

/// The server's state as JSON (asserting it is answered).
pub(crate) fn state(address: &str) -> Value {
    let (code, body) = get(address, "/state");
    assert_eq!(code, 200);
    serde_json::from_str(&body).expect("JSON state")
}

/// Polls the state until `done` holds.
pub(crate) fn state_when(address: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let s = state(address);
        if done(&s) {
            return s;
        }
        assert!(Instant::now() < deadline, "state never changed: {s}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
