//! ARASAAC online: searching its pictograms, building image addresses, and turning a
//! downloaded picture into a [`Media`] record kept on the device with its attribution.
//!
//! Nothing here touches the network. The app passes a [`Transport`] (the browser's
//! `fetch`); the tests pass a fake one. The base address is configurable so the
//! end-to-end tests can point everything at a local fake server.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use pictokit_domain::picto::{Media, MediaKind, MediaProblem, PictoRef};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::future::Future;

/// ARASAAC's own API.
pub const DEFAULT_BASE: &str = "https://api.arasaac.org";
/// The credit kept with every downloaded pictogram (names of people and bodies, so not
/// translated; the screens add a translated sentence around it).
pub const ATTRIBUTION: &str =
    "Sergio Palao · ARASAAC (https://arasaac.org) · Gobierno de Aragón · CC BY-NC-SA 4.0";
/// At most this many results of one search are kept (a whole category can be a few hundred).
pub const MAX_RESULTS: usize = 600;
/// Longest keyword kept; longer ones are cut.
const MAX_KEYWORD_CHARS: usize = 60;
/// The ARASAAC languages Pictokit asks in (all seven of the app's).
const LANGUAGES: [&str; 7] = ["ca", "es", "en", "eu", "gl", "fr", "pt"];

/// Characters kept as they are in a path segment (RFC 3986 unreserved).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Why a request to the server failed, as the transport saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransportError {
    /// 404.
    NotFound,
    /// No answer in time.
    Timeout,
    /// Another HTTP status.
    Status(u16),
    /// No connection (offline, DNS, refused, blocked).
    Network,
    /// An answer that is not what was asked for (not a picture, too large).
    Unusable,
}

/// How the app reaches the server: the browser's `fetch` in the app, a fake in tests.
pub trait Transport {
    /// The body of a `GET`, as text.
    fn get_text(&self, url: &str) -> impl Future<Output = Result<String, TransportError>>;
    /// A picture from a `GET`, as a `data:` URL.
    fn get_picture(&self, url: &str) -> impl Future<Output = Result<String, TransportError>>;
}

/// Why ARASAAC could not help, for a calm message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArasaacError {
    /// The server took too long.
    Timeout,
    /// The server answered with an error.
    Server,
    /// No connection.
    Offline,
    /// The answer could not be read.
    Malformed,
    /// The picture was refused (wrong type, too large).
    Picture,
    /// The base address is not usable.
    BadBase,
}

impl ArasaacError {
    /// The Fluent id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            ArasaacError::Timeout => "arasaac-timeout",
            ArasaacError::Server | ArasaacError::BadBase => "arasaac-server",
            ArasaacError::Offline => "arasaac-offline",
            ArasaacError::Malformed => "arasaac-malformed",
            ArasaacError::Picture => "arasaac-picture",
        }
    }

    fn from_transport(error: TransportError) -> ArasaacError {
        match error {
            TransportError::Timeout => ArasaacError::Timeout,
            TransportError::NotFound | TransportError::Status(_) => ArasaacError::Server,
            TransportError::Network => ArasaacError::Offline,
            TransportError::Unusable => ArasaacError::Picture,
        }
    }
}

impl From<MediaProblem> for ArasaacError {
    fn from(_: MediaProblem) -> Self {
        ArasaacError::Picture
    }
}

/// Skin colours ARASAAC can paint people with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Skin {
    /// `white`.
    White,
    /// `black`.
    Black,
    /// `assian` (ARASAAC's spelling).
    Assian,
    /// `mulatto`.
    Mulatto,
    /// `aztec`.
    Aztec,
}

impl Skin {
    /// All, in the order offered.
    pub const ALL: [Skin; 5] = [
        Skin::White,
        Skin::Black,
        Skin::Assian,
        Skin::Mulatto,
        Skin::Aztec,
    ];

