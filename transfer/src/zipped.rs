//! Reading a zip file that may be broken or hostile.
//!
//! Before anything is unpacked: the file's size, the number of entries and every entry's
//! name are checked (no absolute paths, no `..`, no backslashes or drive letters, no
//! control characters). Each entry is then read through a limit, so a size that the zip
//! declares falsely (a zip bomb) stops at the limit instead of filling the memory, and a
//! damaged entry (wrong checksum, cut off) is an error, never a panic.

use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// Why a zip cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipProblem {
    /// Not a zip file at all.
    NotZip,
    /// A zip, but damaged or cut off.
    Damaged,
    /// Encrypted, or packed with a method Pictokit does not read.
    Unsupported,
    /// The file is larger than allowed.
    TooLarge,
    /// More entries than allowed.
    TooMany,
    /// An entry's name points outside the file, or is not a plain name.
    UnsafeName(String),
    /// An entry unpacks to more than allowed.
    EntryTooLarge(String),
    /// Everything unpacked together is more than allowed.
    TotalTooLarge,
    /// An entry that must be there is not.
    Missing(String),
}

/// Limits for one kind of zip.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The largest file, packed.
    pub file_bytes: usize,
    /// The most entries (folders included).
    pub entries: usize,
    /// The most that everything read may unpack to.
    pub total_bytes: u64,
}

/// A zip file opened for reading, its names checked.
pub struct Zip<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    limits: Limits,
    read_so_far: u64,
}

/// Whether an entry name is a plain relative path inside the file.
pub fn is_safe_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains(':')
        && !name.chars().any(char::is_control)
        && name
            .trim_end_matches('/')
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

fn problem(error: ZipError) -> ZipProblem {
    match error {
        ZipError::UnsupportedArchive(_) => ZipProblem::Unsupported,
        ZipError::FileNotFound => ZipProblem::Missing(String::new()),
        _ => ZipProblem::Damaged,
    }
}

