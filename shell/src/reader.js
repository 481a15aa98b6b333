// Reads a chosen file in a Web Worker of its own (public/reader-worker.js), ended as soon
// as it answers or fails: a hostile file's memory is the worker's, and goes with it.
export function checkFile(control, file) {
  return new Promise((resolve) => {
    let worker;
    try {
      worker = new Worker('./reader-worker.js');
    } catch (_) {
      resolve({ failed: true });
      return;
    }
    const done = (answer) => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event) => done(event.data || { failed: true });
    worker.onmessageerror = () => done({ failed: true });
    worker.onerror = (event) => {
      event.preventDefault();
      done({ failed: true });
    };
    worker.postMessage({ control, file });
  });
}
