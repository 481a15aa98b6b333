// Team sync (issue #24): started by register-sw.js on a device that shares a person with a
// team, once the page is up (a module script of its own, so the first screen's script
// stays minified and carries none of this).
import { startAll } from './team-sync.js';

startAll().catch(() => {});
