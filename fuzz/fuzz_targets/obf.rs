//! Any bytes given to the Open Board Format reader as an `.obf`: it answers a board or an
//! error, never panics, and a board it accepts, written back and read again, is the same
//! board.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "board_check.rs"]
mod board_check;

use board_check::{check, same_board};
use pictokit_transfer::obf;

fuzz_target!(|data: &[u8]| {
    if let Ok((board, _)) = obf::read_obf(data) {
        check(&board);
        let again = obf::write_obf(&board);
        let (back, _) = obf::read_obf(&again).expect("a written board reads");
        assert!(same_board(&back, &board), "{back:#?}\n!=\n{board:#?}");
    }
});