    /// The value the API takes, also the end of its Fluent id.
    pub fn key(self) -> &'static str {
        match self {
            Skin::White => "white",
            Skin::Black => "black",
            Skin::Assian => "assian",
            Skin::Mulatto => "mulatto",
            Skin::Aztec => "aztec",
        }
    }
}

/// Hair colours ARASAAC can paint people with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Hair {
    /// `blonde`.
    Blonde,
    /// `brown`.
    Brown,
    /// `darkBrown`.
    DarkBrown,
    /// `gray`.
    Gray,
    /// `darkGray`.
    DarkGray,
    /// `red`.
    Red,
    /// `black`.
    Black,
}

impl Hair {
    /// All, in the order offered.
    pub const ALL: [Hair; 7] = [
        Hair::Blonde,
        Hair::Brown,
        Hair::DarkBrown,
        Hair::Gray,
        Hair::DarkGray,
        Hair::Red,
        Hair::Black,
    ];

    /// The value the API takes.
    pub fn key(self) -> &'static str {
        match self {
            Hair::Blonde => "blonde",
            Hair::Brown => "brown",
            Hair::DarkBrown => "darkBrown",
            Hair::Gray => "gray",
            Hair::DarkGray => "darkGray",
            Hair::Red => "red",
            Hair::Black => "black",
        }
    }
}

/// How ARASAAC pictures are asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageOptions {
    /// The plural form (a mark for "many").
    pub plural: bool,
    /// In colour (otherwise black and white).
    pub color: bool,
    /// Skin colour of people, or ARASAAC's own.
    pub skin: Option<Skin>,
    /// Hair colour of people, or ARASAAC's own.
    pub hair: Option<Hair>,
}

impl Default for ImageOptions {
    fn default() -> Self {
        ImageOptions {
            plural: false,
            color: true,
            skin: None,
            hair: None,
        }
    }
}

/// The facilitator's ARASAAC settings on this device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArasaacSettings {
    /// Whether the picker may search ARASAAC (off until the facilitator turns it on).
    pub enabled: bool,
    /// How pictures are asked for.
    pub options: ImageOptions,
}

/// One keyword of an ARASAAC pictogram.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Keyword {
    /// The word.
    pub keyword: String,
    /// Its plural, when it has one.
    pub plural: Option<String>,
    /// ARASAAC's word type (1 proper noun, 2 common noun, 3 verb…).
    #[serde(rename = "type")]
    pub kind: Option<u8>,
}

/// One ARASAAC pictogram found by a search.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Found {
    /// Its number.
    #[serde(rename = "_id")]
    pub id: u32,
    /// Its words in the language searched.
    #[serde(default)]
    pub keywords: Vec<Keyword>,
    /// Its categories (English keys such as `fruit`).
    #[serde(default)]
    pub categories: Vec<String>,
    /// Its tags.
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Found {
    /// Its name: the first non-empty keyword.
    pub fn name(&self) -> &str {
        self.keywords
            .iter()
            .map(|k| k.keyword.trim())
            .find(|k| !k.is_empty())
            .unwrap_or("")
    }

    /// The reference kept in profiles.
    pub fn picto(&self) -> PictoRef {
        PictoRef::Arasaac(self.id)
    }
}

/// Reads a search answer. Entries that are not pictograms are skipped (an answer that is
/// not a list at all is [`ArasaacError::Malformed`]); duplicates are dropped; keywords are cut
/// to a sane length; at most [`MAX_RESULTS`] are kept.
pub fn parse_search(body: &str) -> Result<Vec<Found>, ArasaacError> {
    let value: Value = serde_json::from_str(body).map_err(|_| ArasaacError::Malformed)?;
    let Value::Array(items) = value else {
        return Err(ArasaacError::Malformed);
    };
    let mut out: Vec<Found> = Vec::new();
    for item in items {
        let Ok(mut found) = serde_json::from_value::<Found>(item) else {
            continue;
        };
        if out.iter().any(|f| f.id == found.id) {
            continue;
        }
        for keyword in &mut found.keywords {
            if keyword.keyword.chars().count() > MAX_KEYWORD_CHARS {
                keyword.keyword = keyword.keyword.chars().take(MAX_KEYWORD_CHARS).collect();
            }
        }
        found.keywords.retain(|k| !k.keyword.trim().is_empty());
        out.push(found);
        if out.len() == MAX_RESULTS {
            break;
        }
    }
    Ok(out)
}

