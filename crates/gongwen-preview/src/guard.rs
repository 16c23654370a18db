//! Which requests `gongwen serve` answers: only those addressed to it by a name or
//! address it listens on, so that a web page using DNS rebinding (its own name, resolved
//! to 127.0.0.1) cannot read the document; and the headers every answer carries.

use crate::error::PreviewError;
use axum::extract::{Request, State};
use axum::http::header::{
    CONTENT_SECURITY_POLICY, CONTENT_TYPE, HOST, ORIGIN, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use gongwen_i18n::tr;
use std::net::IpAddr;
use std::str::FromStr;
use std::sync::Arc;

/// One value of `serve --host`: an address to listen on, or a name to answer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// Listen on this address (and answer requests addressed to it).
    Address(IpAddr),
    /// Answer requests addressed to this name (lower case), e.g. behind a proxy.
    Name(String),
}

impl FromStr for Host {
    type Err = PreviewError;

    fn from_str(text: &str) -> Result<Host, PreviewError> {
        let bare = text.strip_prefix('[').and_then(|t| t.strip_suffix(']'));
        if let Ok(address) = bare.unwrap_or(text).parse::<IpAddr>() {
            return Ok(Host::Address(address));
        }
        let name = text.strip_suffix('.').unwrap_or(text).to_ascii_lowercase();
        let labels_ok = name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
        if labels_ok && name.len() <= 253 {
            Ok(Host::Name(name))
        } else {
            Err(PreviewError::BadHost(text.to_owned()))
        }
    }
}

/// What the page may load: its own files, nothing from elsewhere, no plugins, no frames.
/// A route that needs another policy (the pages' SVGs) sets its own.
pub(crate) const PAGE_POLICY: &str = "default-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// The names and addresses requests may be addressed to (the `Host` header, and the
/// `Origin` header when there is one).
#[derive(Debug, Clone)]
pub(crate) struct Admitted {
    /// The address listened on; when unspecified (0.0.0.0, ::) every IP address is.
    pub(crate) address: IpAddr,
    /// The port listened on.
    pub(crate) port: u16,
    /// Further names, lower case (`--host NAME`).
    pub(crate) names: Vec<String>,
}

impl Admitted {
    /// Whether `authority` (`host`, `host:port`, `[v6]`, `[v6]:port`) is one of ours.
    pub(crate) fn admits(&self, authority: &str) -> bool {
        let (host, port) = match authority.strip_prefix('[') {
            Some(rest) => match rest.split_once(']') {
                Some((v6, port)) => (v6, port),
                None => return false,
            },
            None => match authority.rsplit_once(':') {
                Some((host, _)) => (host, &authority[host.len()..]),
                None => (authority, ""),
            },
        };
        let port_ok = match port.strip_prefix(':') {
            Some(port) => port.parse::<u16>() == Ok(self.port),
            None => port.is_empty(),
        };
        port_ok && self.admits_host(host)
    }

    fn admits_host(&self, host: &str) -> bool {
        let host = host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase();
        match host.parse::<IpAddr>() {
            Ok(ip) => ip.is_loopback() || ip == self.address || self.address.is_unspecified(),
            Err(_) => host == "localhost" || self.names.contains(&host),
        }
    }

    /// Whether an `Origin` header (`http://host:port`) names one of ours.
    fn admits_origin(&self, origin: &str) -> bool {
        origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"))
            .is_some_and(|authority| self.admits(authority))
    }

    /// Why a request is refused, or `None` to answer it.
    fn refusal(&self, headers: &HeaderMap, uri_authority: Option<&str>) -> Option<String> {
        let host = headers.get(HOST).and_then(|h| h.to_str().ok());
        let Some(host) = host.or(uri_authority) else {
            return Some(tr!("preview-no-host"));
        };
        let hosts = [Some(host), uri_authority];
        if let Some(other) = hosts.into_iter().flatten().find(|h| !self.admits(h)) {
            return Some(tr!("preview-other-host", host = shorten(other)));
        }
        match headers.get(ORIGIN).map(|o| o.to_str().unwrap_or("")) {
            Some(origin) if !self.admits_origin(origin) => {
                Some(tr!("preview-other-origin", origin = shorten(origin)))
            }
            _ => None,
        }
    }
}

/// At most 80 characters of something the client sent, to quote it back.
fn shorten(text: &str) -> String {
    text.chars().take(80).collect()
}

/// Refuses requests not addressed to us (403, a short text, nothing of the document);
/// adds the security headers to every answer.
pub(crate) async fn guard(
    State(admitted): State<Arc<Admitted>>,
    request: Request,
    next: Next,
) -> Response {
    let authority = request.uri().authority().map(|a| a.as_str().to_owned());
    let mut response = match admitted.refusal(request.headers(), authority.as_deref()) {
        Some(why) => (
            StatusCode::FORBIDDEN,
            [(CONTENT_TYPE, "text/plain; charset=utf-8")],
            tr!("preview-refused", why = why) + "\n",
        )
            .into_response(),
        None => next.run(request).await,
    };
    let headers = response.headers_mut();
    headers
        .entry(CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(PAGE_POLICY));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn admitted(address: IpAddr) -> Admitted {
        Admitted {
            address,
            port: 3000,
            names: vec!["preview.test".into()],
        }
    }

    #[test]
    fn loopback_names_and_given_names_with_or_without_our_port() {
        let a = admitted(IpAddr::V4(Ipv4Addr::LOCALHOST));
        for ok in [
            "localhost",
            "localhost:3000",
            "LocalHost.:3000",
            "127.0.0.1",
            "127.0.0.1:3000",
            "[::1]",
            "[::1]:3000",
            "preview.test:3000",
        ] {
            assert!(a.admits(ok), "{ok}");
        }
        for refused in [
            "evil.example",
            "evil.example:3000",
            "localhost:3001",
            "localhost:",
            "localhost.evil.example",
            "192.168.1.5:3000",
            "::1",
            "[::1",
            "",
        ] {
            assert!(!a.admits(refused), "{refused}");
        }
        assert!(a.admits_origin("http://localhost:3000"));
        assert!(!a.admits_origin("http://evil.example:3000"));
        assert!(!a.admits_origin("null"));
    }

    #[test]
    fn a_host_is_an_address_or_a_plain_name() {
        assert_eq!(
            "::1".parse::<Host>().ok(),
            Some(Host::Address("::1".parse().unwrap()))
        );
        assert_eq!(
            "[::1]".parse::<Host>().ok(),
            Some(Host::Address("::1".parse().unwrap()))
        );
        assert_eq!(
            "Preview.Test.".parse::<Host>().ok(),
            Some(Host::Name("preview.test".into()))
        );
        for bad in ["", "a b", "x:80", "http://x", "-x", "a..b", "预览.test"] {
            assert!(bad.parse::<Host>().is_err(), "{bad}");
        }
    }

    #[test]
    fn listening_everywhere_admits_every_address_but_no_other_name() {
        let a = admitted(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        assert!(a.admits("192.168.1.5:3000"));
        assert!(!a.admits("evil.example:3000"));
    }
}
