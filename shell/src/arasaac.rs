//! ARASAAC through the browser: the [`Transport`] the pure client in `pictokit-pictograms`
//! uses, and the client itself. Nothing is asked unless the facilitator turned ARASAAC on.

use crate::media::{self, MediaError};
use pictokit_pictograms::arasaac::{Arasaac, Transport, TransportError, DEFAULT_BASE};

/// How long a search may take before the picker says so.
const SEARCH_TIMEOUT_MS: u32 = 8_000;
/// How long one picture may take.
const PICTURE_TIMEOUT_MS: u32 = 15_000;
/// The largest picture accepted (its data URL stays under the media limit of 1 MB).
const PICTURE_MAX_BYTES: u32 = 700_000;

/// `fetch`, without cookies, with a time limit.
#[derive(Clone, Copy, Debug, Default)]
pub struct Browser;

fn to_transport(error: MediaError) -> TransportError {
    match error {
        MediaError::NotFound => TransportError::NotFound,
        MediaError::Timeout => TransportError::Timeout,
        MediaError::Http => TransportError::Status(500),
        MediaError::Malformed => TransportError::Unusable,
        MediaError::Network | MediaError::Denied | MediaError::Unavailable => {
            TransportError::Network
        }
    }
}

impl Transport for Browser {
    async fn get_text(&self, url: &str) -> Result<String, TransportError> {
        media::fetch_text(url, SEARCH_TIMEOUT_MS)
            .await
            .map_err(to_transport)
    }

    async fn get_picture(&self, url: &str) -> Result<String, TransportError> {
        media::fetch_picture(url, PICTURE_TIMEOUT_MS, PICTURE_MAX_BYTES)
            .await
            .map_err(to_transport)
    }
}

/// The client for ARASAAC's own server.
pub fn client() -> Option<Arasaac<Browser>> {
    Arasaac::new(DEFAULT_BASE, Browser).ok()
}
