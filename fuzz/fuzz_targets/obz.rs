//! Any bytes given to the Open Board Format reader as an `.obz`: it answers boards or an
//! error, never panics, and boards it accepts, written back and read again, are the same
//! boards with the same root.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "board_check.rs"]
mod board_check;

use board_check::{check, same_board};
use pictokit_transfer::obf;

fuzz_target!(|data: &[u8]| {
    if let Ok((boards, root, _)) = obf::read_obz(data) {
        assert!(!boards.is_empty() && root < boards.len());
        assert!(boards.len() <= obf::MAX_BOARDS);
        boards.iter().for_each(check);
        let again = obf::write_obz(&boards, root);
        let (back, back_root, _) = obf::read_obz(&again).expect("written boards read");
        assert_eq!(back_root, root);
        assert_eq!(back.len(), boards.len());
        for (back, board) in back.iter().zip(&boards) {
            assert!(same_board(back, board), "{back:#?}\n!=\n{board:#?}");
        }
    }
});
