# Shopkeeper: two commands for a fresh Debian 12 machine.
#   make run    installs what is missing, builds the app and opens it
#   make test   installs what is missing and runs every test
# Both work as root and as a user with sudo.

SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CARGO_HOME)/bin:$(PATH)
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
APP := $(TARGET_DIR)/debug/shopkeeper-desktop
PYENV := $(TARGET_DIR)/pyenv
# Packaging: Tauri's bundler (npm package @tauri-apps/cli in ui/), the
# version from Cargo.toml, the CLI installed beside the app as /usr/bin/shopkeeper.
TAURI := ui/node_modules/.bin/tauri
VERSION := $(shell sed -n 's/^version = "\(.*\)"$$/\1/p' Cargo.toml | head -n 1)
DEB_ARCH := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEBUG_DEB := $(TARGET_DIR)/debug/bundle/deb/Shopkeeper_$(VERSION)_$(DEB_ARCH).deb
# Beside it, its shell completions and man page, generated from its clap
# definitions into $(TARGET_DIR)/PROFILE/cli-extras by cli_extras (zsh's
# folder is $(2): Debian's vendor-completions, or site-functions for rpm).
extras = $(TARGET_DIR)/$(1)/cli-extras
cli_files = {"/usr/bin/shopkeeper":"$(TARGET_DIR)/$(1)/shopkeeper","/usr/share/bash-completion/completions/shopkeeper":"$(extras)/shopkeeper.bash","/usr/share/zsh/$(2)/_shopkeeper":"$(extras)/shopkeeper.zsh","/usr/share/fish/vendor_completions.d/shopkeeper.fish":"$(extras)/shopkeeper.fish","/usr/share/man/man1/shopkeeper.1":"$(extras)/shopkeeper.1"}
cli_extras = mkdir -p "$(extras)" && for sh in bash zsh fish; do "$(TARGET_DIR)/$(1)/shopkeeper" completions $$sh > "$(extras)/shopkeeper.$$sh"; done && "$(TARGET_DIR)/$(1)/shopkeeper" man > "$(extras)/shopkeeper.1"

# Debian packages: WebKitGTK and friends for Tauri; Noto fonts for printed
# summaries (any script; found through fontconfig, so Fedora's
# google-noto-*-fonts do as well: see tauri.conf.json's rpm recommends); Xvfb, the WebKit WebDriver, x11-utils (xwininfo:
# the window's size in the Customer view tests) and poppler (PDF text
# checks) for tests; Python's venv for the independent backup decryptor test;
# strace for the test that proves the CLI opens no network socket.
APT_PACKAGES := build-essential pkg-config curl file libssl-dev libwebkit2gtk-4.1-dev \
	libsoup-3.0-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev \
	fonts-noto-core fonts-noto-cjk \
	xvfb xauth x11-utils webkit2gtk-driver poppler-utils python3-venv strace

.PHONY: run test setup setup-system setup-rust setup-test-tools setup-ui ui app lint unit-tests e2e package package-debug clean

run: setup app
	@echo "Opening Shopkeeper (data: $${SHOPKEEPER_VAULT:-$${XDG_DATA_HOME:-$$HOME/.local/share}/shopkeeper/shop.vault})"
	"$(APP)"

test: setup setup-test-tools app lint unit-tests package-debug
	@echo "== Rust tests, including the end-to-end tests in the real app window and the install test of the package"
	SHOPKEEPER_APP="$(APP)" SHOPKEEPER_PYTHON="$(PYENV)/bin/python" SHOPKEEPER_DEB="$(DEBUG_DEB)" \
	  cargo nextest run --workspace --no-fail-fast

setup: setup-system setup-rust setup-ui

setup-system:
	missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done)
	command -v node >/dev/null || missing="$$missing nodejs npm"
	if [ -n "$$missing" ]; then
	  echo "Installing Debian packages:" $$missing
	  $(SUDO) apt-get update -qq
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing
	fi
	node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Shopkeeper needs Node.js 20.19 or newer, found "+process.version); process.exit(1) }'

setup-rust:
	if ! command -v cargo >/dev/null; then
	  echo "Rust is not installed: install it with rustup (https://rustup.rs), then run make again." >&2; exit 1
	fi
	rustup component list --installed 2>/dev/null | grep -q clippy || rustup component add clippy rustfmt || true

setup-test-tools:
	command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'
	cargo nextest --version >/dev/null 2>&1 || cargo install cargo-nextest --locked
	# The independent backup decryptor (tests/backup_decrypt) runs in its own venv.
	if [ ! -x "$(PYENV)/bin/python" ] || [ tests/backup_decrypt/requirements.txt -nt "$(PYENV)/.installed" ]; then
	  /usr/bin/python3 -m venv "$(PYENV)"
	  "$(PYENV)/bin/pip" install --quiet --disable-pip-version-check -r tests/backup_decrypt/requirements.txt
	  touch "$(PYENV)/.installed"
	fi

setup-ui:
	cd ui
	if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	  npm ci --no-fund --no-audit
	fi

ui: setup-ui
	npm --prefix ui run build

# The desktop app, with the UI built into it (feature custom-protocol is on by default).
app: ui
	cargo build -p shopkeeper-desktop

lint: setup-ui
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	npm --prefix ui run check
	npm --prefix ui run lint

# UI unit tests and Rust doc tests (cargo nextest, in `test`, runs the rest).
unit-tests: setup-ui
	npm --prefix ui test
	cargo test --workspace --doc

# The real app under Xvfb through tauri-driver; screenshots go to target/e2e/.
e2e: app setup-test-tools
	SHOPKEEPER_APP="$(APP)" cargo nextest run -p shopkeeper-e2e

# The release packages for Debian/Ubuntu (.deb) and Fedora/openSUSE (.rpm),
# in $(TARGET_DIR)/release/bundle/. See README, "Packaging".
package: setup
	cargo build --release -p shopkeeper-cli
	$(call cli_extras,release)
	"$(TAURI)" build --ci --bundles deb,rpm --config '{"bundle":{"linux":{"deb":{"files":$(call cli_files,release,vendor-completions)},"rpm":{"files":$(call cli_files,release,site-functions)}}}}'
	echo "Packages of Shopkeeper $(VERSION):"
	for f in "$(TARGET_DIR)"/release/bundle/deb/Shopkeeper_$(VERSION)_*.deb "$(TARGET_DIR)"/release/bundle/rpm/Shopkeeper-$(VERSION)-*.rpm; do
	  if [ -e "$$f" ]; then echo "  $$(du -h "$$f" | cut -f1)  $$f ($$(stat -c %s "$$f") bytes)"; fi
	done

# A debug .deb from the debug build `app` made (no second UI build), for the
# install test in `make test` (tests/e2e/tests/install.rs).
package-debug: app
	cargo build -p shopkeeper-cli
	$(call cli_extras,debug)
	"$(TAURI)" build --ci --debug --bundles deb --config '{"build":{"beforeBuildCommand":""},"bundle":{"linux":{"deb":{"files":$(call cli_files,debug,vendor-completions)}}}}'

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules
