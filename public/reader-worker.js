// The file reader's Web Worker (facilitator.html only; app/src/reader.js starts one per
// chosen file and ends it when it has answered). It loads the reader's WebAssembly
// (crate reader/, built by trunk as pictokit-reader.js and pictokit-reader_bg.wasm) and
// answers the one message it gets, {control, file}, with what the reader says:
// {accepted: ArrayBuffer} (handed over, not copied), {refused: id, args}, or {failed: true}.
importScripts('./pictokit-reader.js');
/* global wasm_bindgen */
const ready = wasm_bindgen({ module_or_path: './pictokit-reader_bg.wasm' });

self.onmessage = async (event) => {
  let answer;
  try {
    await ready;
    answer = await wasm_bindgen.checkFile(event.data.control, event.data.file);
  } catch (_) {
    answer = { failed: true };
  }
  self.postMessage(answer, answer.accepted ? [answer.accepted] : []);
};