impl<'a> Zip<'a> {
    /// Opens a zip and checks its size, its count and every name.
    pub fn open(bytes: &'a [u8], limits: Limits) -> Result<Zip<'a>, ZipProblem> {
        if bytes.len() > limits.file_bytes {
            return Err(ZipProblem::TooLarge);
        }
        if !bytes.starts_with(b"PK") {
            return Err(ZipProblem::NotZip);
        }
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(problem)?;
        if archive.len() > limits.entries {
            return Err(ZipProblem::TooMany);
        }
        for name in archive.file_names_raw() {
            let name = String::from_utf8_lossy(name);
            if !is_safe_name(&name) {
                return Err(ZipProblem::UnsafeName(name.into_owned()));
            }
        }
        Ok(Zip {
            archive,
            limits,
            read_so_far: 0,
        })
    }

    /// Whether an entry is there.
    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// The names of the entries, in the file's order.
    pub fn names(&self) -> Vec<String> {
        self.archive
            .file_names_raw()
            .map(|name| String::from_utf8_lossy(name).into_owned())
            .collect()
    }

    /// An entry's bytes, at most `limit` of them.
    pub fn read(&mut self, name: &str, limit: usize) -> Result<Vec<u8>, ZipProblem> {
        let mut entry = match self.archive.by_name(name) {
            Ok(entry) => entry,
            Err(ZipError::FileNotFound) => return Err(ZipProblem::Missing(name.to_owned())),
            Err(error) => return Err(problem(error)),
        };
        if entry.is_dir() {
            return Err(ZipProblem::Missing(name.to_owned()));
        }
        let too_large = || ZipProblem::EntryTooLarge(name.to_owned());
        if entry.size() > limit as u64 {
            return Err(too_large());
        }
        let mut bytes = Vec::with_capacity((entry.size() as usize).min(limit));
        (&mut entry)
            .take(limit as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| match error.kind() {
                std::io::ErrorKind::Unsupported => ZipProblem::Unsupported,
                _ => ZipProblem::Damaged,
            })?;
        if bytes.len() > limit {
            return Err(too_large());
        }
        self.read_so_far += bytes.len() as u64;
        if self.read_so_far > self.limits.total_bytes {
            return Err(ZipProblem::TotalTooLarge);
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    const LIMITS: Limits = Limits {
        file_bytes: 1 << 20,
        entries: 10,
        total_bytes: 1 << 16,
    };

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in entries {
            writer
                .start_file(*name, SimpleFileOptions::default())
                .expect("starts");
            writer.write_all(bytes).expect("writes");
        }
        writer.finish().expect("finishes").into_inner()
    }

    #[test]
    fn names_must_stay_inside_the_file() {
        for name in [
            "../evil.json",
            "a/../../evil",
            "/etc/passwd",
            "C:evil",
            "a\\b",
            "a/./b",
            "a//b",
            "",
            "a\nb",
        ] {
            assert!(!is_safe_name(name), "{name:?}");
        }
        for name in [
            "manifest.json",
            "media/m-1.jpg",
            "media/",
            "a/b/c.txt",
            "..a",
            "a..",
        ] {
            assert!(is_safe_name(name), "{name:?}");
        }
        let bytes = zip_of(&[("ok.json", b"{}"), ("../up.json", b"{}")]);
        assert_eq!(
            Zip::open(&bytes, LIMITS).err(),
            Some(ZipProblem::UnsafeName("../up.json".to_owned()))
        );
    }

    #[test]
    fn reading_is_bounded() {
        let big = vec![0u8; 5000];
        let bytes = zip_of(&[("big", &big), ("small", b"abc")]);
        let mut zip = Zip::open(&bytes, LIMITS).expect("opens");
        assert_eq!(zip.read("small", 10), Ok(b"abc".to_vec()));
        assert_eq!(
            zip.read("big", 4999),
            Err(ZipProblem::EntryTooLarge("big".to_owned()))
        );
        assert_eq!(zip.read("big", 5000).map(|b| b.len()), Ok(5000));
        assert_eq!(
            zip.read("nothing", 10),
            Err(ZipProblem::Missing("nothing".to_owned()))
        );
        let many: Vec<(String, Vec<u8>)> = (0..11).map(|i| (format!("f{i}"), vec![])).collect();
        let refs: Vec<(&str, &[u8])> = many
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        assert_eq!(
            Zip::open(&zip_of(&refs), LIMITS).err(),
            Some(ZipProblem::TooMany)
        );
    }

    #[test]
    fn the_total_is_bounded() {
        let chunk = vec![7u8; 40_000];
        let bytes = zip_of(&[("a", &chunk), ("b", &chunk)]);
        let mut zip = Zip::open(&bytes, LIMITS).expect("opens");
        assert!(zip.read("a", 50_000).is_ok());
        assert_eq!(zip.read("b", 50_000), Err(ZipProblem::TotalTooLarge));
    }

    #[test]
    fn broken_files_are_refused() {
        assert_eq!(Zip::open(b"hello", LIMITS).err(), Some(ZipProblem::NotZip));
        assert_eq!(
            Zip::open(&[0u8; 2_000_000], LIMITS).err(),
            Some(ZipProblem::TooLarge)
        );
        let bytes = zip_of(&[("a.json", b"{\"some\":\"content that is long enough\"}")]);
        for cut in [4, bytes.len() / 2, bytes.len() - 5] {
            assert!(Zip::open(&bytes[..cut], LIMITS).is_err(), "cut at {cut}");
        }
        // A flipped byte in the content: the checksum catches it.
        let mut flipped = bytes.clone();
        let at = flipped
            .windows(4)
            .position(|w| w == b"some")
            .expect("content is stored");
        flipped[at] ^= 0x20;
        let mut zip = Zip::open(&flipped, LIMITS).expect("the directory is intact");
        assert_eq!(zip.read("a.json", 1000), Err(ZipProblem::Damaged));
    }
}