/// The ARASAAC client.
#[derive(Clone, Debug)]
pub struct Arasaac<T> {
    base: String,
    transport: T,
}

impl<T: Transport> Arasaac<T> {
    /// A client for a server (`https://…`, or `http://` on the loopback for tests).
    pub fn new(base: &str, transport: T) -> Result<Arasaac<T>, ArasaacError> {
        let base = base.trim().trim_end_matches('/');
        let loopback = ["http://127.0.0.1", "http://localhost"]
            .iter()
            .any(|start| base.starts_with(start));
        if !(base.starts_with("https://") || loopback) || base.contains(['?', '#', ' ']) {
            return Err(ArasaacError::BadBase);
        }
        Ok(Arasaac {
            base: base.to_owned(),
            transport,
        })
    }

    /// The address of a search.
    pub fn search_url(&self, lang: &str, text: &str) -> String {
        let lang = if LANGUAGES.contains(&lang) {
            lang
        } else {
            "en"
        };
        let text = utf8_percent_encode(text.trim(), SEGMENT);
        format!("{}/api/pictograms/{lang}/search/{text}", self.base)
    }

    /// The address of a pictogram's picture.
    pub fn image_url(&self, id: u32, options: &ImageOptions) -> String {
        let mut url = format!(
            "{}/api/pictograms/{id}?plural={}&color={}&resolution=500",
            self.base, options.plural, options.color
        );
        if let Some(skin) = options.skin {
            url.push_str("&skin=");
            url.push_str(skin.key());
        }
        if let Some(hair) = options.hair {
            url.push_str("&hair=");
            url.push_str(hair.key());
        }
        url
    }

    /// Searches in a language. A 404 is ARASAAC's "nothing found": an empty list.
    pub async fn search(&self, lang: &str, text: &str) -> Result<Vec<Found>, ArasaacError> {
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        match self.transport.get_text(&self.search_url(lang, text)).await {
            Ok(body) => parse_search(&body),
            Err(TransportError::NotFound) => Ok(Vec::new()),
            Err(error) => Err(ArasaacError::from_transport(error)),
        }
    }

    /// Downloads a pictogram's picture into a media record named in `lang`, with the
    /// attribution, checked like any media record.
    pub async fn download(
        &self,
        found: &Found,
        lang: &str,
        options: &ImageOptions,
        now_ms: u64,
    ) -> Result<Media, ArasaacError> {
        let data_url = self
            .transport
            .get_picture(&self.image_url(found.id, options))
            .await
            .map_err(ArasaacError::from_transport)?;
        let mut names = BTreeMap::new();
        if !found.name().is_empty() {
            names.insert(lang.to_owned(), found.name().to_owned());
        }
        let media = Media {
            id: found.picto().media_id().unwrap_or_default(),
            kind: MediaKind::Arasaac,
            data_url,
            names,
            spoken: Default::default(),
            attribution: Some(ATTRIBUTION.to_owned()),
            licence: None,
            created_ms: now_ms,
        };
        media.validate()?;
        Ok(media)
    }
}

/// Where a download of many pictograms is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// How many are asked for.
    pub total: usize,
    /// How many are done (kept, or already there).
    pub done: usize,
    /// How many failed.
    pub failed: usize,
    /// Whether it was stopped before the end.
    pub cancelled: bool,
}

