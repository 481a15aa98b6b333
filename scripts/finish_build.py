#!/usr/bin/env python3
"""Trunk post-build step: make the build offline-ready and locked down.

1. Writes the service worker from public/sw.js with the list of every built file
   (trunk's hashed names included) and a version that is a hash of all their contents,
   so every build with any change ships a new worker and a new cache.
0. Minifies the JS that trunk's own minifier leaves as it is (the wasm-bindgen glue and
   the app's snippets, app/src/**/*.js) with terser from npm, and updates the glue's
   subresource-integrity hash in the pages.
2. Puts the SHA-256 of each inline script trunk wrote (its wasm loader) into the
   Content-Security-Policy's script-src, so no other inline script can run.

Usage: finish_build.py [DIST_DIR]   (default: $TRUNK_STAGING_DIR, else dist)
Tests run it again on a copied build to make "a new version" of it.
"""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SW_TEMPLATE = ROOT / "public" / "sw.js"
# Files that are not part of the offline app.
SKIP = {"sw.js", "version.json"}
# Files fetched only when shown, not precached.
LAZY = ("pictograms/openmoji/color/", "pictograms/openmoji/black/")
# OpenMoji symbols that the interface itself shows (every picture of person mode with a
# meaning: done, undo, the next product, a change of plan …) are listed once, in the
# pictograms crate's table: precached like the rest of the interface, so they are there
# offline from the start. Any quoted code point in that file counts.
INTERFACE_SOURCES = [ROOT / "pictograms" / "src" / "ui.rs"]


def interface_symbols():
    codes = set()
    for source in INTERFACE_SOURCES:
        text = source.read_text(encoding="utf-8")
        codes.update(re.findall(r'"([0-9A-F]{4,5})"', text))
    return {f"pictograms/openmoji/{kind}/{code}.svg" for code in codes for kind in ("color", "black")}


def built_files(dist: Path):
    for path in sorted(dist.rglob("*")):
        if path.is_file():
            rel = path.relative_to(dist).as_posix()
            if rel not in SKIP and not rel.startswith("."):
                yield rel, path


def lock_down_csp(index: Path) -> None:
    html = index.read_text(encoding="utf-8")
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in scripts
        if body.strip()
    ]
    directive = " ".join(["script-src", "'self'", "'wasm-unsafe-eval'", *hashes])
    html, count = re.subn(r"script-src [^;\"]*", directive, html, count=1)
    if count != 1:
        sys.exit(f"finish_build: no script-src in the Content-Security-Policy of {index.name}")
    # Team sync (issue #24): the recommended deployment serves the team's CouchDB under the
    # app's own origin (/couch/), so connect-src stays 'self'. An organisation that must use
    # another origin names it at build time, and only that origin is added.
    team_origin = os.environ.get("PICTOKIT_TEAM_ORIGIN", "").strip()
    if team_origin:
        if not re.fullmatch(r"https://[A-Za-z0-9.-]+(:[0-9]{1,5})?", team_origin):
            sys.exit(f"finish_build: PICTOKIT_TEAM_ORIGIN must be one https origin, not {team_origin!r}")
        html, count = re.subn(r"connect-src 'self'", f"connect-src 'self' {team_origin}", html, count=1)
        if count != 1:
            sys.exit(f"finish_build: no connect-src 'self' in the Content-Security-Policy of {index.name}")
    index.write_text(html, encoding="utf-8")


def write_service_worker(dist: Path) -> str:
    files = list(built_files(dist))
    digest = hashlib.sha256()
    for rel, path in files:
        digest.update(rel.encode())
        digest.update(path.read_bytes())
    version = digest.hexdigest()[:16]
    # The bundled pictograms' pictures (thousands) load when first shown and are kept by the
    # worker's runtime cache; their index is precached so it always matches this build.
    interface = interface_symbols()
    precache = ["./"] + [
        "./" + rel for rel, _ in files if not rel.startswith(LAZY) or rel in interface
    ]
    template = SW_TEMPLATE.read_text(encoding="utf-8")
    if "__PICTOKIT_VERSION__" not in template or "__PICTOKIT_PRECACHE__" not in template:
        sys.exit("finish_build: public/sw.js lacks its placeholders")
    worker = template.replace("__PICTOKIT_VERSION__", version).replace(
        '"__PICTOKIT_PRECACHE__"', json.dumps(precache, indent=2)
    )
    (dist / "sw.js").write_text(worker, encoding="utf-8")
    (dist / "version.json").write_text(json.dumps({"version": version}) + "\n", encoding="utf-8")
    return version


def minify_scripts(dist: Path) -> None:
    terser = ROOT / "node_modules" / ".bin" / "terser"
    # Only ES modules: the pages' hashed wasm-bindgen glue and the snippets (the reader
    # worker's glue and sw.js are classic scripts, whose globals must keep their names).
    glue = [path for path in dist.glob("*.js") if re.fullmatch(r"[a-z-]+-[0-9a-f]{16}\.js", path.name)]
    for script in sorted(glue) + sorted((dist / "snippets").glob("**/*.js")):
        before = script.read_bytes()
        subprocess.run(
            [str(terser), str(script), "--module", "--compress", "--mangle", "--output", str(script)],
            check=True,
        )
        if script.read_bytes() != before:
            # Trunk's pages preload the glue and the snippets with subresource integrity.
            old = integrity(before)
            new = integrity(script.read_bytes())
            for page in dist.glob("*.html"):
                text = page.read_text(encoding="utf-8")
                if old in text:
                    page.write_text(text.replace(old, new), encoding="utf-8")


def integrity(content: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode("ascii")


def main() -> None:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist"))
    minify_scripts(dist)
    for page in sorted(dist.glob("*.html")):
        lock_down_csp(page)
    version = write_service_worker(dist)
    print(f"finish_build: service worker version {version}")


if __name__ == "__main__":
    main()
