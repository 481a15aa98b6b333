//! Any bytes given to the profile bundle reader: it answers a value or an error, never
//! panics, and what it accepts is fully checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pictokit_transfer::bundle;

fuzz_target!(|data: &[u8]| {
    if let Ok(read) = bundle::read(data) {
        assert!(read.profile.settings.problems().is_empty());
        for media in &read.media {
            assert!(media.validate().is_ok());
        }
        // What was accepted can be written again and read back the same.
        let again = bundle::write(
            &bundle::Parts {
                profile: &read.profile,
                pictograms: read.pictograms.as_ref(),
                shopping: read.shopping.as_ref(),
                schedule: read.schedule.as_ref(),
                media: read.media.iter().collect(),
            },
            read.manifest.created_ms,
            &read.manifest.app,
        )
        .expect("an accepted bundle can be written");
        let back = bundle::read(&again).expect("a written bundle reads");
        assert_eq!(back.profile, read.profile);
        assert_eq!(back.media, read.media);
    }
});