impl<T: Transport> Arasaac<T> {
    /// Downloads many pictograms one after the other, skipping those `have` says are
    /// already kept. `step` gets each new record (or failure) with the progress so far, and
    /// returns whether to go on; returning `false` cancels before the next one.
    pub async fn download_all(
        &self,
        wanted: &[Found],
        lang: &str,
        options: &ImageOptions,
        now_ms: u64,
        have: impl Fn(&str) -> bool,
        mut step: impl FnMut(Result<Media, ArasaacError>, Progress) -> bool,
    ) -> Progress {
        let mut progress = Progress {
            total: wanted.len(),
            ..Progress::default()
        };
        for found in wanted {
            let id = found.picto().media_id().unwrap_or_default();
            if have(&id) {
                progress.done += 1;
                continue;
            }
            let result = self.download(found, lang, options, now_ms).await;
            match result {
                Ok(_) => progress.done += 1,
                Err(_) => progress.failed += 1,
            }
            if !step(result, progress) {
                progress.cancelled = progress.done + progress.failed < progress.total;
                return progress;
            }
        }
        progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    /// Runs a future that never waits (the fake transport answers at once).
    fn run<F: Future>(future: F) -> F::Output {
        let mut future = pin!(future);
        let mut context = Context::from_waker(Waker::noop());
        match future.as_mut().poll(&mut context) {
            Poll::Ready(value) => value,
            Poll::Pending => panic!("the fake transport never waits"),
        }
    }

    #[derive(Default)]
    struct Fake {
        answers: HashMap<String, Result<String, TransportError>>,
        asked: RefCell<Vec<String>>,
    }

    impl Fake {
        fn with(mut self, url: &str, answer: Result<&str, TransportError>) -> Fake {
            self.answers
                .insert(url.to_owned(), answer.map(str::to_owned));
            self
        }

        fn answer(&self, url: &str) -> Result<String, TransportError> {
            self.asked.borrow_mut().push(url.to_owned());
            self.answers
                .get(url)
                .cloned()
                .unwrap_or(Err(TransportError::NotFound))
        }
    }

    impl Transport for &Fake {
        async fn get_text(&self, url: &str) -> Result<String, TransportError> {
            self.answer(url)
        }
        async fn get_picture(&self, url: &str) -> Result<String, TransportError> {
            self.answer(url)
        }
    }

    const BASE: &str = "http://127.0.0.1:4180";
    const PNG: &str = "data:image/png;base64,iVBORw0KGgo=";

    const APPLES: &str = r#"[
      {"_id": 2462, "keywords": [{"keyword": "poma", "plural": "pomes", "type": 2}],
       "categories": ["fruit", "food"], "tags": ["food", "fruit"], "schematic": false},
      {"_id": 8, "keywords": [{"keyword": "", "type": 2}, {"keyword": "pomera", "type": 2}],
       "categories": ["fruit tree"], "tags": []},
      {"_id": 2462, "keywords": [{"keyword": "poma repetida"}]},
      {"keywords": [{"keyword": "sense número"}]},
      "no és un pictograma",
      {"_id": 31, "keywords": []}
    ]"#;

    #[test]
    fn reads_the_search_answer_leniently() {
        let found = parse_search(APPLES).expect("a list");
        let ids: Vec<u32> = found.iter().map(|f| f.id).collect();
        assert_eq!(ids, [2462, 8, 31]);
        assert_eq!(found[0].name(), "poma");
        assert_eq!(found[0].keywords[0].plural.as_deref(), Some("pomes"));
        assert_eq!(found[0].keywords[0].kind, Some(2));
        assert_eq!(found[0].categories, ["fruit", "food"]);
        assert_eq!(found[1].name(), "pomera", "empty keywords are skipped");
        assert_eq!(found[2].name(), "");
        assert_eq!(found[0].picto(), PictoRef::Arasaac(2462));
    }

    #[test]
    fn refuses_what_is_not_a_list() {
        for body in ["", "{", "{\"_id\": 1}", "null", "<html>500</html>", "[1, 2"] {
            assert_eq!(parse_search(body), Err(ArasaacError::Malformed), "{body:?}");
        }
        assert_eq!(parse_search("[]"), Ok(Vec::new()));
    }

