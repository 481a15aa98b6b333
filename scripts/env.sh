# Sourced by the scripts: the tool paths and caches Pictokit's build uses.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk's cache stays in the project, so a failed download never leaves files elsewhere.
export XDG_CACHE_HOME="$PWD/.cache"
export TRUNK_OFFLINE=true
