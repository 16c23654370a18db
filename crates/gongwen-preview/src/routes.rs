//! The routes of `gongwen serve`: `/` the page (`page.html`, with `/page.js` and
//! `/page.css`), `/state` the [`Snapshot`] as JSON, `/page/<hash>.svg` one page
//! (gzipped for a browser that takes it), `/events` a server-sent event stream that announces each new version
//! (`data: <version>`, at once and after every render); anything else is a 404. Every
//! request passes [`guard`](crate::guard) first.

use crate::guard::{Admitted, guard};
use crate::snapshot::Snapshot;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE, VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use gongwen_i18n::tr;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio_stream::wrappers::WatchStream;
use tokio_stream::{Stream, StreamExt};

const PAGE: &str = include_str!("page.html");
const SCRIPT: &str = include_str!("page.js");
const STYLE: &str = include_str!("page.css");
/// A page's SVG may show only itself: its inline `style` attributes and the images
/// Typst embeds as `data:` URLs; no script, nothing from elsewhere.
const SVG_POLICY: &str =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'";
/// How often an idle event stream sends a comment, to find closed tabs.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The texts `page.js` shows, in the process's language (placeholders such as `%n` are
/// filled in by the page).
const PAGE_TEXTS: [&str; 12] = [
    "page-disconnected",
    "page-status-one",
    "page-status-other",
    "page-count-one",
    "page-count-other",
    "page-on-one",
    "page-on-other",
    "page-list-separator",
    "page-alt",
    "page-hint",
    "page-no-problems",
    "page-rendering",
];

/// `page.html` in the process's language: its `lang`, its own texts, and the texts its
/// script shows as a JSON attribute of the root element (`data-texts`), since the page's
/// policy allows no inline script.
fn page_html() -> String {
    let texts: serde_json::Map<String, serde_json::Value> = PAGE_TEXTS
        .iter()
        .map(|id| (id.to_string(), crate::CATALOG.message(id, &[]).into()))
        .collect();
    let lang = gongwen_i18n::lang();
    let texts = serde_json::Value::Object(texts).to_string();
    let fill = [
        ("{lang}", lang.tag().to_string()),
        ("{texts}", texts),
        ("{title}", tr!("page-title")),
        ("{failed}", tr!("page-failed")),
        ("{rendering}", tr!("page-rendering")),
        ("{problems}", tr!("page-problems")),
    ];
    fill.iter().fold(PAGE.to_string(), |page, (mark, text)| {
        page.replace(mark, &attribute(text))
    })
}

/// `text` escaped for an HTML attribute or element.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The latest snapshot, changed after every render.
type Snapshots = watch::Receiver<Arc<Snapshot>>;

/// The server's routes over the snapshots the render loop publishes, answering only
/// requests addressed to one of the `admitted` names.
pub(crate) fn router(snapshots: Snapshots, admitted: Admitted) -> Router {
    Router::new()
        .route("/", get(Html(page_html())))
        .route(
            "/page.js",
            get(([(CONTENT_TYPE, "text/javascript")], SCRIPT)),
        )
        .route("/page.css", get(([(CONTENT_TYPE, "text/css")], STYLE)))
        .route("/state", get(state))
        .route("/page/{file}", get(page))
        .route("/events", get(events))
        .fallback(not_found)
        .with_state(snapshots)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(admitted),
            guard,
        ))
}

async fn state(State(snapshots): State<Snapshots>) -> Response {
    let json = snapshots.borrow().json();
    ([(CONTENT_TYPE, "application/json")], json).into_response()
}

/// A page's SVG; its name is the hash of what it draws, so browsers may keep it for
/// good. Made (and gzipped) on the first request, on a blocking thread.
async fn page(
    State(snapshots): State<Snapshots>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let image = file
        .strip_suffix(".svg")
        .and_then(|hash| snapshots.borrow().page(hash));
    let Some(image) = image else {
        return not_found().await.into_response();
    };
    let gzip = takes_gzip(&headers);
    let Ok(body) = tokio::task::spawn_blocking(move || image.body(gzip)).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut response = (
        [
            (CONTENT_TYPE, "image/svg+xml"),
            (CACHE_CONTROL, "max-age=31536000, immutable"),
            (CONTENT_SECURITY_POLICY, SVG_POLICY),
            (VARY, "Accept-Encoding"),
        ],
        body.bytes,
    )
        .into_response();
    if let Some(encoding) = body.encoding {
        let value = HeaderValue::from_static(encoding);
        response.headers_mut().insert(CONTENT_ENCODING, value);
    }
    response
}

/// Whether the request's `Accept-Encoding` takes gzip (named, or `*`, with a weight above
/// 0), as every browser's does.
fn takes_gzip(headers: &HeaderMap) -> bool {
    let offers = headers.get_all(ACCEPT_ENCODING).iter();
    let codings = offers
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','));
    let mut gzip = None;
    let mut any = None;
    for coding in codings {
        let mut parts = coding.split(';').map(str::trim);
        let name = parts.next().unwrap_or("").to_ascii_lowercase();
        let weight = parts
            .filter_map(|p| p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")))
            .find_map(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        match name.as_str() {
            "gzip" | "x-gzip" => gzip = Some(weight > 0.0),
            "*" => any = Some(weight > 0.0),
            _ => {}
        }
    }
    gzip.or(any).unwrap_or(false)
}

async fn not_found() -> (StatusCode, &'static str) {
    (StatusCode::NOT_FOUND, "not found")
}

/// The version at once, then each new one; `: keep-alive` comments while idle.
async fn events(
    State(snapshots): State<Snapshots>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let versions = WatchStream::new(snapshots)
        .map(|snapshot| Ok(Event::default().data(snapshot.version.to_string())));
    Sse::new(versions).keep_alive(KeepAlive::new().interval(KEEP_ALIVE).text("keep-alive"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn gzip_is_sent_to_clients_that_take_it() {
        let takes = |offer: &str| {
            let mut headers = axum::http::HeaderMap::new();
            let value = axum::http::HeaderValue::from_str(offer).expect("a header value");
            headers.insert(axum::http::header::ACCEPT_ENCODING, value);
            super::takes_gzip(&headers)
        };
        for yes in [
            "gzip, deflate, br, zstd",
            "br;q=1.0, GZIP;q=0.5",
            "*",
            "x-gzip",
        ] {
            assert!(takes(yes), "{yes}");
        }
        for no in [
            "",
            "identity",
            "br, zstd",
            "gzip;q=0",
            "*, gzip;q=0",
            "gzipped",
        ] {
            assert!(!takes(no), "{no}");
        }
        assert!(!super::takes_gzip(&axum::http::HeaderMap::new()));
    }

    #[test]
    fn the_page_is_filled_in_with_the_language_and_its_texts() {
        let page = super::page_html();
        assert!(page.contains(r#"<html lang="zh-CN""#), "{page}");
        assert!(page.contains("<title>gongwen 预览</title>"), "{page}");
        for mark in [
            "{lang}",
            "{texts}",
            "{title}",
            "{failed}",
            "{rendering}",
            "{problems}",
        ] {
            assert!(!page.contains(mark), "{mark} left in the page");
        }
        for id in super::PAGE_TEXTS {
            assert!(crate::CATALOG.has(gongwen_i18n::Lang::En, id), "{id}");
            assert!(
                page.contains(&format!("&quot;{id}&quot;")),
                "{id} handed to the script"
            );
        }
        assert!(page.contains("%n 个问题"), "{page}");
    }
}