    #[test]
    fn caps_huge_answers() {
        let long = "a".repeat(5000);
        let items: Vec<String> = (0..2000)
            .map(|i| format!(r#"{{"_id": {i}, "keywords": [{{"keyword": "{long}"}}]}}"#))
            .collect();
        let found = parse_search(&format!("[{}]", items.join(","))).expect("a list");
        assert_eq!(found.len(), MAX_RESULTS);
        assert_eq!(found[0].name().chars().count(), MAX_KEYWORD_CHARS);
    }

    #[test]
    fn builds_addresses() {
        let fake = Fake::default();
        let client = Arasaac::new("https://api.arasaac.org/", &fake).expect("https");
        assert_eq!(
            client.search_url("ca", " dents "),
            "https://api.arasaac.org/api/pictograms/ca/search/dents"
        );
        assert_eq!(
            client.search_url("es", "autobús/ruta"),
            "https://api.arasaac.org/api/pictograms/es/search/autob%C3%BAs%2Fruta"
        );
        assert_eq!(
            client.search_url("xx", "apple pie"),
            "https://api.arasaac.org/api/pictograms/en/search/apple%20pie"
        );
        assert_eq!(
            client.image_url(2462, &ImageOptions::default()),
            "https://api.arasaac.org/api/pictograms/2462?plural=false&color=true&resolution=500"
        );
        let options = ImageOptions {
            plural: true,
            color: false,
            skin: Some(Skin::Mulatto),
            hair: Some(Hair::DarkBrown),
        };
        assert_eq!(
            client.image_url(7, &options),
            "https://api.arasaac.org/api/pictograms/7?plural=true&color=false&resolution=500&skin=mulatto&hair=darkBrown"
        );
    }

    #[test]
    fn accepts_only_safe_bases() {
        let fake = Fake::default();
        assert!(Arasaac::new(BASE, &fake).is_ok());
        assert!(Arasaac::new("http://localhost:9/", &fake).is_ok());
        for bad in [
            "http://api.arasaac.org",
            "ftp://x",
            "",
            "https://a.org/?q",
            "javascript:x",
        ] {
            assert_eq!(
                Arasaac::new(bad, &fake).err(),
                Some(ArasaacError::BadBase),
                "{bad}"
            );
        }
    }

    #[test]
    fn searches_and_maps_failures() {
        let client_fake = Fake::default()
            .with(&format!("{BASE}/api/pictograms/ca/search/poma"), Ok(APPLES))
            .with(
                &format!("{BASE}/api/pictograms/ca/search/lent"),
                Err(TransportError::Timeout),
            )
            .with(
                &format!("{BASE}/api/pictograms/ca/search/error"),
                Err(TransportError::Status(500)),
            )
            .with(
                &format!("{BASE}/api/pictograms/ca/search/trencat"),
                Ok("[{\"_id\": 1,"),
            )
            .with(
                &format!("{BASE}/api/pictograms/ca/search/xarxa"),
                Err(TransportError::Network),
            );
        let client = Arasaac::new(BASE, &client_fake).expect("loopback");
        assert_eq!(run(client.search("ca", "poma")).map(|f| f.len()), Ok(3));
        assert_eq!(run(client.search("ca", "res")), Ok(Vec::new()), "404");
        assert_eq!(run(client.search("ca", "lent")), Err(ArasaacError::Timeout));
        assert_eq!(run(client.search("ca", "error")), Err(ArasaacError::Server));
        assert_eq!(
            run(client.search("ca", "trencat")),
            Err(ArasaacError::Malformed)
        );
        assert_eq!(
            run(client.search("ca", "xarxa")),
            Err(ArasaacError::Offline)
        );
        let asked = client_fake.asked.borrow().len();
        assert_eq!(run(client.search("ca", "  ")), Ok(Vec::new()));
        assert_eq!(
            client_fake.asked.borrow().len(),
            asked,
            "blank asks nothing"
        );
    }

    #[test]
    fn every_failure_has_a_message() {
        for error in [
            ArasaacError::Timeout,
            ArasaacError::Server,
            ArasaacError::Offline,
            ArasaacError::Malformed,
            ArasaacError::Picture,
            ArasaacError::BadBase,
        ] {
            let id = error.message_id();
            for lang in ["ca", "es", "en"] {
                let text = pictokit_i18n::Localizer::new(
                    pictokit_domain::Language::from_tag(lang).expect("a language"),
                )
                .tr(id);
                assert!(!text.is_empty() && text != id, "{id} in {lang}");
            }
        }
    }

    #[test]
    fn downloads_with_attribution() {
        let found = parse_search(APPLES).expect("a list");
        let options = ImageOptions::default();
        let fake = Fake::default()
            .with(
                &format!("{BASE}/api/pictograms/2462?plural=false&color=true&resolution=500"),
                Ok(PNG),
            )
            .with(
                &format!("{BASE}/api/pictograms/8?plural=false&color=true&resolution=500"),
                Ok("data:text/html;base64,PGI+"),
            );
        let client = Arasaac::new(BASE, &fake).expect("loopback");
        let media = run(client.download(&found[0], "ca", &options, 42)).expect("a picture");
        assert_eq!(media.id, "arasaac-2462");
        assert_eq!(media.kind, MediaKind::Arasaac);
        assert_eq!(media.name("ca"), "poma");
        assert_eq!(media.attribution.as_deref(), Some(ATTRIBUTION));
        assert_eq!(media.created_ms, 42);
        assert_eq!(
            run(client.download(&found[1], "ca", &options, 42)),
            Err(ArasaacError::Picture),
            "not a picture"
        );
        assert_eq!(
            run(client.download(&found[2], "ca", &options, 42)),
            Err(ArasaacError::Server),
            "404"
        );
    }

    #[test]
    fn downloads_many_skipping_kept_ones_and_stops_when_asked() {
        let found = parse_search(APPLES).expect("a list");
        let options = ImageOptions::default();
        let mut fake = Fake::default();
        for f in &found {
            fake = fake.with(
                &format!(
                    "{BASE}/api/pictograms/{}?plural=false&color=true&resolution=500",
                    f.id
                ),
                Ok(PNG),
            );
        }
        let client = Arasaac::new(BASE, &fake).expect("loopback");

        let mut kept = Vec::new();
        let progress = run(client.download_all(
            &found,
            "ca",
            &options,
            1,
            |id| id == "arasaac-8",
            |result, _| {
                kept.push(result.expect("a picture").id);
                true
            },
        ));
        assert_eq!(kept, ["arasaac-2462", "arasaac-31"]);
        assert_eq!(
            progress,
            Progress {
                total: 3,
                done: 3,
                failed: 0,
                cancelled: false
            }
        );

        let mut seen = Vec::new();
        let progress = run(client.download_all(
            &found,
            "ca",
            &options,
            1,
            |_| false,
            |_, so_far| {
                seen.push(so_far.done);
                false
            },
        ));
        assert_eq!(seen, [1], "stopped after the first");
        assert!(progress.cancelled);
        assert_eq!(progress.done, 1);
    }

    #[test]
    fn settings_are_off_by_default_and_read_leniently() {
        let settings = ArasaacSettings::default();
        assert!(!settings.enabled);
        assert!(settings.options.color);
        let read: ArasaacSettings = serde_json::from_str(
            r#"{"enabled": true, "options": {"skin": "aztec", "hair": "darkGray"}}"#,
        )
        .expect("settings");
        assert!(read.enabled);
        assert_eq!(read.options.skin, Some(Skin::Aztec));
        assert_eq!(read.options.hair, Some(Hair::DarkGray));
        assert!(read.options.color);
    }
}
