# SafePost build. `make` builds the CLI, the WebAssembly package (pkg/) and the extension
# (dist/); `make test` runs every test. Both install what they need first (scripts/setup.sh).

CARGO ?= cargo
WASM_PROFILE := wasm-release
WASM := target/wasm32-unknown-unknown/$(WASM_PROFILE)/safepost.wasm
CORPUS ?= ../shared/corpus/dev.jsonl

.PHONY: all setup cli pkg dist run demo docs test test-rust test-js test-e2e lint-firefox package bench clean

all: setup cli pkg dist

setup:
	@scripts/setup.sh

cli:
	$(CARGO) build --release

pkg: setup
	$(CARGO) build --lib --profile $(WASM_PROFILE) --target wasm32-unknown-unknown
	wasm-bindgen --target web --out-dir pkg --out-name safepost --remove-name-section --remove-producers-section $(WASM)

# The extension: dist/chrome, dist/firefox and their store archives.
dist: pkg
	node scripts/build-extension.mjs

# The main job with the built-in default policy: scan the sample posts, then score the corpus.
run: cli
	@for f in docs/examples/*.txt; do echo "== $$f"; ./target/release/safepost scan --color always $$f || true; done
	./target/release/safepost eval $(CORPUS)

# Everything a newcomer wants to see: the CLI on sample posts, the scores, and Chromium with the
# extension on a page of sample compose boxes (headless without a display: dist/demo.png).
demo: all run
	node scripts/demo.mjs

# Store archives, and with KEY=org.pem UPDATE_URL=https://host/path/ a signed CRX and updates.xml.
package: dist
	node scripts/package.mjs $(if $(KEY),--key $(KEY)) $(if $(UPDATE_URL),--update-url $(UPDATE_URL))

docs: cli
	./target/release/safepost rules --markdown > docs/RULES.md

test-rust:
	$(CARGO) test --release

# The extension's pure JavaScript (site lists, host permissions), without a browser.
test-js: setup
	node --test tests/js/

test-e2e: dist cli
	node --test --test-concurrency=1 tests/e2e/

lint-firefox: dist
	npx web-ext lint --source-dir dist/firefox --self-hosted --output text

test: setup test-rust test-js test-e2e lint-firefox

bench:
	$(CARGO) bench --bench scan

clean:
	rm -rf target pkg dist

# The property tests of tests/properties.rs with fresh random inputs and many more cases than the
# fixed-seed 400 that `make test` runs (a failing input is printed, shrunk).
HUNT_CASES ?= 200000
.PHONY: hunt
hunt:
	PROPTEST_RNG_SEED=random PROPTEST_CASES=$(HUNT_CASES) $(CARGO) test --release --test properties

# Fuzzes scan(text, policy) (issue 6; fuzz/fuzz_targets/scan.rs) for FUZZ_SECONDS, starting from
# fuzz/seeds/scan. Stable Rust: RUSTC_BOOTSTRAP=1 for cargo-fuzz's nightly flags, and no
# sanitizer by default (safe Rust; 8x faster). Crashes and slow (>1 s) inputs: fuzz/artifacts/scan.
FUZZ_SECONDS ?= 60
FUZZ_SANITIZER ?= none
.PHONY: fuzz
fuzz:
	@$(CARGO) fuzz --version >/dev/null 2>&1 || $(CARGO) install cargo-fuzz
	mkdir -p fuzz/corpus/scan
	RUSTC_BOOTSTRAP=1 $(CARGO) fuzz run -s $(FUZZ_SANITIZER) scan fuzz/corpus/scan fuzz/seeds/scan -- \
		-max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -report_slow_units=1 $(FUZZ_ARGS)
